// lib/iam/sts against a seeded database (SQLite, or PostgreSQL with TEST_DATABASE_URL):
// who may assume a role, what the session may then do, and how long it lasts.
import { afterAll, beforeAll, describe, expect, test } from 'vitest'
import { attachUserPolicy, createRole, createUser, createVirtualMFADevice, enableMFADevice, getUser, listUsers, putRolePolicy, putUserPolicy, tagRole, createPolicy } from '@/lib/iam'
import type { AssumedRoleCaller, Caller, UserCaller } from '@/lib/iam/caller'
import { revokeRoleSessions } from '@/lib/iam/roles/revoke-role-sessions'
import { assumeRole, assumeRoleForConsole, assumeRoleSession, callerOfRoleSession, getCallerIdentity, getSessionToken, temporaryCredentialOf } from '@/lib/iam/sts'
import { allowedOnEach } from '@/lib/iam/gate'
import { totpCodeAt } from '@/lib/credentials/totp'
import { doc, iamErrorOf, setUpIamTest, type IamTestContext } from '../iam/iam-test-setup'
import { createAccount, rootCaller } from '@/tests/support/fixtures'

let t: IamTestContext
let alice: UserCaller // may call sts:AssumeRole on any role
let bob: UserCaller // no policies at all
let mfaUser: UserCaller
let mfaSeed: string
let mfaSerial: string

const roleArn = (name: string) => `arn:aws:iam::${t.accountId}:role/${name}`
const trustAccount = (extra: object = {}) => doc({ Effect: 'Allow', Principal: { AWS: `arn:aws:iam::${t.accountId}:root` }, Action: ['sts:AssumeRole', 'sts:TagSession'], ...extra })
const READ_USERS = doc({ Effect: 'Allow', Action: ['iam:GetUser', 'iam:ListUsers'], Resource: '*' })

async function role(name: string, trust: string, options: { maxSessionDuration?: number; policy?: string } = {}) {
  await createRole(t.root, { RoleName: name, AssumeRolePolicyDocument: trust, ...(options.maxSessionDuration ? { MaxSessionDuration: options.maxSessionDuration } : {}) })
  await putRolePolicy(t.root, { RoleName: name, PolicyName: 'p', PolicyDocument: options.policy ?? READ_USERS })
}

/** The AssumedRoleCaller a session's credentials resolve to. */
async function sessionCaller(caller: Caller, input: Parameters<typeof assumeRole>[1]): Promise<AssumedRoleCaller> {
  const { roleSessionId } = await assumeRoleSession(caller, input)
  const resolved = await callerOfRoleSession(t.db.prisma, roleSessionId)
  if (resolved?.kind !== 'assumed-role') throw new Error('expected an assumed-role caller')
  return resolved
}

beforeAll(async () => {
  t = await setUpIamTest()
  for (const name of ['sts-alice', 'sts-bob', 'sts-mfa']) await createUser(t.root, { UserName: name })
  await putUserPolicy(t.root, { UserName: 'sts-alice', PolicyName: 'assume', PolicyDocument: doc({ Effect: 'Allow', Action: ['sts:AssumeRole', 'sts:TagSession'], Resource: '*' }) })
  await putUserPolicy(t.root, { UserName: 'sts-mfa', PolicyName: 'assume', PolicyDocument: doc({ Effect: 'Allow', Action: 'sts:AssumeRole', Resource: '*' }) })
  alice = await t.asUser('sts-alice')
  bob = await t.asUser('sts-bob')
  mfaUser = await t.asUser('sts-mfa')
  const device = await createVirtualMFADevice(t.root, { VirtualMFADeviceName: 'sts-mfa-device' })
  mfaSerial = device.VirtualMFADevice.SerialNumber
  mfaSeed = device.VirtualMFADevice.Base32StringSeed
  const now = Math.floor(Date.now() / 1000)
  await enableMFADevice(t.root, { UserName: 'sts-mfa', SerialNumber: mfaSerial, AuthenticationCode1: totpCodeAt(mfaSeed, now - 60), AuthenticationCode2: totpCodeAt(mfaSeed, now - 30) })

  await role('ReadUsers', trustAccount())
  await role('TrustsBob', doc({ Effect: 'Allow', Principal: { AWS: `arn:aws:iam::${t.accountId}:user/sts-bob` }, Action: 'sts:AssumeRole' }))
  await role('TrustsService', doc({ Effect: 'Allow', Principal: { Service: 'ec2.amazonaws.com' }, Action: 'sts:AssumeRole' }))
  await role('NeedsExternalId', trustAccount({ Condition: { StringEquals: { 'sts:ExternalId': 'x-1234' } } }))
  await role('NeedsMfa', trustAccount({ Condition: { Bool: { 'aws:MultiFactorAuthPresent': 'true' } } }))
  await role('Long', trustAccount(), { maxSessionDuration: 7200 })
  await role('Chained', doc({ Effect: 'Allow', Principal: { AWS: roleArn('ReadUsers') }, Action: 'sts:AssumeRole' }))
  await putRolePolicy(t.root, { RoleName: 'ReadUsers', PolicyName: 'chain', PolicyDocument: doc({ Effect: 'Allow', Action: ['iam:GetUser', 'iam:ListUsers', 'sts:AssumeRole'], Resource: '*' }) })
})
afterAll(() => t.cleanup())

describe('who may assume a role', () => {
  test.each([
    { name: 'the account is trusted and the identity policy allows', caller: () => alice, role: 'ReadUsers', allowed: true },
    { name: 'the account is trusted but no identity policy allows', caller: () => bob, role: 'ReadUsers', allowed: false },
    { name: 'the trust policy names the user itself: no identity policy needed', caller: () => bob, role: 'TrustsBob', allowed: true },
    { name: 'the trust policy names another principal', caller: () => alice, role: 'TrustsBob', allowed: false },
    { name: 'the trust policy trusts only a service', caller: () => alice, role: 'TrustsService', allowed: false },
    { name: 'the role does not exist', caller: () => alice, role: 'NoSuchRole', allowed: false },
  ])('$name', async ({ caller, role: name, allowed }) => {
    const call = assumeRole(caller(), { RoleArn: roleArn(name), RoleSessionName: 's1' })
    if (allowed) {
      const r = await call
      expect(r.Credentials.AccessKeyId).toMatch(/^ASIA[A-Z2-7]{16}$/)
      expect(r.AssumedRoleUser.Arn).toBe(`arn:aws:sts::${t.accountId}:assumed-role/${name}/s1`)
      expect(r.AssumedRoleUser.AssumedRoleId).toMatch(/^AROA[A-Z2-7]{17}:s1$/)
    } else {
      const error = await iamErrorOf(call)
      expect(error.code).toBe('AccessDenied')
      expect(error.message).toBe(`User: ${caller().arn} is not authorized to perform: sts:AssumeRole on resource: ${roleArn(name)}`)
    }
  })

  test.each([
    { name: 'trusted by the other account and allowed by the caller\'s identity policy', caller: () => alice, allowed: true },
    { name: 'trusted by the other account but not allowed by the caller\'s policies', caller: () => bob, allowed: false },
  ])('another account\'s role: $name', async ({ caller, allowed }) => {
    const other = await createAccount(t.db.prisma)
    const otherRoot = rootCaller(other.id)
    await createRole(otherRoot, { RoleName: 'CrossAccount', AssumeRolePolicyDocument: trustAccount() })
    await putRolePolicy(otherRoot, { RoleName: 'CrossAccount', PolicyName: 'p', PolicyDocument: READ_USERS })
    await createUser(otherRoot, { UserName: 'there' })
    const call = sessionCaller(caller(), { RoleArn: `arn:aws:iam::${other.id}:role/CrossAccount`, RoleSessionName: 'xa' })
    if (!allowed) return expect((await iamErrorOf(call)).code).toBe('AccessDenied')
    const session = await call
    expect(session.arn).toBe(`arn:aws:sts::${other.id}:assumed-role/CrossAccount/xa`)
    // The session acts in the role's account, with the role's permissions.
    await expect(getUser(session, { UserName: 'there' })).resolves.toHaveProperty('User')
  })

  test('session tags also need sts:TagSession from the caller\'s policies', async () => {
    const error = await iamErrorOf(assumeRole(mfaUser, { RoleArn: roleArn('ReadUsers'), RoleSessionName: 'tags', Tags: [{ Key: 'team', Value: 'blue' }] }))
    expect(error.message).toBe(`User: ${mfaUser.arn} is not authorized to perform: sts:TagSession on resource: ${roleArn('ReadUsers')}`)
    await expect(assumeRole(mfaUser, { RoleArn: roleArn('ReadUsers'), RoleSessionName: 'notags' })).resolves.toHaveProperty('Credentials')
  })

  test('root may not assume roles', async () => {
    expect((await iamErrorOf(assumeRole(t.root, { RoleArn: roleArn('ReadUsers'), RoleSessionName: 's1' }))).message).toBe('Roles may not be assumed by root accounts.')
  })

  test.each([
    { name: 'without ExternalId', input: {}, allowed: false },
    { name: 'with the wrong ExternalId', input: { ExternalId: 'x-9999' }, allowed: false },
    { name: 'with the ExternalId the trust policy asks for', input: { ExternalId: 'x-1234' }, allowed: true },
  ])('sts:ExternalId: $name', async ({ input, allowed }) => {
    const call = assumeRole(alice, { RoleArn: roleArn('NeedsExternalId'), RoleSessionName: 'ext', ...input })
    if (allowed) await expect(call).resolves.toHaveProperty('Credentials')
    else expect((await iamErrorOf(call)).code).toBe('AccessDenied')
  })

  test.each([
    { name: 'without MFA', mfa: () => ({}), error: 'AccessDenied' },
    { name: 'with a wrong code', mfa: () => ({ SerialNumber: mfaSerial, TokenCode: totpCodeAt(mfaSeed, Math.floor(Date.now() / 1000) + 3600) }), error: 'MultiFactorAuthentication failed with invalid MFA one time pass code.' },
    { name: 'with a device that is not the caller\'s', mfa: () => ({ SerialNumber: `arn:aws:iam::${t.accountId}:mfa/other`, TokenCode: '123456' }), error: 'MultiFactorAuthentication failed, unable to validate MFA code. Please verify your MFA serial number is valid and associated with this user.' },
    { name: 'with a valid code', mfa: () => ({ SerialNumber: mfaSerial, TokenCode: totpCodeAt(mfaSeed, Math.floor(Date.now() / 1000)) }), error: null },
  ])('aws:MultiFactorAuthPresent in the trust policy: $name', async ({ mfa, error }) => {
    const call = sessionCaller(mfaUser, { RoleArn: roleArn('NeedsMfa'), RoleSessionName: 'mfa', ...mfa() })
    if (error === null) {
      const session = await call
      expect(session.mfaAuthenticatedAt).toBeInstanceOf(Date)
    } else {
      const e = await iamErrorOf(call)
      expect(e.code).toBe('AccessDenied')
      if (error !== 'AccessDenied') expect(e.message).toBe(error)
    }
  })
})

describe('input and duration limits', () => {
  test.each([
    { name: 'a one-character session name', input: { RoleSessionName: 'a' }, code: 'ValidationError', message: "Value 'a' at 'roleSessionName' failed to satisfy constraint: Member must have length greater than or equal to 2" },
    { name: 'a session name with a space', input: { RoleSessionName: 'a b' }, code: 'ValidationError', message: 'Member must satisfy regular expression pattern: [\\w+=,.@-]*' },
    { name: 'DurationSeconds below 900', input: { DurationSeconds: 899 }, code: 'ValidationError', message: 'Member must have value greater than or equal to 900' },
    { name: 'DurationSeconds above the role\'s MaxSessionDuration', input: { DurationSeconds: 3601 }, code: 'ValidationError', message: 'The requested DurationSeconds exceeds the MaxSessionDuration set for this role.' },
    { name: 'eleven PolicyArns', input: { PolicyArns: Array.from({ length: 11 }, () => ({ arn: 'arn:aws:iam::aws:policy/ReadOnlyAccess' })) }, code: 'ValidationError', message: 'Member must have length less than or equal to 10' },
    { name: 'a malformed session policy', input: { Policy: '{"Version":"2012-10-17","Statement":[{"Effect":"Allow"}]}' }, code: 'MalformedPolicyDocument', message: '' },
    { name: 'a session policy past the packed limit', input: { Policy: doc(...Array.from({ length: 40 }, (_, i) => ({ Sid: `S${i}x${'q'.repeat(30)}`, Effect: 'Allow', Action: `iam:Get${i}`, Resource: '*' }))) }, code: 'PackedPolicyTooLarge', message: '% of allotted space, please use smaller policy.' },
    { name: 'fifty-one tags', input: { Tags: Array.from({ length: 51 }, (_, i) => ({ Key: `k${i}`, Value: 'v' })) }, code: 'ValidationError', message: 'Member must have length less than or equal to 50' },
    { name: 'a transitive key that is not a tag', input: { Tags: [{ Key: 'a', Value: '1' }], TransitiveTagKeys: ['b'] }, code: 'ValidationError', message: 'The specified transitive tag key must be included in the requested tags.' },
  ])('$name', async ({ input, code, message }) => {
    const error = await iamErrorOf(assumeRole(alice, { RoleArn: roleArn('ReadUsers'), RoleSessionName: 'limits', ...input }))
    expect(error.code).toBe(code)
    expect(error.message).toContain(message)
  })

  test.each([
    { role: 'ReadUsers', duration: undefined, seconds: 3600 },
    { role: 'ReadUsers', duration: 900, seconds: 900 },
    { role: 'Long', duration: 7200, seconds: 7200 },
  ])('$role for $duration seconds lasts $seconds seconds', async ({ role: name, duration, seconds }) => {
    const before = Date.now()
    const r = await assumeRole(alice, { RoleArn: roleArn(name), RoleSessionName: 'dur', ...(duration ? { DurationSeconds: duration } : {}) })
    const lasts = (r.Credentials.Expiration.getTime() - before) / 1000
    expect(lasts).toBeGreaterThan(seconds - 5)
    expect(lasts).toBeLessThanOrEqual(seconds + 1)
  })

  test('role chaining is capped at one hour, with AWS\'s message', async () => {
    const first = await sessionCaller(alice, { RoleArn: roleArn('ReadUsers'), RoleSessionName: 'first' })
    const error = await iamErrorOf(assumeRole(first, { RoleArn: roleArn('Chained'), RoleSessionName: 'second', DurationSeconds: 3601 }))
    expect(error.message).toBe('The requested DurationSeconds exceeds the 1 hour session limit for roles assumed by role chaining.')
    const chained = await assumeRole(first, { RoleArn: roleArn('Chained'), RoleSessionName: 'second' })
    expect(chained.AssumedRoleUser.Arn).toBe(`arn:aws:sts::${t.accountId}:assumed-role/Chained/second`)
  })

  test('assuming a role records its last use', async () => {
    await assumeRole(alice, { RoleArn: roleArn('Long'), RoleSessionName: 'used' })
    const row = await t.db.prisma.role.findFirstOrThrow({ where: { accountId: t.accountId, name: 'Long' } })
    expect(row.lastUsedAt!.getTime()).toBeGreaterThan(Date.now() - 10_000)
    expect(row.lastUsedRegion).toBe('us-east-1')
  })
})

describe('what a session may do', () => {
  test('the role\'s policies apply, as the assumed-role ARN', async () => {
    const session = await sessionCaller(alice, { RoleArn: roleArn('ReadUsers'), RoleSessionName: 'reader' })
    await expect(getUser(session, { UserName: 'sts-bob' })).resolves.toHaveProperty('User')
    const denied = await iamErrorOf(createUser(session, { UserName: 'nope' }))
    expect(denied.message).toContain(`User: arn:aws:sts::${t.accountId}:assumed-role/ReadUsers/reader is not authorized to perform: iam:CreateUser`)
    expect(await getCallerIdentity(session)).toEqual({ UserId: `${session.roleId}:reader`, Account: t.accountId, Arn: session.arn })
    const event = await t.db.prisma.auditEvent.findFirstOrThrow({ where: { eventName: 'CreateUser', entityId: session.roleId }, orderBy: { eventTime: 'desc' } })
    expect(JSON.parse(event.userIdentity)).toMatchObject({
      type: 'AssumedRole', principalId: `${session.roleId}:reader`, arn: session.arn,
      sessionContext: { sessionIssuer: { type: 'Role', principalId: session.roleId, arn: roleArn('ReadUsers'), userName: 'ReadUsers' } },
    })
    expect(event.mfaAuthenticated).toBe(false)
  })

  test.each([
    { name: 'no session policy', input: {}, getUser: true, listUsers: true },
    { name: 'an inline session policy allowing GetUser only', input: { Policy: doc({ Effect: 'Allow', Action: 'iam:GetUser', Resource: '*' }) }, getUser: true, listUsers: false },
    { name: 'a session policy allowing more than the role (CreateUser)', input: { Policy: doc({ Effect: 'Allow', Action: ['iam:CreateUser', 'iam:ListUsers'], Resource: '*' }) }, getUser: false, listUsers: true },
    { name: 'a managed session policy (IAMReadOnlyAccess)', input: { PolicyArns: [{ arn: 'arn:aws:iam::aws:policy/IAMReadOnlyAccess' }] }, getUser: true, listUsers: true },
    { name: 'a managed session policy that does not exist', input: { PolicyArns: [{ arn: 'arn:aws:iam::aws:policy/NoSuchSessionPolicy' }] }, getUser: false, listUsers: false },
  ])('session policies intersect with the role\'s: $name', async ({ input, getUser: mayGet, listUsers: mayList }) => {
    const session = await sessionCaller(alice, { RoleArn: roleArn('ReadUsers'), RoleSessionName: 'scoped', ...input })
    const outcome = async (p: Promise<unknown>) => p.then(() => true, () => false)
    expect(await outcome(getUser(session, { UserName: 'sts-bob' }))).toBe(mayGet)
    expect(await outcome(listUsers(session, {}))).toBe(mayList)
    await expect(createUser(session, { UserName: 'never' })).rejects.toThrow(/is not authorized/)
    const [[get, list]] = await allowedOnEach(t.db.prisma, session, ['iam:GetUser', 'iam:ListUsers'], [{ arn: `arn:aws:iam::${t.accountId}:user/sts-bob`, attributes: { tags: {} } }])
    expect([get, list]).toEqual([mayGet, mayList])
  })

  test('session tags override the role\'s tags as aws:PrincipalTag', async () => {
    await createPolicy(t.root, { PolicyName: 'team-blue', PolicyDocument: doc({ Effect: 'Allow', Action: 'iam:GetUser', Resource: '*', Condition: { StringEquals: { 'aws:PrincipalTag/team': 'blue' } } }) })
    await createRole(t.root, { RoleName: 'Tagged', AssumeRolePolicyDocument: trustAccount() })
    await tagRole(t.root, { RoleName: 'Tagged', Tags: [{ Key: 'team', Value: 'red' }] })
    const { attachRolePolicy } = await import('@/lib/iam')
    await attachRolePolicy(t.root, { RoleName: 'Tagged', PolicyArn: `arn:aws:iam::${t.accountId}:policy/team-blue` })
    const red = await sessionCaller(alice, { RoleArn: roleArn('Tagged'), RoleSessionName: 'red' })
    expect((await iamErrorOf(getUser(red, { UserName: 'sts-bob' }))).code).toBe('AccessDenied')
    const blue = await sessionCaller(alice, { RoleArn: roleArn('Tagged'), RoleSessionName: 'blue', Tags: [{ Key: 'team', Value: 'blue' }] })
    await expect(getUser(blue, { UserName: 'sts-bob' })).resolves.toHaveProperty('User')
  })

  test('Revoke active sessions denies sessions issued before it, not those issued after', async () => {
    await role('Revocable', trustAccount())
    const older = await sessionCaller(alice, { RoleArn: roleArn('Revocable'), RoleSessionName: 'older' })
    await expect(getUser(older, { UserName: 'sts-bob' })).resolves.toHaveProperty('User')
    await revokeRoleSessions(t.root, { RoleName: 'Revocable' })
    const denied = await iamErrorOf(getUser(older, { UserName: 'sts-bob' }))
    expect(denied.message).toContain('with an explicit deny in an identity-based policy')
    const newer = await sessionCaller(alice, { RoleArn: roleArn('Revocable'), RoleSessionName: 'newer' })
    await expect(getUser(newer, { UserName: 'sts-bob' })).resolves.toHaveProperty('User')
    const stored = await t.db.prisma.inlinePolicy.findFirstOrThrow({ where: { name: 'AWSRevokeOlderSessions', role: { name: 'Revocable' } } })
    expect(JSON.parse(stored.document)).toEqual({
      Version: '2012-10-17',
      Statement: [{ Effect: 'Deny', Action: '*', Resource: '*', Condition: { DateLessThan: { 'aws:TokenIssueTime': expect.stringMatching(/^\d{4}-\d\d-\d\dT\d\d:\d\d:\d\d\.\d{3}Z$/) } } }],
    })
  })

  test('Revoke active sessions is gated as iam:PutRolePolicy', async () => {
    const error = await iamErrorOf(revokeRoleSessions(bob, { RoleName: 'Revocable' }))
    expect(error.message).toContain('is not authorized to perform: iam:PutRolePolicy on resource: ')
  })
})

describe('temporary credentials', () => {
  test.each([
    { name: 'the right token', token: (s: string) => s, now: () => new Date(), result: 'ok' },
    { name: 'no token', token: () => undefined, now: () => new Date(), result: 'invalid-token' },
    { name: 'a wrong token', token: (s: string) => `x${s.slice(1)}`, now: () => new Date(), result: 'invalid-token' },
    { name: 'the right token after expiry', token: (s: string) => s, now: () => new Date(Date.now() + 3601_000), result: 'expired' },
  ])('an ASIA key with $name', async ({ token, now, result }) => {
    const r = await assumeRole(alice, { RoleArn: roleArn('ReadUsers'), RoleSessionName: 'keys' })
    const lookup = await temporaryCredentialOf(t.db.prisma, r.Credentials.AccessKeyId, token(r.Credentials.SessionToken), {}, now())
    expect(lookup.ok ? 'ok' : lookup.reason).toBe(result)
    if (lookup.ok) {
      expect(lookup.secretAccessKey).toBe(r.Credentials.SecretAccessKey)
      expect(lookup.caller.arn).toBe(r.AssumedRoleUser.Arn)
    }
  })

  test('an expired role session no longer resolves to a caller', async () => {
    const { roleSessionId } = await assumeRoleSession(alice, { RoleArn: roleArn('ReadUsers'), RoleSessionName: 'exp', DurationSeconds: 900 })
    expect(await callerOfRoleSession(t.db.prisma, roleSessionId, undefined, new Date(Date.now() + 600_000))).not.toBeNull()
    expect(await callerOfRoleSession(t.db.prisma, roleSessionId, undefined, new Date(Date.now() + 901_000))).toBeNull()
  })

  test('issuing credentials deletes rows expired for more than a day, not fresher ones', async () => {
    const { roleSessionId: old } = await assumeRoleSession(alice, { RoleArn: roleArn('ReadUsers'), RoleSessionName: 'old' })
    const { roleSessionId: recent } = await assumeRoleSession(alice, { RoleArn: roleArn('ReadUsers'), RoleSessionName: 'recent' })
    await t.db.prisma.roleSession.update({ where: { id: old }, data: { expiresAt: new Date(Date.now() - 25 * 3600_000) } })
    await t.db.prisma.roleSession.update({ where: { id: recent }, data: { expiresAt: new Date(Date.now() - 3600_000) } })
    await assumeRole(alice, { RoleArn: roleArn('ReadUsers'), RoleSessionName: 'next' })
    expect(await t.db.prisma.roleSession.findUnique({ where: { id: old } })).toBeNull()
    expect(await t.db.prisma.roleSession.findUnique({ where: { id: recent } })).not.toBeNull()
  })

  test('the secret is stored encrypted and the token only as a hash', async () => {
    const r = await assumeRole(alice, { RoleArn: roleArn('ReadUsers'), RoleSessionName: 'stored' })
    const row = await t.db.prisma.roleSession.findUniqueOrThrow({ where: { accessKeyId: r.Credentials.AccessKeyId } })
    expect(row.secretEncrypted).not.toContain(r.Credentials.SecretAccessKey)
    expect(row.sessionTokenHash).not.toContain(r.Credentials.SessionToken)
    const events = await t.db.prisma.auditEvent.findMany({ where: { eventName: 'AssumeRole', eventSource: 'sts.amazonaws.com', errorCode: null }, orderBy: { eventTime: 'desc' }, take: 1 })
    expect(events[0]!.responseElements).not.toContain(r.Credentials.SessionToken)
    expect(events[0]!.responseElements).not.toContain(r.Credentials.SecretAccessKey)
  })

  test('switch role for the console: a one-hour session named after the user', async () => {
    const switched = await assumeRoleForConsole(alice, { accountId: t.accountId, roleName: 'ReadUsers' })
    expect(switched.arn).toBe(`arn:aws:sts::${t.accountId}:assumed-role/ReadUsers/sts-alice`)
    const caller = await callerOfRoleSession(t.db.prisma, switched.roleSessionId)
    expect(caller?.arn).toBe(switched.arn)
    expect(Math.round((switched.expiration.getTime() - Date.now()) / 60_000)).toBe(60)
  })
})

describe('GetSessionToken', () => {
  test('its MFA satisfies a policy that asks for aws:MultiFactorAuthPresent', async () => {
    // A user and device of its own: each code is accepted once, and the other tests use this time step's.
    await createUser(t.root, { UserName: 'sts-mfa2' })
    await putUserPolicy(t.root, { UserName: 'sts-mfa2', PolicyName: 'list-with-mfa', PolicyDocument: doc({ Effect: 'Allow', Action: 'iam:ListUsers', Resource: '*', Condition: { Bool: { 'aws:MultiFactorAuthPresent': 'true' } } }) })
    const device = await createVirtualMFADevice(t.root, { VirtualMFADeviceName: 'sts-mfa2-device' })
    const seed = device.VirtualMFADevice.Base32StringSeed
    const now = Math.floor(Date.now() / 1000)
    await enableMFADevice(t.root, { UserName: 'sts-mfa2', SerialNumber: device.VirtualMFADevice.SerialNumber, AuthenticationCode1: totpCodeAt(seed, now - 90), AuthenticationCode2: totpCodeAt(seed, now - 60) })
    const user = await t.asUser('sts-mfa2')
    const callerOf = async (input: object) => {
      const r = await getSessionToken(user, input)
      const lookup = await temporaryCredentialOf(t.db.prisma, r.Credentials.AccessKeyId, r.Credentials.SessionToken, {})
      if (!lookup.ok) throw new Error(lookup.reason)
      return lookup.caller
    }
    const withMfa = await callerOf({ SerialNumber: device.VirtualMFADevice.SerialNumber, TokenCode: totpCodeAt(seed, now) })
    await expect(listUsers(withMfa, {})).resolves.toHaveProperty('users')
    expect((await iamErrorOf(listUsers(await callerOf({}), {}))).code).toBe('AccessDenied')
    // Long-term credentials carry no MFA at all.
    expect((await iamErrorOf(listUsers(user, {}))).code).toBe('AccessDenied')
  })

  test.each([
    { name: 'a user, without MFA', caller: () => alice, input: () => ({}), outcome: 'user' },
    { name: 'a user, with MFA', caller: () => mfaUser, input: () => ({ SerialNumber: mfaSerial, TokenCode: totpCodeAt(mfaSeed, Math.floor(Date.now() / 1000) + 30) }), outcome: 'mfa' },
    { name: 'a user, for longer than 36 hours', caller: () => alice, input: () => ({ DurationSeconds: 129_601 }), outcome: 'Member must have value less than or equal to 129600' },
    { name: 'root', caller: () => t.root, input: () => ({}), outcome: 'Cannot call GetSessionToken with root credentials' },
  ])('$name', async ({ caller, input, outcome }) => {
    const call = getSessionToken(caller(), input())
    if (outcome === 'user' || outcome === 'mfa') {
      const r = await call
      const lasts = (r.Credentials.Expiration.getTime() - Date.now()) / 1000
      expect(lasts).toBeGreaterThan(43_190)
      const lookup = await temporaryCredentialOf(t.db.prisma, r.Credentials.AccessKeyId, r.Credentials.SessionToken, {})
      if (!lookup.ok) throw new Error(lookup.reason)
      expect(lookup.caller).toMatchObject({ kind: 'user', arn: caller().arn })
      expect(lookup.caller.mfaAuthenticatedAt !== undefined).toBe(outcome === 'mfa')
      // A session's credentials cannot call it again.
      expect((await iamErrorOf(getSessionToken(lookup.caller, {}))).message).toBe('Cannot call GetSessionToken with session credentials')
    } else {
      expect((await iamErrorOf(call)).message).toContain(outcome)
    }
  })
})
