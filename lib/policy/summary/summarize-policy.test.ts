// Policy summaries as the IAM console shows them, as a table of documents and what a
// reader of the summary would check: the service row's access level, resource and request
// condition, the actions under each level, and what is listed apart as uncategorized.
import { readFileSync } from 'node:fs'
import path from 'node:path'
import { describe, expect, it } from 'vitest'
import { findService } from '../validate/iam-data/iam-data'
import { summarizePolicyText, type PolicySummary, type ServiceSummary } from './summarize-policy'

const seeded = JSON.parse(readFileSync(path.join(__dirname, '../../../prisma/seed-data/aws-managed-policies.json'), 'utf8')) as {
  policies: { PolicyName: string; Document: unknown }[]
}
const managed = (name: string) => JSON.stringify(seeded.policies.find((p) => p.PolicyName === name)!.Document)
const doc = (...statements: object[]) => JSON.stringify({ Version: '2012-10-17', Statement: statements })

function summaryOf(text: string): PolicySummary {
  const result = summarizePolicyText(text)
  if (!result.ok) throw new Error(result.message)
  return result.summary
}

const row = (rows: ServiceSummary[], service: string) => rows.find((r) => r.service === service)
const actionsByLevel = (r: ServiceSummary | undefined) => Object.fromEntries((r?.levels ?? []).map((l) => [l.level, l.actions.map((a) => a.name)]))

interface RowCase {
  name: string
  document: string
  section: 'allow' | 'explicitDeny'
  service: string
  accessLevel: string
  resource?: string
  condition?: string
  actions?: Record<string, string[]>
  uncategorizedActions?: string[]
}

const sourceIp = { IpAddress: { 'aws:SourceIp': '203.0.113.0/24' } }

const rowCases: RowCase[] = [
  { name: 'AdministratorAccess gives IAM full access', document: managed('AdministratorAccess'), section: 'allow', service: 'IAM', accessLevel: 'Full access', resource: 'All resources', condition: 'None' },
  { name: 'AdministratorAccess gives S3 full access', document: managed('AdministratorAccess'), section: 'allow', service: 'S3', accessLevel: 'Full access' },
  // Get* and List* cover IAM's List level (GetAccountSummary and GetLoginProfile are List
  // actions) but not all of Read (GenerateOrganizationsAccessReport is Read).
  { name: 'IAMReadOnlyAccess: all of IAM List, part of Read', document: managed('IAMReadOnlyAccess'), section: 'allow', service: 'IAM', accessLevel: 'Full: List Limited: Read', resource: 'All resources', condition: 'None' },
  {
    name: 'two S3 actions on a bucket and its objects from an address range',
    document: doc({ Effect: 'Allow', Action: ['s3:GetObject', 's3:ListBucket'], Resource: ['arn:aws:s3:::example-bucket', 'arn:aws:s3:::example-bucket/*'], Condition: sourceIp }),
    section: 'allow',
    service: 'S3',
    accessLevel: 'Limited: List, Read',
    resource: 'Multiple',
    condition: 'aws:SourceIp IpAddress 203.0.113.0/24',
    actions: { List: ['ListBucket'], Read: ['GetObject'] },
  },
  {
    name: 'one resource is shown as its ARN',
    document: doc({ Effect: 'Allow', Action: 's3:GetObject', Resource: 'arn:aws:s3:::example-bucket/*' }),
    section: 'allow',
    service: 'S3',
    accessLevel: 'Limited: Read',
    resource: 'arn:aws:s3:::example-bucket/*',
    condition: 'None',
  },
  {
    name: 'a whole level and part of another: Full then Limited',
    document: doc({ Effect: 'Allow', Action: ['iam:List*', 'iam:GetAccountSummary', 'iam:GetLoginProfile', 'iam:CreateUser'], Resource: '*' }),
    section: 'allow',
    service: 'IAM',
    accessLevel: 'Full: List Limited: Write',
  },
  {
    name: 'levels in AWS order whatever the order written: Tagging before Write before Permissions management',
    document: doc({ Effect: 'Allow', Action: ['iam:AttachUserPolicy', 'iam:CreateUser', 'iam:TagUser', 'iam:GetUser'], Resource: '*' }),
    section: 'allow',
    service: 'IAM',
    accessLevel: 'Limited: Read, Tagging, Write, Permissions management',
    actions: { Read: ['GetUser'], Tagging: ['TagUser'], Write: ['CreateUser'], 'Permissions management': ['AttachUserPolicy'] },
  },
  {
    name: 'a Deny statement is summarized under Explicit deny',
    document: doc({ Effect: 'Allow', Action: 's3:*', Resource: '*' }, { Effect: 'Deny', Action: 's3:DeleteBucket', Resource: 'arn:aws:s3:::customer' }),
    section: 'explicitDeny',
    service: 'S3',
    accessLevel: 'Limited: Write',
    resource: 'arn:aws:s3:::customer',
    actions: { Write: ['DeleteBucket'] },
  },
  {
    name: 'the Allow beside that Deny still reads Full access',
    document: doc({ Effect: 'Allow', Action: 's3:*', Resource: '*' }, { Effect: 'Deny', Action: 's3:DeleteBucket', Resource: 'arn:aws:s3:::customer' }),
    section: 'allow',
    service: 'S3',
    accessLevel: 'Full access',
  },
  {
    name: 'NotAction: every IAM action but the excluded ones is allowed',
    document: doc({ Effect: 'Allow', NotAction: ['iam:CreateUser', 'iam:DeleteUser'], Resource: '*' }),
    section: 'allow',
    service: 'IAM',
    accessLevel: 'Full: List, Read, Tagging, Permissions management Limited: Write',
  },
  {
    name: 'NotAction: other services get full access',
    document: doc({ Effect: 'Allow', NotAction: 'iam:*', Resource: '*' }),
    section: 'allow',
    service: 'EC2',
    accessLevel: 'Full access',
  },
  {
    name: 'NotResource: all resources but the named one',
    document: doc({ Effect: 'Deny', Action: 's3:DeleteObject', NotResource: 'arn:aws:s3:::logs/*' }),
    section: 'explicitDeny',
    service: 'S3',
    accessLevel: 'Limited: Write',
    resource: 'All resources except arn:aws:s3:::logs/*',
  },
  {
    name: 'a resource of another service does not count for this one',
    document: doc({ Effect: 'Allow', Action: ['s3:GetObject', 'iam:GetUser'], Resource: ['arn:aws:s3:::example-bucket/*'] }),
    section: 'allow',
    service: 'IAM',
    accessLevel: 'Limited: Read',
    resource: 'None',
  },
  {
    name: 'statements with different conditions: Multiple',
    document: doc({ Effect: 'Allow', Action: 's3:GetObject', Resource: '*', Condition: sourceIp }, { Effect: 'Allow', Action: 's3:ListBucket', Resource: '*' }),
    section: 'allow',
    service: 'S3',
    accessLevel: 'Limited: List, Read',
    condition: 'Multiple',
  },
  {
    name: 'a misspelt action of a known service is an uncategorized action of that service',
    document: doc({ Effect: 'Allow', Action: ['iam:GetUsr', 'iam:GetUser'], Resource: '*' }),
    section: 'allow',
    service: 'IAM',
    accessLevel: 'Limited: Read',
    actions: { Read: ['GetUser'] },
    uncategorizedActions: ['iam:GetUsr'],
  },
  {
    name: 'a service named only by misspelt actions has no access level',
    document: doc({ Effect: 'Allow', Action: 'iam:GetUsr', Resource: '*' }),
    section: 'allow',
    service: 'IAM',
    accessLevel: 'None',
    uncategorizedActions: ['iam:GetUsr'],
  },
  {
    name: 'action names match case-insensitively and show as documented',
    document: doc({ Effect: 'Allow', Action: 'S3:getobject', Resource: '*' }),
    section: 'allow',
    service: 'S3',
    accessLevel: 'Limited: Read',
    actions: { Read: ['GetObject'] },
  },
]

describe('policy summary rows', () => {
  it.each(rowCases)('$name', (c) => {
    const r = row(summaryOf(c.document)[c.section], c.service)
    expect(r, `${c.service} under ${c.section}`).toBeDefined()
    expect(r!.accessLevel).toBe(c.accessLevel)
    if (c.resource !== undefined) expect(r!.resource).toBe(c.resource)
    if (c.condition !== undefined) expect(r!.condition).toBe(c.condition)
    if (c.actions) expect(actionsByLevel(r)).toEqual(c.actions)
    expect(r!.uncategorizedActions).toEqual(c.uncategorizedActions ?? [])
  })
})

describe('what a summary leaves out or lists apart', () => {
  it('AdministratorAccess lists every service of the reference, each with full access, and nothing under Explicit deny', () => {
    const s = summaryOf(managed('AdministratorAccess'))
    expect(s.allow.length).toBeGreaterThan(400)
    expect(s.allow.filter((r) => r.accessLevel !== 'Full access')).toEqual([])
    expect(s.explicitDeny).toEqual([])
  })

  it('IAMReadOnlyAccess names IAM only', () => {
    expect(summaryOf(managed('IAMReadOnlyAccess')).allow.map((r) => r.service)).toEqual(['IAM'])
  })

  it('a statement with only Allow gives no Explicit deny section, and the other way round', () => {
    const s = summaryOf(doc({ Effect: 'Deny', Action: 'iam:*', Resource: '*' }))
    expect(s.allow).toEqual([])
    expect(s.explicitDeny.map((r) => [r.service, r.accessLevel])).toEqual([['IAM', 'Full access']])
  })

  it('an unknown service prefix is an uncategorized service with the entries that name it, per effect', () => {
    const s = summaryOf(doc({ Effect: 'Allow', Action: ['s3x:GetObject', 's3x:PutObject', 's3:GetObject'], Resource: '*' }, { Effect: 'Deny', Action: 's3x:GetObject', Resource: '*' }))
    expect(s.uncategorizedServices).toEqual([
      { effect: 'Allow', prefix: 's3x', actions: ['s3x:GetObject', 's3x:PutObject'] },
      { effect: 'Deny', prefix: 's3x', actions: ['s3x:GetObject'] },
    ])
    expect(s.allow.map((r) => r.service)).toEqual(['S3'])
  })

  it('NotAction * leaves nothing', () => {
    const s = summaryOf(doc({ Effect: 'Allow', NotAction: '*', Resource: '*' }))
    expect(s.allow).toEqual([])
  })

  it('the level totals are the service reference counts', () => {
    const r = row(summaryOf(doc({ Effect: 'Allow', Action: 'iam:*', Resource: '*' })).allow, 'IAM')!
    expect(r.levels.reduce((n, l) => n + l.total, 0)).toBe(Object.keys(findService('iam')!.actions).length)
  })

  it('a document that is not JSON has no summary, and says why', () => {
    const result = summarizePolicyText('{"Statement": [')
    expect(result.ok).toBe(false)
    expect(result.ok ? '' : result.message).toMatch(/JSON/)
  })
})
