// The services Access Advisor lists for a set of permissions policies, as a table of
// documents: which services each allows (Allow statements only, NotAction included), which
// policies grant each, and the allowed actions of the services tracked by action.
import { describe, expect, it } from 'vitest'
import { parsePolicy } from '../parse/parse-policy'
import { allServicePrefixes } from '../validate/iam-data/iam-data'
import { allowedServices } from './allowed-services'

const policy = (name: string, ...statements: object[]) => ({
  policy: name,
  statements: parsePolicy(JSON.stringify({ Version: '2012-10-17', Statement: statements })).policy!.statements,
})
const allow = (Action: string | string[]) => ({ Effect: 'Allow', Action, Resource: '*' })

const cases: { name: string; policies: ReturnType<typeof policy>[]; services: string[] | 'all'; granting?: Record<string, string[]> }[] = [
  { name: 'one action: its service', policies: [policy('A', allow('s3:GetObject'))], services: ['s3'] },
  { name: 'a service wildcard', policies: [policy('A', allow(['iam:*', 'ec2:Describe*']))], services: ['ec2', 'iam'] },
  { name: '"*": every service of the reference', policies: [policy('Admin', allow('*'))], services: 'all' },
  { name: 'Deny takes nothing off (Access Advisor does not evaluate)', policies: [policy('A', allow('s3:*'), { Effect: 'Deny', Action: 's3:*', Resource: '*' })], services: ['s3'] },
  { name: 'a Deny alone allows nothing', policies: [policy('A', { Effect: 'Deny', Action: 'iam:*', Resource: '*' })], services: [] },
  { name: 'an action no service has, and an unknown service, allow nothing', policies: [policy('A', allow(['s3:NoSuchAction', 'nosuchservice:Get']))], services: [] },
  { name: 'a condition does not take a service off', policies: [policy('A', { ...allow('sqs:SendMessage'), Condition: { Bool: { 'aws:SecureTransport': 'true' } } })], services: ['sqs'] },
  {
    name: 'NotAction: every service with an action it does not exclude',
    policies: [policy('A', { Effect: 'Allow', NotAction: ['iam:*', 's3:*'], Resource: '*' })],
    services: allServicePrefixes().filter((p) => p !== 'iam' && p !== 's3').sort(),
  },
  {
    name: 'each service keeps the policies granting it, in the order given',
    policies: [policy('First', allow('s3:GetObject'), allow('s3:PutObject')), policy('Second', allow(['s3:ListBucket', 'sns:Publish']))],
    services: ['s3', 'sns'],
    granting: { s3: ['First', 'Second'], sns: ['Second'] },
  },
]

describe('allowedServices', () => {
  for (const c of cases) {
    it(c.name, () => {
      const found = allowedServices(c.policies)
      const expected = c.services === 'all' ? [...allServicePrefixes()].sort() : c.services
      expect(found.map((s) => s.prefix).sort()).toEqual(expected)
      const names = found.map((s) => s.name)
      expect(names).toEqual([...names].sort((a, b) => a.localeCompare(b)))
      for (const [prefix, policies] of Object.entries(c.granting ?? {})) expect(found.find((s) => s.prefix === prefix)!.policies).toEqual(policies)
    })
  }
  it("tracked services list their allowed actions, sorted; others list none", () => {
    const found = allowedServices([policy('A', allow(['iam:GetUser', 'iam:List*', 's3:GetObject']))], new Set(['iam']))
    const iam = found.find((s) => s.prefix === 'iam')!
    expect(iam.actions).toContain('GetUser')
    expect(iam.actions).toContain('ListUsers')
    expect(iam.actions).not.toContain('CreateUser')
    expect(iam.actions).toEqual([...iam.actions!].sort())
    expect(found.find((s) => s.prefix === 's3')!.actions).toBeUndefined()
  })
})
