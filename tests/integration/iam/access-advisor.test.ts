// Access Advisor (GenerateServiceLastAccessedDetails, GetServiceLastAccessedDetails, ...WithEntities,
// ListPoliciesGrantingServiceAccess) over the recorded events: dave's allowed and refused IAM
// calls show as his access, a service his policies allow that he never used is not accessed,
// a group's and a policy's view is over their members, IAM's actions at ACTION_LEVEL, the
// 400-day tracking period, AWS's errors, and the gate.
import { afterAll, beforeAll, describe, expect, test } from 'vitest'
import {
  addUserToGroup,
  attachGroupPolicy,
  attachRolePolicy,
  attachUserPolicy,
  createGroup,
  createPolicy,
  createRole,
  createUser,
  generateServiceLastAccessedDetails,
  getServiceLastAccessedDetails,
  getServiceLastAccessedDetailsWithEntities,
  getUser,
  listPoliciesGrantingServiceAccess,
  listUsers,
  putUserPolicy,
  type GetServiceLastAccessedDetailsResponse,
  type ServiceLastAccessed,
} from '@/lib/iam'
import type { Caller, UserCaller } from '@/lib/iam/caller'
import { createAccount, rootCaller } from '@/tests/support/fixtures'
import { runCases } from '@/tests/support/iam-case-table'
import { doc, setUpIamTest, type IamTestContext } from './iam-test-setup'

let t: IamTestContext
let root: Caller
let dave: UserCaller
let erin: UserCaller
let nobody: UserCaller
let readersArn = ''
let daveGetUserAt = ''
let daveCreateUserAt = ''
let erinListUsersAt = ''
const arnOf = (kind: string, name: string) => `arn:aws:iam::${t.accountId}:${kind}/${name}`
const TRUST = doc({ Effect: 'Allow', Principal: { Service: 'ec2.amazonaws.com' }, Action: 'sts:AssumeRole' })

/** The time of the one event of that name by that user, as Access Advisor writes times. */
async function eventTime(userName: string, eventName: string): Promise<string> {
  const rows = await t.db.prisma.auditEvent.findMany({ where: { accountId: t.accountId, userName, eventName }, select: { eventTime: true } })
  expect(rows).toHaveLength(1)
  return rows[0]!.eventTime.toISOString()
}

async function report(arn: string, granularity?: 'SERVICE_LEVEL' | 'ACTION_LEVEL'): Promise<GetServiceLastAccessedDetailsResponse> {
  const { JobId } = await generateServiceLastAccessedDetails(root, { Arn: arn, ...(granularity ? { Granularity: granularity } : {}) })
  return getServiceLastAccessedDetails(root, { JobId })
}
const serviceOf = (r: GetServiceLastAccessedDetailsResponse, ns: string): ServiceLastAccessed | undefined => r.ServicesLastAccessed.find((s) => s.ServiceNamespace === ns)

beforeAll(async () => {
  t = await setUpIamTest()
  root = t.root
  const readers = await createPolicy(root, {
    PolicyName: 'Readers',
    PolicyDocument: doc({ Effect: 'Allow', Action: ['iam:Get*', 'iam:List*'], Resource: '*' }, { Effect: 'Allow', Action: 's3:GetObject', Resource: '*' }),
  })
  readersArn = readers.Policy.Arn
  for (const name of ['dave', 'erin', 'frank', 'nobody']) await createUser(root, { UserName: name })
  await attachUserPolicy(root, { UserName: 'dave', PolicyArn: readersArn })
  await putUserPolicy(root, { UserName: 'dave', PolicyName: 'DaveDynamo', PolicyDocument: doc({ Effect: 'Allow', Action: 'dynamodb:GetItem', Resource: '*' }) })
  await createGroup(root, { GroupName: 'Team' })
  for (const name of ['dave', 'erin', 'frank']) await addUserToGroup(root, { GroupName: 'Team', UserName: name })
  await attachGroupPolicy(root, { GroupName: 'Team', PolicyArn: readersArn })
  await createRole(root, { RoleName: 'Auditor', AssumeRolePolicyDocument: TRUST })
  await attachRolePolicy(root, { RoleName: 'Auditor', PolicyArn: readersArn })

  dave = await t.asUser('dave')
  erin = await t.asUser('erin')
  nobody = await t.asUser('nobody')
  const frank = await t.asUser('frank')
  await getUser(dave, { UserName: 'dave' })
  await expect(createUser(dave, { UserName: 'mallory' })).rejects.toMatchObject({ code: 'AccessDenied' })
  await new Promise((r) => setTimeout(r, 5))
  await listUsers(erin, {})
  // frank's only IAM call is older than the tracking period (400 days).
  await t.db.prisma.auditEvent.create({
    data: {
      accountId: t.accountId, eventTime: new Date(Date.now() - 401 * 24 * 60 * 60 * 1000), eventSource: 'iam.amazonaws.com', eventName: 'GetUser', readOnly: true,
      userIdentity: JSON.stringify({ type: 'IAMUser', principalId: frank.userId, arn: frank.arn, accountId: t.accountId, userName: 'frank' }), userName: 'frank', entityId: frank.userId,
    },
  })
  daveGetUserAt = await eventTime('dave', 'GetUser')
  daveCreateUserAt = await eventTime('dave', 'CreateUser')
  erinListUsersAt = await eventTime('erin', 'ListUsers')
})
afterAll(() => t.cleanup())

describe("a user's Access Advisor: dave", () => {
  test('the services his policies allow (his own, inline and attached, and his group\'s), by name', async () => {
    const r = await report(arnOf('user', 'dave'))
    expect(r).toMatchObject({ JobStatus: 'COMPLETED', JobType: 'SERVICE_LEVEL', IsTruncated: false })
    expect(r.ServicesLastAccessed.map((s) => s.ServiceNamespace).sort()).toEqual(['dynamodb', 'iam', 's3'])
    const names = r.ServicesLastAccessed.map((s) => s.ServiceName)
    expect(names).toEqual([...names].sort((a, b) => a.localeCompare(b)))
    expect(new Date(r.JobCompletionDate).getTime()).toBeGreaterThanOrEqual(new Date(r.JobCreationDate).getTime())
  })
  const cases: { name: string; ns: string; expected: () => ServiceLastAccessed | undefined }[] = [
    {
      name: 'IAM: last accessed by dave, at his refused CreateUser (denied attempts count), in us-east-1',
      ns: 'iam',
      expected: () => ({ ServiceName: expect.any(String) as string, ServiceNamespace: 'iam', LastAuthenticated: daveCreateUserAt, LastAuthenticatedEntity: arnOf('user', 'dave'), LastAuthenticatedRegion: 'us-east-1', TotalAuthenticatedEntities: 1 }),
    },
    { name: 'S3: allowed, never used: not accessed (no LastAuthenticated, no entity)', ns: 's3', expected: () => ({ ServiceName: 'Amazon S3', ServiceNamespace: 's3', TotalAuthenticatedEntities: 0 }) },
    { name: 'DynamoDB (his inline policy): not accessed', ns: 'dynamodb', expected: () => ({ ServiceName: 'Amazon DynamoDB', ServiceNamespace: 'dynamodb', TotalAuthenticatedEntities: 0 }) },
    { name: 'CloudTrail: no policy of his allows it, so it is not listed', ns: 'cloudtrail', expected: () => undefined },
  ]
  for (const c of cases) {
    test(c.name, async () => {
      const s = serviceOf(await report(arnOf('user', 'dave')), c.ns)
      expect(s).toEqual(c.expected())
    })
  }
  test('ACTION_LEVEL: IAM\'s allowed actions, each with its last attempt; other services have none', async () => {
    const r = await report(arnOf('user', 'dave'), 'ACTION_LEVEL')
    expect(r.JobType).toBe('ACTION_LEVEL')
    const actions = serviceOf(r, 'iam')!.TrackedActionsLastAccessed!
    expect(actions.find((a) => a.ActionName === 'GetUser')).toEqual({ ActionName: 'GetUser', LastAccessedEntity: arnOf('user', 'dave'), LastAccessedTime: daveGetUserAt, LastAccessedRegion: 'us-east-1' })
    expect(actions.find((a) => a.ActionName === 'ListUsers')).toEqual({ ActionName: 'ListUsers' })
    // Refused, and not an action his policies allow: not a tracked action of his report.
    expect(actions.find((a) => a.ActionName === 'CreateUser')).toBeUndefined()
    expect(actions.every((a) => a.ActionName.startsWith('Get') || a.ActionName.startsWith('List'))).toBe(true)
    expect(serviceOf(r, 's3')!.TrackedActionsLastAccessed).toBeUndefined()
    expect(serviceOf(await report(arnOf('user', 'dave')), 'iam')!.TrackedActionsLastAccessed).toBeUndefined()
  })
  test('ListPoliciesGrantingServiceAccess: the policies granting each service (a managed policy reached twice counts once)', async () => {
    const r = await listPoliciesGrantingServiceAccess(root, { Arn: arnOf('user', 'dave'), ServiceNamespaces: ['iam', 'dynamodb', 'ec2'] })
    expect(r).toEqual({
      PoliciesGrantingServiceAccess: [
        { ServiceNamespace: 'iam', Policies: [{ PolicyName: 'Readers', PolicyType: 'MANAGED', PolicyArn: readersArn }] },
        { ServiceNamespace: 'dynamodb', Policies: [{ PolicyName: 'DaveDynamo', PolicyType: 'INLINE', EntityType: 'USER', EntityName: 'dave' }] },
        { ServiceNamespace: 'ec2', Policies: [] },
      ],
      IsTruncated: false,
    })
  })
})

describe("a group's and a policy's Access Advisor: over the entities that have it", () => {
  const cases: { name: string; arn: () => string; iam: () => Partial<ServiceLastAccessed>; namespaces: string[] }[] = [
    {
      name: 'group Team: IAM last accessed by erin (the latest of its members), 2 members attempted it; frank\'s call is past the tracking period',
      arn: () => arnOf('group', 'Team'),
      iam: () => ({ LastAuthenticated: erinListUsersAt, LastAuthenticatedEntity: arnOf('user', 'erin'), TotalAuthenticatedEntities: 2 }),
      namespaces: ['iam', 's3'],
    },
    {
      name: 'policy Readers: over its users, its groups\' members and its role: erin last, 2 entities',
      arn: () => readersArn,
      iam: () => ({ LastAuthenticated: erinListUsersAt, LastAuthenticatedEntity: arnOf('user', 'erin'), TotalAuthenticatedEntities: 2 }),
      namespaces: ['iam', 's3'],
    },
    { name: 'role Auditor: never used: not accessed', arn: () => arnOf('role', 'Auditor'), iam: () => ({ TotalAuthenticatedEntities: 0 }), namespaces: ['iam', 's3'] },
  ]
  for (const c of cases) {
    test(c.name, async () => {
      const r = await report(c.arn())
      expect(r.ServicesLastAccessed.map((s) => s.ServiceNamespace).sort()).toEqual(c.namespaces)
      expect(serviceOf(r, 'iam')).toMatchObject(c.iam())
      if (!('LastAuthenticated' in c.iam())) expect(serviceOf(r, 'iam')!.LastAuthenticated).toBeUndefined()
      expect(serviceOf(r, 's3')).toEqual({ ServiceName: 'Amazon S3', ServiceNamespace: 's3', TotalAuthenticatedEntities: 0 })
    })
  }
  test('GetServiceLastAccessedDetailsWithEntities: the policy\'s users and role, most recent first, then those that did not attempt it', async () => {
    const { JobId } = await generateServiceLastAccessedDetails(root, { Arn: readersArn })
    const r = await getServiceLastAccessedDetailsWithEntities(root, { JobId, ServiceNamespace: 'iam' })
    expect(r.JobStatus).toBe('COMPLETED')
    expect(r.EntityDetailsList.map((e) => [e.EntityInfo.Name, e.EntityInfo.Type, e.LastAuthenticated])).toEqual([
      ['erin', 'USER', erinListUsersAt],
      ['dave', 'USER', daveCreateUserAt],
      ['Auditor', 'ROLE', undefined],
      ['frank', 'USER', undefined],
    ])
    expect(r.EntityDetailsList[0]!.EntityInfo).toEqual({ Id: erin.userId, Arn: arnOf('user', 'erin'), Name: 'erin', Type: 'USER', Path: '/' })
    const first = await getServiceLastAccessedDetailsWithEntities(root, { JobId, ServiceNamespace: 'iam', MaxItems: 3 })
    expect(first).toMatchObject({ IsTruncated: true, Marker: expect.any(String) as string })
    const rest = await getServiceLastAccessedDetailsWithEntities(root, { JobId, ServiceNamespace: 'iam', Marker: first.Marker! })
    expect(rest.EntityDetailsList.map((e) => e.EntityInfo.Name)).toEqual(['frank'])
  })
})

describe('paging, errors and the gate', () => {
  let jobId = ''
  let other: Caller
  beforeAll(async () => {
    jobId = (await generateServiceLastAccessedDetails(root, { Arn: arnOf('user', 'dave') })).JobId
    other = rootCaller((await createAccount(t.db.prisma)).id)
  })
  test('MaxItems 2 of 3 services: IsTruncated with a Marker, and the Marker gives the rest', async () => {
    const first = await getServiceLastAccessedDetails(root, { JobId: jobId, MaxItems: 2 })
    expect(first).toMatchObject({ IsTruncated: true, Marker: expect.any(String) as string })
    expect(first.ServicesLastAccessed).toHaveLength(2)
    const rest = await getServiceLastAccessedDetails(root, { JobId: jobId, MaxItems: 2, Marker: first.Marker! })
    expect(rest.IsTruncated).toBe(false)
    expect([...first.ServicesLastAccessed, ...rest.ServicesLastAccessed].map((s) => s.ServiceNamespace).sort()).toEqual(['dynamodb', 'iam', 's3'])
  })
  runCases([
    { name: 'NoSuchEntity: a user that does not exist', call: () => generateServiceLastAccessedDetails(root, { Arn: arnOf('user', 'ghost') }), error: { code: 'NoSuchEntity', message: 'The user with name ghost cannot be found.', field: 'Arn' } },
    { name: 'NoSuchEntity: a role under another path', call: () => generateServiceLastAccessedDetails(root, { Arn: arnOf('role', 'ops/Auditor') }), error: { code: 'NoSuchEntity', field: 'Arn' } },
    { name: 'NoSuchEntity: a policy that does not exist', call: () => generateServiceLastAccessedDetails(root, { Arn: arnOf('policy', 'Nope') }), error: { code: 'NoSuchEntity', field: 'Arn' } },
    { name: 'InvalidInput: an ARN that is no user, group, role or policy', call: () => generateServiceLastAccessedDetails(root, { Arn: `arn:aws:iam::${t.accountId}:mfa/dave` }), error: { code: 'InvalidInput', message: /specify the ARN of an IAM user, group, role, managed policy/, field: 'Arn' } },
    { name: 'InvalidInput: ListPoliciesGrantingServiceAccess takes no policy ARN', call: () => listPoliciesGrantingServiceAccess(root, { Arn: readersArn, ServiceNamespaces: ['iam'] }), error: { code: 'InvalidInput', field: 'Arn' } },
    { name: 'ValidationError: a Granularity AWS does not have', call: () => generateServiceLastAccessedDetails(root, { Arn: arnOf('user', 'dave'), Granularity: 'USER_LEVEL' as 'SERVICE_LEVEL' }), error: { code: 'ValidationError' } },
    { name: 'ValidationError: a JobId that is not 36 characters', call: () => getServiceLastAccessedDetails(root, { JobId: 'short' }), error: { code: 'ValidationError' } },
    { name: 'NoSuchEntity: a JobId no job has', call: () => getServiceLastAccessedDetails(root, { JobId: '00000000-0000-4000-8000-000000000000' }), error: { code: 'NoSuchEntity', field: 'JobId' } },
    { name: "NoSuchEntity: another account's job", call: () => getServiceLastAccessedDetails(other, { JobId: jobId }), error: { code: 'NoSuchEntity' } },
    { name: 'InvalidInput: entities of a service the report does not list', call: () => getServiceLastAccessedDetailsWithEntities(root, { JobId: jobId, ServiceNamespace: 'ec2' }), error: { code: 'InvalidInput', field: 'ServiceNamespace' } },
    { name: 'ValidationError: ServiceNamespaces must not be empty', call: () => listPoliciesGrantingServiceAccess(root, { Arn: arnOf('user', 'dave'), ServiceNamespaces: [] }), error: { code: 'ValidationError' } },
    {
      name: 'AccessDenied: dave may read (iam:Get*) but not generate (no iam:GenerateServiceLastAccessedDetails on his ARN)',
      call: () => generateServiceLastAccessedDetails(dave, { Arn: arnOf('user', 'dave') }),
      error: { code: 'AccessDenied', message: /^User: arn:aws:iam::\d{12}:user\/dave is not authorized to perform: iam:GenerateServiceLastAccessedDetails on resource: arn:aws:iam::\d{12}:user\/dave because no identity-based policy allows the iam:GenerateServiceLastAccessedDetails action$/ },
    },
    { name: 'dave may get a report (iam:GetServiceLastAccessedDetails matches iam:Get*)', call: () => getServiceLastAccessedDetails(dave, { JobId: jobId }), result: { JobStatus: 'COMPLETED' } },
    { name: 'AccessDenied: a user with no policy may not get a report (on *)', call: () => getServiceLastAccessedDetails(nobody, { JobId: jobId }), error: { code: 'AccessDenied', message: /is not authorized to perform: iam:GetServiceLastAccessedDetails on resource: \*/ } },
    { name: 'AccessDenied: nor its entities', call: () => getServiceLastAccessedDetailsWithEntities(nobody, { JobId: jobId, ServiceNamespace: 'iam' }), error: { code: 'AccessDenied', message: /iam:GetServiceLastAccessedDetailsWithEntities on resource: \*/ } },
    { name: 'AccessDenied: nor the policies granting access', call: () => listPoliciesGrantingServiceAccess(nobody, { Arn: arnOf('user', 'dave'), ServiceNamespaces: ['iam'] }), error: { code: 'AccessDenied', message: /iam:ListPoliciesGrantingServiceAccess on resource: arn:aws:iam::\d+:user\/dave/ } },
    { name: "AccessDenied: another account's user (IAM has no resource policy)", call: () => generateServiceLastAccessedDetails(other, { Arn: arnOf('user', 'dave') }), error: { code: 'AccessDenied' } },
  ])
  test('the job is a database row: another client of the same database reads it', async () => {
    const row = await t.db.prisma.serviceLastAccessedJob.findUnique({ where: { id: jobId } })
    expect(row).toMatchObject({ accountId: t.accountId, arn: arnOf('user', 'dave'), granularity: 'SERVICE_LEVEL', status: 'COMPLETED' })
  })
})
