// GetAccountAuthorizationDetails as the IAM API Reference answers it: UserDetailList,
// GroupDetailList, RoleDetailList and Policies with their members and relationships, every
// policy document URL-encoded (RFC 3986), AWS managed policies only where the account uses
// them, Filter by entity type, MaxItems/Marker paging across the types, AWS's validation
// errors, the gate and the event; and the console's download, which merges the pages and
// decodes the documents as the AWS CLI prints them.
import { afterAll, beforeAll, describe, expect, test } from 'vitest'
import * as iam from '@/lib/iam'
import type { Caller } from '@/lib/iam/caller'
import { newPolicyId } from '@/lib/credentials/ids'
import { downloadAccountAuthorizationDetails } from '@/lib/console/download-account-authorization-details'
import { createAccount, createUser, rootCaller } from '@/tests/support/fixtures'
import { runCases } from '@/tests/support/iam-case-table'
import { testDatabaseKind } from '@/tests/support/test-database'
import { doc, setUpEmptyAccount, type EmptyAccountContext } from './iam-test-setup'

let t: EmptyAccountContext
let root: Caller
let denied: Caller
const arn = (kind: string, name: string) => `arn:aws:iam::${t.accountId}:${kind}/${name}`
// Characters RFC 3986 reserves that encodeURIComponent leaves alone: the Resource carries them (query-xml.test.ts).
const INLINE = doc({ Sid: 'ReadIt', Effect: 'Allow', Action: 's3:GetObject', Resource: "arn:aws:s3:::bucket/a b(it)!*'" })
const V1 = doc({ Effect: 'Allow', Action: 'iam:GetUser', Resource: '*' })
const V2 = doc({ Effect: 'Allow', Action: ['iam:GetUser', 'iam:ListUsers'], Resource: '*' })
const TRUST = JSON.stringify({ Version: '2012-10-17', Statement: [{ Effect: 'Allow', Principal: { Service: 'ec2.amazonaws.com' }, Action: 'sts:AssumeRole' }] })
const AWS_DOC = doc({ Effect: 'Allow', Action: '*', Resource: '*' })
const USED_AWS = 'arn:aws:iam::aws:policy/SandboxUsedAccess'
const UNUSED_AWS = 'arn:aws:iam::aws:policy/SandboxUnusedAccess'

async function awsManagedPolicy(name: string) {
  await t.db.prisma.managedPolicy.create({
    data: {
      id: newPolicyId(), accountId: null, name, nameKey: name.toLowerCase(), arn: `arn:aws:iam::aws:policy/${name}`,
      versions: { create: { versionId: 'v1', document: AWS_DOC, isDefault: true } },
    },
  })
}

beforeAll(async () => {
  t = await setUpEmptyAccount()
  root = t.root
  denied = t.callerOf(await createUser(t.db.prisma, t.accountId, { name: 'zed-no-policies' }))
  await awsManagedPolicy('SandboxUsedAccess')
  await awsManagedPolicy('SandboxUnusedAccess')
  await iam.createPolicy(root, { PolicyName: 'TeamPolicy', PolicyDocument: V1, Description: 'the team' })
  await iam.createPolicyVersion(root, { PolicyArn: arn('policy', 'TeamPolicy'), PolicyDocument: V2, SetAsDefault: true })
  await iam.createUser(root, { UserName: 'alice', Path: '/eng/', Tags: [{ Key: 'team', Value: 'blue' }], PermissionsBoundary: USED_AWS })
  await iam.createUser(root, { UserName: 'bob' })
  await iam.createGroup(root, { GroupName: 'Admins' })
  await iam.createGroup(root, { GroupName: 'Auditors', Path: '/audit/' })
  await iam.addUserToGroup(root, { GroupName: 'Admins', UserName: 'alice' })
  await iam.addUserToGroup(root, { GroupName: 'Auditors', UserName: 'alice' })
  await iam.putUserPolicy(root, { UserName: 'alice', PolicyName: 'read-bucket', PolicyDocument: INLINE })
  await iam.attachUserPolicy(root, { UserName: 'alice', PolicyArn: arn('policy', 'TeamPolicy') })
  await iam.putGroupPolicy(root, { GroupName: 'Admins', PolicyName: 'admins-inline', PolicyDocument: V1 })
  await iam.attachGroupPolicy(root, { GroupName: 'Admins', PolicyArn: arn('policy', 'TeamPolicy') })
  await iam.createRole(root, { RoleName: 'WebServer', AssumeRolePolicyDocument: TRUST, Description: 'web', Tags: [{ Key: 'tier', Value: 'web' }] })
  await iam.putRolePolicy(root, { RoleName: 'WebServer', PolicyName: 'role-inline', PolicyDocument: INLINE })
  await iam.attachRolePolicy(root, { RoleName: 'WebServer', PolicyArn: USED_AWS })
  // Another account's entities never show.
  const other = rootCaller((await createAccount(t.db.prisma)).id)
  await iam.createUser(other, { UserName: 'mallory' })
  await iam.createPolicy(other, { PolicyName: 'OtherPolicy', PolicyDocument: V1 })
})
afterAll(() => t.cleanup())

const names = (r: iam.GetAccountAuthorizationDetailsResponse) => [
  ...r.UserDetailList.map((u) => `user:${u.UserName}`), ...r.GroupDetailList.map((g) => `group:${g.GroupName}`),
  ...r.RoleDetailList.map((x) => `role:${x.RoleName}`), ...r.Policies.map((p) => `policy:${p.PolicyName}`),
]
const ALL = ['user:alice', 'user:bob', 'user:zed-no-policies', 'group:Admins', 'group:Auditors', 'role:WebServer', 'policy:SandboxUsedAccess', 'policy:TeamPolicy']
const details = (input: Parameters<typeof iam.getAccountAuthorizationDetails>[1]) => iam.getAccountAuthorizationDetails(root, input)

describe(`the answer's shape (${testDatabaseKind()})`, () => {
  let all: iam.GetAccountAuthorizationDetailsResponse
  beforeAll(async () => {
    all = await details({})
  })
  test('every entity of the account, users, groups, roles then policies, each by name; the used AWS managed policy only', () => {
    expect(names(all)).toEqual(ALL)
    expect(all.IsTruncated).toBe(false)
    expect(all.Marker).toBeUndefined()
  })
  test('UserDetail: path, ids, groups, inline policies, attached policies, boundary, tags; no PasswordLastUsed', () => {
    const alice = all.UserDetailList.find((u) => u.UserName === 'alice')!
    expect(alice).toEqual({
      Path: '/eng/', UserName: 'alice', UserId: expect.stringMatching(/^AIDA/), Arn: `arn:aws:iam::${t.accountId}:user/eng/alice`, CreateDate: expect.any(String),
      UserPolicyList: [{ PolicyName: 'read-bucket', PolicyDocument: INLINE }],
      GroupList: ['Admins', 'Auditors'],
      AttachedManagedPolicies: [{ PolicyName: 'TeamPolicy', PolicyArn: arn('policy', 'TeamPolicy') }],
      PermissionsBoundary: { PermissionsBoundaryType: 'Policy', PermissionsBoundaryArn: USED_AWS },
      Tags: [{ Key: 'team', Value: 'blue' }],
    })
    expect(all.UserDetailList.find((u) => u.UserName === 'bob')).toMatchObject({ UserPolicyList: [], GroupList: [], AttachedManagedPolicies: [] })
  })
  test('GroupDetail: inline and attached policies', () => {
    expect(all.GroupDetailList[0]).toEqual({
      Path: '/', GroupName: 'Admins', GroupId: expect.stringMatching(/^AGPA/), Arn: arn('group', 'Admins'), CreateDate: expect.any(String),
      GroupPolicyList: [{ PolicyName: 'admins-inline', PolicyDocument: V1 }],
      AttachedManagedPolicies: [{ PolicyName: 'TeamPolicy', PolicyArn: arn('policy', 'TeamPolicy') }],
    })
  })
  test('RoleDetail: the trust policy, no instance profiles, inline and attached policies, tags, RoleLastUsed', () => {
    expect(all.RoleDetailList[0]).toEqual({
      Path: '/', RoleName: 'WebServer', RoleId: expect.stringMatching(/^AROA/), Arn: arn('role', 'WebServer'), CreateDate: expect.any(String),
      AssumeRolePolicyDocument: TRUST, InstanceProfileList: [],
      RolePolicyList: [{ PolicyName: 'role-inline', PolicyDocument: INLINE }],
      AttachedManagedPolicies: [{ PolicyName: 'SandboxUsedAccess', PolicyArn: USED_AWS }],
      Tags: [{ Key: 'tier', Value: 'web' }], RoleLastUsed: {},
    })
  })
  test('ManagedPolicyDetail: counts in this account, every version with its document', () => {
    expect(all.Policies.find((p) => p.PolicyName === 'TeamPolicy')).toEqual({
      PolicyName: 'TeamPolicy', PolicyId: expect.stringMatching(/^ANPA/), Arn: arn('policy', 'TeamPolicy'), Path: '/', DefaultVersionId: 'v2',
      AttachmentCount: 2, PermissionsBoundaryUsageCount: 0, IsAttachable: true, Description: 'the team', CreateDate: expect.any(String), UpdateDate: expect.any(String),
      PolicyVersionList: [
        { Document: V1, VersionId: 'v1', IsDefaultVersion: false, CreateDate: expect.any(String) },
        { Document: V2, VersionId: 'v2', IsDefaultVersion: true, CreateDate: expect.any(String) },
      ],
    })
    expect(all.Policies.find((p) => p.Arn === USED_AWS)).toMatchObject({ AttachmentCount: 1, PermissionsBoundaryUsageCount: 1 })
  })
  test('documents are the stored text, as every lib/iam operation returns them (the Query API encodes them on the wire)', () => {
    expect(all.UserDetailList.find((u) => u.UserName === 'alice')!.UserPolicyList[0]!.PolicyDocument).toBe(INLINE)
  })
})

describe(`Filter (${testDatabaseKind()})`, () => {
  const cases: { name: string; Filter: iam.TGetAccountAuthorizationDetailsInput['Filter']; expected: string[] }[] = [
    { name: 'User: the users only', Filter: ['User'], expected: ['user:alice', 'user:bob', 'user:zed-no-policies'] },
    { name: 'Group and Role', Filter: ['Role', 'Group'], expected: ['group:Admins', 'group:Auditors', 'role:WebServer'] },
    { name: 'LocalManagedPolicy: the customer managed policies', Filter: ['LocalManagedPolicy'], expected: ['policy:TeamPolicy'] },
    { name: 'AWSManagedPolicy: the AWS managed policies the account uses', Filter: ['AWSManagedPolicy'], expected: ['policy:SandboxUsedAccess'] },
    { name: 'an empty Filter is no filter', Filter: [], expected: ALL },
  ]
  runCases(cases.map((c) => ({ name: c.name, call: async () => names(await details({ Filter: c.Filter })), result: c.expected })))
  test('the unused AWS managed policy is never listed', async () => {
    expect((await details({ Filter: ['AWSManagedPolicy'] })).Policies.map((p) => p.Arn)).not.toContain(UNUSED_AWS)
  })
})

describe(`MaxItems and Marker (${testDatabaseKind()})`, () => {
  runCases([
    { name: 'MaxItems counts entities of every type together', call: async () => {
      const pages: string[][] = []
      let Marker: string | undefined
      do {
        const page = await details({ MaxItems: 3, ...(Marker ? { Marker } : {}) })
        pages.push(names(page))
        expect(page.IsTruncated).toBe(page.Marker !== undefined)
        Marker = page.Marker
      } while (Marker)
      return pages
    }, result: [['user:alice', 'user:bob', 'user:zed-no-policies'], ['group:Admins', 'group:Auditors', 'role:WebServer'], ['policy:SandboxUsedAccess', 'policy:TeamPolicy']] },
    { name: 'a page can span types', call: async () => {
      const first = await details({ MaxItems: 2, Filter: ['Group', 'Role', 'LocalManagedPolicy'] })
      expect(first).toMatchObject({ IsTruncated: true, Marker: expect.any(String) })
      return names(await details({ MaxItems: 2, Filter: ['Group', 'Role', 'LocalManagedPolicy'], Marker: first.Marker! }))
    }, result: ['role:WebServer', 'policy:TeamPolicy'] },
    { name: 'MaxItems equal to the count is not truncated', call: () => details({ MaxItems: ALL.length }), result: { IsTruncated: false } },
    { name: 'MaxItems 0 is a ValidationError', call: () => details({ MaxItems: 0 }), error: { code: 'ValidationError', message: /at 'maxItems' failed to satisfy constraint: Member must have value greater than or equal to 1/ } },
    { name: 'MaxItems 1001 is a ValidationError', call: () => details({ MaxItems: 1001 }), error: { code: 'ValidationError', message: /Member must have value less than or equal to 1000/ } },
    { name: 'an unknown entity type is a ValidationError naming the valid ones', call: () => details({ Filter: ['Users' as never] }),
      error: { code: 'ValidationError', message: /Value 'Users' at 'filter.1' failed to satisfy constraint: Member must satisfy enum value set: \[User, Role, Group, LocalManagedPolicy, AWSManagedPolicy\]/ } },
  ])
})

describe(`the gate and the event history (${testDatabaseKind()})`, () => {
  runCases([
    { name: 'without iam:GetAccountAuthorizationDetails on * it is AccessDenied', call: () => iam.getAccountAuthorizationDetails(denied, {}),
      error: { code: 'AccessDenied', message: /is not authorized to perform: iam:GetAccountAuthorizationDetails on resource: \*/ } },
    { name: 'a policy allowing it lets the user read the snapshot', call: async () => {
      await iam.putUserPolicy(root, { UserName: 'zed-no-policies', PolicyName: 'snapshot', PolicyDocument: doc({ Effect: 'Allow', Action: 'iam:GetAccountAuthorizationDetails', Resource: '*' }) })
      return names(await iam.getAccountAuthorizationDetails(denied, { Filter: ['User'] }))
    }, result: ['user:alice', 'user:bob', 'user:zed-no-policies'] },
    { name: 'each call is recorded as a read, the refusal with its error', call: async () =>
      (await t.db.prisma.auditEvent.findMany({ where: { accountId: t.accountId, eventName: 'GetAccountAuthorizationDetails', userName: 'zed-no-policies' }, orderBy: [{ eventTime: 'asc' }, { id: 'asc' }] }))
        .map((e) => ({ readOnly: e.readOnly, errorCode: e.errorCode })),
    result: [{ readOnly: true, errorCode: 'AccessDenied' }, { readOnly: true, errorCode: null }] },
  ])
})

describe(`Download account authorization details (${testDatabaseKind()})`, () => {
  test('every page merged, the documents decoded into JSON as the AWS CLI prints them', async () => {
    const file = await downloadAccountAuthorizationDetails(root, new Date('2026-12-07T12:30:00Z'))
    expect(file.fileName).toBe(`account-authorization-details-${t.accountId}-2026-12-07T12_30_00Z.json`)
    const snapshot = JSON.parse(file.json)
    expect(Object.keys(snapshot)).toEqual(['UserDetailList', 'GroupDetailList', 'RoleDetailList', 'Policies'])
    expect(snapshot.UserDetailList.map((u: { UserName: string }) => u.UserName)).toEqual(['alice', 'bob', 'zed-no-policies'])
    expect(snapshot.UserDetailList[0].UserPolicyList[0].PolicyDocument).toEqual(JSON.parse(INLINE))
    expect(snapshot.RoleDetailList[0].AssumeRolePolicyDocument).toEqual(JSON.parse(TRUST))
    expect(snapshot.Policies.find((p: { PolicyName: string }) => p.PolicyName === 'TeamPolicy').PolicyVersionList.map((v: { Document: unknown }) => v.Document)).toEqual([JSON.parse(V1), JSON.parse(V2)])
  })
  test('refused: AccessDenied, nothing to save', async () => {
    const nobody = t.callerOf(await createUser(t.db.prisma, t.accountId, { name: 'nobody' }))
    await expect(downloadAccountAuthorizationDetails(nobody)).rejects.toMatchObject({ code: 'AccessDenied' })
  })
})
