// The Query API driven by the AWS SDK for JavaScript v3, so its own serializer and
// deserializer judge the wire format: every operation family the console has, paging,
// and a denied call. Each case is one SDK command and what its parsed answer must hold.
import { afterAll, beforeAll, describe, expect, test } from 'vitest'
import * as I from '@aws-sdk/client-iam'
import { GetCallerIdentityCommand, GetSessionTokenCommand, STSClient } from '@aws-sdk/client-sts'
import { createAccessKey } from '@/lib/iam'
import { doc, setUpIamTest, type IamTestContext } from '../iam/iam-test-setup'
import { startAwsApiServer, type AwsApiServer } from '@/tests/support/aws-api-server'

let t: IamTestContext
let server: AwsApiServer
let admin: I.IAMClient
let aliceKey: { AccessKeyId: string; SecretAccessKey: string }

const clientFor = (key: { AccessKeyId: string; SecretAccessKey: string }) =>
  new I.IAMClient({ endpoint: server.endpoint, region: 'us-east-1', maxAttempts: 1, credentials: { accessKeyId: key.AccessKeyId, secretAccessKey: key.SecretAccessKey } })

beforeAll(async () => {
  t = await setUpIamTest()
  server = await startAwsApiServer()
  aliceKey = (await createAccessKey(t.root, { UserName: 'alice' })).AccessKey // alice: Admins (AdministratorAccess)
  admin = clientFor(aliceKey)
})
afterAll(async () => {
  await server.close()
  await t.cleanup()
})

async function errorOf(promise: Promise<unknown>): Promise<{ name: string; message: string; status: number | undefined; type?: string }> {
  try {
    await promise
  } catch (e) {
    const error = e as Error & { $metadata?: { httpStatusCode?: number }; $fault?: string; Type?: string }
    return { name: error.name, message: error.message, status: error.$metadata?.httpStatusCode }
  }
  throw new Error('expected the call to fail')
}

const ALLOW_ALL = doc({ Effect: 'Allow', Action: 's3:GetObject', Resource: '*' })
const TRUST = JSON.stringify({ Version: '2012-10-17', Statement: [{ Effect: 'Allow', Principal: { Service: 'ec2.amazonaws.com' }, Action: 'sts:AssumeRole' }] })

describe('users, tags, login profiles, boundaries', () => {
  test('CreateUser with tags answers the user with AWS ids; GetUser reads it back', async () => {
    const created = await admin.send(new I.CreateUserCommand({ UserName: 'api-user', Path: '/api/', Tags: [{ Key: 'team', Value: 'blue' }] }))
    expect(created.User).toMatchObject({ UserName: 'api-user', Path: '/api/', Arn: `arn:aws:iam::${t.accountId}:user/api/api-user`, Tags: [{ Key: 'team', Value: 'blue' }] })
    expect(created.User!.UserId).toMatch(/^AIDA[A-Z0-9]{17}$/)
    expect(created.User!.CreateDate).toBeInstanceOf(Date)
    const got = await admin.send(new I.GetUserCommand({ UserName: 'api-user' }))
    expect(got.User!.UserId).toBe(created.User!.UserId)
  })
  test('GetUser without a name is the caller', async () => {
    expect((await admin.send(new I.GetUserCommand({}))).User!.UserName).toBe('alice')
  })
  test('tags: TagUser, ListUserTags, UntagUser', async () => {
    await admin.send(new I.TagUserCommand({ UserName: 'api-user', Tags: [{ Key: 'env', Value: 'dev' }, { Key: 'cost', Value: '42' }] }))
    expect((await admin.send(new I.ListUserTagsCommand({ UserName: 'api-user' }))).Tags!.map((x) => x.Key).sort()).toEqual(['cost', 'env', 'team'])
    await admin.send(new I.UntagUserCommand({ UserName: 'api-user', TagKeys: ['cost', 'team'] }))
    expect((await admin.send(new I.ListUserTagsCommand({ UserName: 'api-user' }))).Tags).toEqual([{ Key: 'env', Value: 'dev' }])
  })
  test('login profile: Create, Get, Update, Delete', async () => {
    const created = await admin.send(new I.CreateLoginProfileCommand({ UserName: 'api-user', Password: 'Api-password-1!', PasswordResetRequired: true }))
    expect(created.LoginProfile).toMatchObject({ UserName: 'api-user', PasswordResetRequired: true })
    expect((await admin.send(new I.GetLoginProfileCommand({ UserName: 'api-user' }))).LoginProfile!.CreateDate).toBeInstanceOf(Date)
    await admin.send(new I.UpdateLoginProfileCommand({ UserName: 'api-user', PasswordResetRequired: false }))
    expect((await admin.send(new I.GetLoginProfileCommand({ UserName: 'api-user' }))).LoginProfile!.PasswordResetRequired).toBe(false)
    await admin.send(new I.DeleteLoginProfileCommand({ UserName: 'api-user' }))
    expect((await errorOf(admin.send(new I.GetLoginProfileCommand({ UserName: 'api-user' })))).name).toBe('NoSuchEntityException')
  })
  test('permissions boundary: Put, shown by GetUser, Delete', async () => {
    const arn = 'arn:aws:iam::aws:policy/PowerUserAccess'
    await admin.send(new I.PutUserPermissionsBoundaryCommand({ UserName: 'api-user', PermissionsBoundary: arn }))
    expect((await admin.send(new I.GetUserCommand({ UserName: 'api-user' }))).User!.PermissionsBoundary).toEqual({ PermissionsBoundaryType: 'Policy', PermissionsBoundaryArn: arn })
    await admin.send(new I.DeleteUserPermissionsBoundaryCommand({ UserName: 'api-user' }))
    expect((await admin.send(new I.GetUserCommand({ UserName: 'api-user' }))).User!.PermissionsBoundary).toBeUndefined()
  })
  test('UpdateUser renames; a validation error is worded as AWS words it', async () => {
    await admin.send(new I.UpdateUserCommand({ UserName: 'api-user', NewUserName: 'api-user2' }))
    expect((await admin.send(new I.GetUserCommand({ UserName: 'api-user2' }))).User!.Path).toBe('/api/')
    const invalid = await errorOf(admin.send(new I.CreateUserCommand({ UserName: 'bad name!' })))
    expect(invalid).toMatchObject({ name: 'ValidationError', status: 400 })
    expect(invalid.message).toBe("1 validation error detected: Value 'bad name!' at 'userName' failed to satisfy constraint: Member must satisfy regular expression pattern: [\\w+=,.@-]+")
  })
  test('CreateUser of an existing name: EntityAlreadyExists, 409', async () => {
    expect(await errorOf(admin.send(new I.CreateUserCommand({ UserName: 'api-user2' })))).toMatchObject({ name: 'EntityAlreadyExistsException', status: 409 })
  })
})

describe('groups and attachments', () => {
  test('CreateGroup, AddUserToGroup, GetGroup lists members, ListGroupsForUser, attach/detach a managed policy', async () => {
    expect((await admin.send(new I.CreateGroupCommand({ GroupName: 'api-group' }))).Group!.GroupId).toMatch(/^AGPA[A-Z0-9]{17}$/)
    await admin.send(new I.AddUserToGroupCommand({ GroupName: 'api-group', UserName: 'api-user2' }))
    const group = await admin.send(new I.GetGroupCommand({ GroupName: 'api-group' }))
    expect(group.Users!.map((u) => u.UserName)).toEqual(['api-user2'])
    expect((await admin.send(new I.ListGroupsForUserCommand({ UserName: 'api-user2' }))).Groups!.map((g) => g.GroupName)).toEqual(['api-group'])
    await admin.send(new I.AttachGroupPolicyCommand({ GroupName: 'api-group', PolicyArn: 'arn:aws:iam::aws:policy/ReadOnlyAccess' }))
    expect((await admin.send(new I.ListAttachedGroupPoliciesCommand({ GroupName: 'api-group' }))).AttachedPolicies).toEqual([{ PolicyName: 'ReadOnlyAccess', PolicyArn: 'arn:aws:iam::aws:policy/ReadOnlyAccess' }])
    await admin.send(new I.AttachUserPolicyCommand({ UserName: 'api-user2', PolicyArn: 'arn:aws:iam::aws:policy/ReadOnlyAccess' }))
    expect((await admin.send(new I.ListAttachedUserPoliciesCommand({ UserName: 'api-user2' }))).AttachedPolicies!.map((p) => p.PolicyName)).toEqual(['ReadOnlyAccess'])
    await admin.send(new I.DetachUserPolicyCommand({ UserName: 'api-user2', PolicyArn: 'arn:aws:iam::aws:policy/ReadOnlyAccess' }))
    await admin.send(new I.DetachGroupPolicyCommand({ GroupName: 'api-group', PolicyArn: 'arn:aws:iam::aws:policy/ReadOnlyAccess' }))
    await admin.send(new I.RemoveUserFromGroupCommand({ GroupName: 'api-group', UserName: 'api-user2' }))
    await admin.send(new I.UpdateGroupCommand({ GroupName: 'api-group', NewPath: '/teams/' }))
    expect((await admin.send(new I.ListGroupsCommand({ PathPrefix: '/teams/' }))).Groups!.map((g) => g.GroupName)).toEqual(['api-group'])
  })
})

describe('roles', () => {
  test('CreateRole answers its trust policy URL-encoded (the SDK returns it as sent); tags, boundary, attachments, update, delete', async () => {
    const created = await admin.send(new I.CreateRoleCommand({ RoleName: 'api-role', AssumeRolePolicyDocument: TRUST, MaxSessionDuration: 7200, Tags: [{ Key: 'a', Value: 'b' }] }))
    expect(created.Role!.RoleId).toMatch(/^AROA[A-Z0-9]{17}$/)
    expect(decodeURIComponent(created.Role!.AssumeRolePolicyDocument!)).toBe(TRUST)
    const got = await admin.send(new I.GetRoleCommand({ RoleName: 'api-role' }))
    expect(got.Role!.MaxSessionDuration).toBe(7200)
    await admin.send(new I.UpdateRoleCommand({ RoleName: 'api-role', Description: 'from the API' }))
    await admin.send(new I.UpdateAssumeRolePolicyCommand({ RoleName: 'api-role', PolicyDocument: TRUST }))
    await admin.send(new I.TagRoleCommand({ RoleName: 'api-role', Tags: [{ Key: 'c', Value: 'd' }] }))
    expect((await admin.send(new I.ListRoleTagsCommand({ RoleName: 'api-role' }))).Tags!.length).toBe(2)
    await admin.send(new I.UntagRoleCommand({ RoleName: 'api-role', TagKeys: ['a'] }))
    await admin.send(new I.PutRolePermissionsBoundaryCommand({ RoleName: 'api-role', PermissionsBoundary: 'arn:aws:iam::aws:policy/PowerUserAccess' }))
    await admin.send(new I.DeleteRolePermissionsBoundaryCommand({ RoleName: 'api-role' }))
    await admin.send(new I.AttachRolePolicyCommand({ RoleName: 'api-role', PolicyArn: 'arn:aws:iam::aws:policy/ReadOnlyAccess' }))
    expect((await admin.send(new I.ListAttachedRolePoliciesCommand({ RoleName: 'api-role' }))).AttachedPolicies!.length).toBe(1)
    expect((await admin.send(new I.ListRolesCommand({}))).Roles!.some((r) => r.RoleName === 'api-role')).toBe(true)
    expect((await errorOf(admin.send(new I.DeleteRoleCommand({ RoleName: 'api-role' }))))).toMatchObject({ name: 'DeleteConflictException', status: 409 })
    await admin.send(new I.DetachRolePolicyCommand({ RoleName: 'api-role', PolicyArn: 'arn:aws:iam::aws:policy/ReadOnlyAccess' }))
    await admin.send(new I.DeleteRoleCommand({ RoleName: 'api-role' }))
    expect((await errorOf(admin.send(new I.GetRoleCommand({ RoleName: 'api-role' }))))).toMatchObject({ name: 'NoSuchEntityException', status: 404 })
  })
})

describe('managed policies and versions', () => {
  test('CreatePolicy, versions, default, GetPolicyVersion answers the document URL-encoded, ListEntitiesForPolicy, tags, delete', async () => {
    const created = await admin.send(new I.CreatePolicyCommand({ PolicyName: 'api-policy', PolicyDocument: ALLOW_ALL, Tags: [{ Key: 'k', Value: 'v' }] }))
    const arn = created.Policy!.Arn!
    expect(created.Policy).toMatchObject({ PolicyName: 'api-policy', DefaultVersionId: 'v1', AttachmentCount: 0, IsAttachable: true })
    expect(created.Policy!.PolicyId).toMatch(/^ANPA[A-Z0-9]{17}$/)
    const second = doc({ Effect: 'Allow', Action: 's3:ListBucket', Resource: '*' })
    expect((await admin.send(new I.CreatePolicyVersionCommand({ PolicyArn: arn, PolicyDocument: second, SetAsDefault: true }))).PolicyVersion).toMatchObject({ VersionId: 'v2', IsDefaultVersion: true })
    const version = await admin.send(new I.GetPolicyVersionCommand({ PolicyArn: arn, VersionId: 'v2' }))
    expect(decodeURIComponent(version.PolicyVersion!.Document!)).toBe(second)
    expect((await admin.send(new I.ListPolicyVersionsCommand({ PolicyArn: arn }))).Versions!.map((v) => v.VersionId).sort()).toEqual(['v1', 'v2'])
    await admin.send(new I.SetDefaultPolicyVersionCommand({ PolicyArn: arn, VersionId: 'v1' }))
    await admin.send(new I.DeletePolicyVersionCommand({ PolicyArn: arn, VersionId: 'v2' }))
    expect((await admin.send(new I.GetPolicyCommand({ PolicyArn: arn }))).Policy!.DefaultVersionId).toBe('v1')
    await admin.send(new I.AttachUserPolicyCommand({ UserName: 'api-user2', PolicyArn: arn }))
    expect((await admin.send(new I.ListEntitiesForPolicyCommand({ PolicyArn: arn }))).PolicyUsers).toEqual([{ UserName: 'api-user2', UserId: expect.stringMatching(/^AIDA/) }])
    await admin.send(new I.TagPolicyCommand({ PolicyArn: arn, Tags: [{ Key: 'x', Value: 'y' }] }))
    await admin.send(new I.UntagPolicyCommand({ PolicyArn: arn, TagKeys: ['k'] }))
    expect((await admin.send(new I.ListPolicyTagsCommand({ PolicyArn: arn }))).Tags).toEqual([{ Key: 'x', Value: 'y' }])
    expect((await admin.send(new I.ListPoliciesCommand({ Scope: 'Local', OnlyAttached: true }))).Policies!.map((p) => p.PolicyName)).toEqual(['api-policy'])
    await admin.send(new I.DetachUserPolicyCommand({ UserName: 'api-user2', PolicyArn: arn }))
    await admin.send(new I.DeletePolicyCommand({ PolicyArn: arn }))
  })
  test('a malformed document: MalformedPolicyDocument, 400', async () => {
    expect(await errorOf(admin.send(new I.CreatePolicyCommand({ PolicyName: 'broken', PolicyDocument: '{"Version":' })))).toMatchObject({ name: 'MalformedPolicyDocumentException', status: 400 })
  })
})

/** An SDK command class, for cases that name one per entity kind. */
type Command = new (input: Record<string, string>) => Parameters<I.IAMClient['send']>[0]

describe('inline policies', () => {
  test.each([
    ['user', 'api-user2', I.PutUserPolicyCommand, I.GetUserPolicyCommand, I.ListUserPoliciesCommand, I.DeleteUserPolicyCommand, 'UserName'],
    ['group', 'api-group', I.PutGroupPolicyCommand, I.GetGroupPolicyCommand, I.ListGroupPoliciesCommand, I.DeleteGroupPolicyCommand, 'GroupName'],
  ] as unknown as [string, string, Command, Command, Command, Command, string][])('%s: Put, Get (document URL-encoded), List, Delete', async (_kind, name, Put, Get, List, Del, member) => {
    const key: Record<string, string> = { [member]: name }
    await admin.send(new Put({ ...key, PolicyName: 'inline', PolicyDocument: ALLOW_ALL }))
    const got = (await admin.send(new Get({ ...key, PolicyName: 'inline' }))) as { PolicyDocument: string }
    expect(decodeURIComponent(got.PolicyDocument)).toBe(ALLOW_ALL)
    expect(((await admin.send(new List(key))) as { PolicyNames: string[] }).PolicyNames).toEqual(['inline'])
    await admin.send(new Del({ ...key, PolicyName: 'inline' }))
    expect(((await admin.send(new List(key))) as { PolicyNames: string[] }).PolicyNames).toEqual([])
  })
  test('role: Put, Get, List, Delete', async () => {
    await admin.send(new I.CreateRoleCommand({ RoleName: 'inline-role', AssumeRolePolicyDocument: TRUST }))
    await admin.send(new I.PutRolePolicyCommand({ RoleName: 'inline-role', PolicyName: 'p', PolicyDocument: ALLOW_ALL }))
    expect(decodeURIComponent((await admin.send(new I.GetRolePolicyCommand({ RoleName: 'inline-role', PolicyName: 'p' }))).PolicyDocument!)).toBe(ALLOW_ALL)
    expect((await admin.send(new I.ListRolePoliciesCommand({ RoleName: 'inline-role' }))).PolicyNames).toEqual(['p'])
    await admin.send(new I.DeleteRolePolicyCommand({ RoleName: 'inline-role', PolicyName: 'p' }))
  })
})

describe('credentials', () => {
  test('access keys: Create answers the secret, List, Update to Inactive, GetAccessKeyLastUsed, Delete', async () => {
    const created = (await admin.send(new I.CreateAccessKeyCommand({ UserName: 'api-user2' }))).AccessKey!
    expect(created.AccessKeyId).toMatch(/^AKIA[A-Z0-9]{16}$/)
    expect(created.SecretAccessKey).toHaveLength(40)
    expect((await admin.send(new I.ListAccessKeysCommand({ UserName: 'api-user2' }))).AccessKeyMetadata!.map((k) => k.AccessKeyId)).toEqual([created.AccessKeyId])
    await clientFor({ AccessKeyId: created.AccessKeyId!, SecretAccessKey: created.SecretAccessKey! }).send(new I.GetUserCommand({})).catch(() => undefined)
    const used = await admin.send(new I.GetAccessKeyLastUsedCommand({ AccessKeyId: created.AccessKeyId }))
    expect(used).toMatchObject({ UserName: 'api-user2', AccessKeyLastUsed: { ServiceName: 'iam', Region: 'us-east-1' } })
    await admin.send(new I.UpdateAccessKeyCommand({ UserName: 'api-user2', AccessKeyId: created.AccessKeyId, Status: 'Inactive' }))
    expect((await admin.send(new I.ListAccessKeysCommand({ UserName: 'api-user2' }))).AccessKeyMetadata![0]!.Status).toBe('Inactive')
    await admin.send(new I.DeleteAccessKeyCommand({ UserName: 'api-user2', AccessKeyId: created.AccessKeyId }))
  })
  test('MFA devices: CreateVirtualMFADevice answers the seed, ListVirtualMFADevices, delete', async () => {
    const device = (await admin.send(new I.CreateVirtualMFADeviceCommand({ VirtualMFADeviceName: 'api-mfa' }))).VirtualMFADevice!
    expect(device.SerialNumber).toBe(`arn:aws:iam::${t.accountId}:mfa/api-mfa`)
    const dbDevice = await t.db.prisma.mfaDevice.findFirstOrThrow({ where: { serialNumber: device.SerialNumber } })
    expect(Buffer.from(device.Base32StringSeed!).toString('utf8')).toMatch(/^[A-Z2-7]{16,}$/)
    expect(dbDevice.name).toBe('api-mfa')
    expect(Buffer.from(device.QRCodePNG!).subarray(1, 4).toString('latin1')).toBe('PNG')
    expect((await admin.send(new I.ListVirtualMFADevicesCommand({ AssignmentStatus: 'Unassigned' }))).VirtualMFADevices!.map((d) => d.SerialNumber)).toContain(device.SerialNumber)
    expect((await admin.send(new I.ListMFADevicesCommand({ UserName: 'api-user2' }))).MFADevices).toEqual([])
    await admin.send(new I.DeleteVirtualMFADeviceCommand({ SerialNumber: device.SerialNumber }))
  })
  test('password policy: Update, Get, Delete', async () => {
    await admin.send(new I.UpdateAccountPasswordPolicyCommand({ MinimumPasswordLength: 12, RequireSymbols: true, MaxPasswordAge: 90 }))
    expect((await admin.send(new I.GetAccountPasswordPolicyCommand({}))).PasswordPolicy).toMatchObject({ MinimumPasswordLength: 12, RequireSymbols: true, MaxPasswordAge: 90, ExpirePasswords: true })
    await admin.send(new I.DeleteAccountPasswordPolicyCommand({}))
    expect(await errorOf(admin.send(new I.GetAccountPasswordPolicyCommand({})))).toMatchObject({ name: 'NoSuchEntityException', status: 404 })
  })
  test('GetAccountSummary answers its SummaryMap', async () => {
    const summary = (await admin.send(new I.GetAccountSummaryCommand({}))).SummaryMap!
    expect(summary.Users).toBe(await t.db.prisma.user.count({ where: { accountId: t.accountId } }))
    expect(summary.AccessKeysPerUserQuota).toBe(2)
  })
  test('credential report: Generate, then Get answers the CSV', async () => {
    for (let i = 0; i < 20; i++) {
      const state = (await admin.send(new I.GenerateCredentialReportCommand({}))).State
      if (state === 'COMPLETE') break
    }
    const report = await admin.send(new I.GetCredentialReportCommand({}))
    expect(report.ReportFormat).toBe('text/csv')
    const csv = Buffer.from(report.Content!).toString('utf8')
    expect(csv.split('\n')[0]).toMatch(/^user,arn,user_creation_time,/)
    expect(csv).toContain('\nalice,')
  })
})

describe('paging', () => {
  test('ListUsers with MaxItems follows Marker through every user, each once', async () => {
    for (let i = 0; i < 7; i++) await admin.send(new I.CreateUserCommand({ UserName: `page-${i}` }))
    const total = await t.db.prisma.user.count({ where: { accountId: t.accountId } })
    const seen: string[] = []
    let marker: string | undefined
    do {
      const page = await admin.send(new I.ListUsersCommand({ MaxItems: 3, ...(marker ? { Marker: marker } : {}) }))
      expect(page.Users!.length).toBeLessThanOrEqual(3)
      seen.push(...page.Users!.map((u) => u.UserName!))
      marker = page.IsTruncated ? page.Marker : undefined
    } while (marker)
    expect(seen).toHaveLength(total)
    expect(new Set(seen).size).toBe(total)
  })
  test('ListPolicies (AWS managed) pages with IsTruncated and Marker', async () => {
    const first = await admin.send(new I.ListPoliciesCommand({ Scope: 'AWS', MaxItems: 5 }))
    expect(first).toMatchObject({ IsTruncated: true })
    const second = await admin.send(new I.ListPoliciesCommand({ Scope: 'AWS', MaxItems: 5, Marker: first.Marker }))
    expect(second.Policies![0]!.PolicyName).not.toBe(first.Policies![0]!.PolicyName)
  })
  test('MaxItems out of range: AWS validation message', async () => {
    const error = await errorOf(admin.send(new I.ListGroupsCommand({ MaxItems: 0 })))
    expect(error.message).toBe("1 validation error detected: Value '0' at 'maxItems' failed to satisfy constraint: Member must have value greater than or equal to 1")
  })
})

describe('denied and sts', () => {
  test("dave (no policies) is refused CreateUser with AWS's AccessDenied message, and nothing is created", async () => {
    await admin.send(new I.CreateUserCommand({ UserName: 'dave' }))
    const key = (await admin.send(new I.CreateAccessKeyCommand({ UserName: 'dave' }))).AccessKey!
    const error = await errorOf(clientFor({ AccessKeyId: key.AccessKeyId!, SecretAccessKey: key.SecretAccessKey! }).send(new I.CreateUserCommand({ UserName: 'eve' })))
    expect(error).toMatchObject({ name: 'AccessDenied', status: 403 })
    expect(error.message).toMatch(new RegExp(`^User: arn:aws:iam::${t.accountId}:user/dave is not authorized to perform: iam:CreateUser on resource: arn:aws:iam::${t.accountId}:user/eve because no identity-based policy allows the iam:CreateUser action$`))
    expect(await t.db.prisma.user.count({ where: { accountId: t.accountId, name: 'eve' } })).toBe(0)
  })
  test('GetCallerIdentity needs no permission and names the key’s user', async () => {
    const dave = await t.db.prisma.user.findFirstOrThrow({ where: { accountId: t.accountId, name: 'dave' }, include: { accessKeys: true } })
    const { secretAccessKey } = (await import('@/lib/iam/access-keys/secret-for-access-key').then((m) => m.secretForAccessKey(dave.accessKeys[0]!.id)))!
    const sts = new STSClient({ endpoint: server.endpoint, region: 'us-east-1', maxAttempts: 1, credentials: { accessKeyId: dave.accessKeys[0]!.id, secretAccessKey } })
    expect(await sts.send(new GetCallerIdentityCommand({}))).toMatchObject({ Account: t.accountId, Arn: dave.arn, UserId: dave.id })
    expect((await sts.send(new GetSessionTokenCommand({}))).Credentials!.AccessKeyId).toMatch(/^ASIA[A-Z2-7]{16}$/)
  })
  test('an action IAM does not have: InvalidAction', async () => {
    const client = new STSClient({ endpoint: server.endpoint, region: 'us-east-1', maxAttempts: 1, signingName: 'iam', credentials: { accessKeyId: aliceKey.AccessKeyId, secretAccessKey: aliceKey.SecretAccessKey } } as never)
    expect(await errorOf(client.send(new GetCallerIdentityCommand({})))).toMatchObject({ status: 400 })
  })
})
