import { describe, expect, it } from 'vitest'
import { catalogueActions, catalogueServices, contextKeyTypeOf, resourceArnFormats } from './simulator-catalogue'

describe('the simulator\'s catalogue', () => {
  it('lists IAM among the services, by the name AWS gives it', () => {
    expect(catalogueServices()).toContainEqual({ prefix: 'iam', name: 'AWS Identity and Access Management (IAM)' })
  })

  it("lists a service's actions with their access levels", () => {
    const iam = catalogueActions('iam')
    expect(iam).toContainEqual({ name: 'iam:CreateUser', accessLevel: 'Write', resources: [{ resourceType: 'user', arn: 'arn:${Partition}:iam::${Account}:user/${UserNameWithPath}', required: true }] })
    expect(iam).toContainEqual(expect.objectContaining({ name: 'iam:ListUsers', accessLevel: 'List' }))
    expect(catalogueActions('nosuchservice')).toEqual([])
  })

  it('gives the ARN formats of the resource types an action takes', () => {
    expect(resourceArnFormats('iam:CreateUser')).toEqual([{ resourceType: 'user', arn: 'arn:${Partition}:iam::${Account}:user/${UserNameWithPath}', required: true }])
    expect(resourceArnFormats('iam:ListUsers')).toEqual([])
  })

  const keyTypes: [string, string][] = [
    ['aws:SourceIp', 'ip'],
    ['aws:MultiFactorAuthPresent', 'boolean'],
    ['aws:CurrentTime', 'date'],
    ['aws:MultiFactorAuthAge', 'numeric'],
    ['aws:PrincipalTag/team', 'string'],
    ['aws:TagKeys', 'stringList'],
    ['iam:PermissionsBoundary', 'string'],
    ['s3:prefix', 'string'],
    ['nosuch:key', 'string'],
  ]
  for (const [key, type] of keyTypes) it(`sends ${key} as ${type}`, () => expect(contextKeyTypeOf(key)).toBe(type))
})
