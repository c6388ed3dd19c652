// Switch role in the console: who may switch to which role (the trust policy and the
// user's own policies, through AssumeRole), that the console then acts as the assumed
// role, that it falls back to the user (never to anything broader) once the role session
// has expired or gone, that a switch made while in a role is authorized as the signed-in
// user, that "Revoke active sessions" denies the console's existing role session, and that
// the role history cookie refuses what it did not write.
import { afterAll, beforeAll, describe, expect, test } from 'vitest'
import { createConsoleSession, findActiveConsoleSession, revokeConsoleSession } from '@/lib/auth/console-session'
import { consoleCallerOf } from '@/lib/auth/switched-role'
import {
  MAX_RECENT_ROLES, MAX_RECENT_ROLES_COOKIE_LENGTH, parseRecentRoles, recentRolesCookieValue, withRecentRole, type RecentRole,
} from '@/lib/console/recent-roles'
import { INVALID_SWITCH_ROLE_INFORMATION, ROOT_CANNOT_SWITCH_ROLES, switchBack, switchRole, type TSwitchRoleForm } from '@/lib/console/switch-role'
import { relativeTimeText } from '@/components/relative-time'
import { attachRolePolicy, attachUserPolicy, createRole, createUser, deleteRole, detachUserPolicy, listRoles, listUsers } from '@/lib/iam'
import { assumeRole } from '@/lib/iam/sts'
import type { Caller } from '@/lib/iam/caller'
import { revokeRoleSessions } from '@/lib/iam/roles/revoke-role-sessions'
import { doc, iamErrorOf, setUpIamTest, type IamTestContext } from '../iam/iam-test-setup'

let t: IamTestContext
const AWS = (name: string) => `arn:aws:iam::aws:policy/${name}`
const userArn = (name: string) => `arn:aws:iam::${t.accountId}:user/${name}`
const roleArn = (name: string, path = '/') => `arn:aws:iam::${t.accountId}:role${path}${name}`
const trusting = (principal: string) => doc({ Effect: 'Allow', Principal: { AWS: principal }, Action: 'sts:AssumeRole' })

beforeAll(async () => {
  t = await setUpIamTest()
  const account = `arn:aws:iam::${t.accountId}:root`
  // Trusts the account: whoever's own policies allow sts:AssumeRole on it (alice, an administrator).
  await createRole(t.root, { RoleName: 'ReadOnly', AssumeRolePolicyDocument: trusting(account) })
  await attachRolePolicy(t.root, { RoleName: 'ReadOnly', PolicyArn: AWS('ReadOnlyAccess') })
  // Trusts bob by name: enough in the same account, whatever bob's own policies.
  await createRole(t.root, { RoleName: 'OnlyBob', AssumeRolePolicyDocument: trusting(userArn('bob')) })
  await createRole(t.root, { RoleName: 'Operator', Path: '/ops/', AssumeRolePolicyDocument: trusting(account) })
  await attachRolePolicy(t.root, { RoleName: 'Operator', PolicyArn: AWS('IAMFullAccess') })
  await createUser(t.root, { UserName: 'dave' })
})
afterAll(() => t.cleanup())

async function sessionOf(userName: string | null) {
  const user = userName ? await t.db.prisma.user.findFirstOrThrow({ where: { accountId: t.accountId, name: userName } }) : null
  const id = await createConsoleSession(t.db.prisma, { accountId: t.accountId, userId: user?.id ?? null, principalArn: user?.arn ?? `arn:aws:iam::${t.accountId}:root` }, new Date())
  return (await findActiveConsoleSession(t.db.prisma, id, new Date()))!
}

/** Who the console acts as for a session, at `now`, read afresh as each request does. */
async function consoleCaller(sessionId: string, now = new Date()): Promise<Caller> {
  // A session kept in use (the idle timeout is not what these tests are about).
  const session = (await findActiveConsoleSession(t.db.prisma, sessionId, now, 12 * 3600_000))!
  return (await consoleCallerOf(t.db.prisma, session, undefined, now)).caller
}

// Case tables are built before the account exists: ACCOUNT stands for its id.
const deniedAs = (user: string, role: string) => `User: arn:aws:iam::ACCOUNT:user/${user} is not authorized to perform: sts:AssumeRole on resource: arn:aws:iam::ACCOUNT:role/${role}`
const inAccount = (text: string) => text.replaceAll('ACCOUNT', t.accountId)
const denial = (user: string, role: string) => `User: ${userArn(user)} is not authorized to perform: sts:AssumeRole on resource: ${roleArn(role)}`

describe('Switch Role: who may switch to which role', () => {
  const cases: { name: string; user: string | null; form: () => TSwitchRoleForm; expected: { arn: string; displayName: string } | { code: string; message: string | RegExp; field?: string } }[] = [
    {
      name: 'alice (AdministratorAccess) switches to a role trusting the account, by account ID',
      user: 'alice', form: () => ({ account: t.accountId, roleName: 'ReadOnly', displayName: 'Read only', color: 'green' }),
      expected: { arn: `arn:aws:sts::ACCOUNT:assumed-role/ReadOnly/alice`, displayName: 'Read only' },
    },
    {
      name: 'by the account alias, in any case; the display name defaults to role @ account',
      user: 'alice', form: () => ({ account: 'SANDBOX', roleName: 'ReadOnly' }),
      expected: { arn: `arn:aws:sts::ACCOUNT:assumed-role/ReadOnly/alice`, displayName: 'ReadOnly @ sandbox' },
    },
    {
      name: 'a trust policy naming the user is enough, without policies of the user allowing it',
      user: 'bob', form: () => ({ account: t.accountId, roleName: 'OnlyBob' }),
      expected: { arn: `arn:aws:sts::ACCOUNT:assumed-role/OnlyBob/bob`, displayName: 'OnlyBob @ ACCOUNT' },
    },
    {
      name: 'a role with a path, typed with its path',
      user: 'alice', form: () => ({ account: t.accountId, roleName: 'ops/Operator' }),
      expected: { arn: `arn:aws:sts::ACCOUNT:assumed-role/Operator/alice`, displayName: 'Operator @ ACCOUNT' },
    },
    {
      name: 'denied by the trust policy: it names bob, not alice',
      user: 'alice', form: () => ({ account: t.accountId, roleName: 'OnlyBob' }),
      expected: { code: 'AccessDenied', message: deniedAs('alice', 'OnlyBob') },
    },
    {
      name: "denied by the user's policies: the role trusts the account, dave's policies allow no sts:AssumeRole",
      user: 'dave', form: () => ({ account: t.accountId, roleName: 'ReadOnly' }),
      expected: { code: 'AccessDenied', message: deniedAs('dave', 'ReadOnly') },
    },
    {
      name: "denied by the user's policies: carol's IAMReadOnlyAccess and SecurityAudit do not allow sts:AssumeRole",
      user: 'carol', form: () => ({ account: t.accountId, roleName: 'ReadOnly' }),
      expected: { code: 'AccessDenied', message: deniedAs('carol', 'ReadOnly') },
    },
    {
      name: 'a role with a path typed without it is not found, so not assumable',
      user: 'alice', form: () => ({ account: t.accountId, roleName: 'Operator' }),
      expected: { code: 'AccessDenied', message: deniedAs('alice', 'Operator') },
    },
    {
      name: 'root cannot switch roles',
      user: null, form: () => ({ account: t.accountId, roleName: 'ReadOnly' }),
      expected: { code: 'AccessDenied', message: ROOT_CANNOT_SWITCH_ROLES },
    },
    {
      name: 'an account alias that does not exist',
      user: 'alice', form: () => ({ account: 'no-such-alias', roleName: 'ReadOnly' }),
      expected: { code: 'ValidationError', message: INVALID_SWITCH_ROLE_INFORMATION, field: 'account' },
    },
    {
      name: 'an invalid role name',
      user: 'alice', form: () => ({ account: t.accountId, roleName: 'Read Only!' }),
      expected: { code: 'ValidationError', message: /Value 'Read Only!' at 'roleName' failed to satisfy constraint: Member must satisfy regular expression pattern/, field: 'roleName' },
    },
    {
      name: 'a path and role name over 64 characters together (the Switch Role limit)',
      user: 'alice', form: () => ({ account: t.accountId, roleName: `${'p'.repeat(59)}/Role1` }),
      expected: { code: 'ZodError', message: /The path and role name together can have up to 64 characters/ },
    },
    {
      name: 'a display name over 64 characters',
      user: 'alice', form: () => ({ account: t.accountId, roleName: 'ReadOnly', displayName: 'x'.repeat(65) }),
      expected: { code: 'ZodError', message: /up to 64 characters/ },
    },
  ]
  for (const c of cases) {
    test(c.name, async () => {
      const session = await sessionOf(c.user)
      const sessionsBefore = await t.db.prisma.roleSession.count()
      const outcome = await switchRole(session, c.form()).then((value) => ({ value }), (error: unknown) => ({ error: error as { code?: string; name?: string; message: string; field?: string } }))
      if ('arn' in c.expected) {
        expect('value' in outcome && outcome.value.arn).toBe(inAccount(c.expected.arn))
        const now = new Date()
        const { caller, switchedRole } = await consoleCallerOf(t.db.prisma, (await findActiveConsoleSession(t.db.prisma, session.id, now))!, undefined, now)
        expect(caller.arn).toBe(inAccount(c.expected.arn))
        expect(switchedRole?.displayName).toBe(inAccount(c.expected.displayName))
        return
      }
      if (!('error' in outcome)) throw new Error(`expected ${c.expected.code}, got a switch`)
      expect(outcome.error.code ?? outcome.error.name).toBe(c.expected.code)
      if (typeof c.expected.message === 'string') expect(outcome.error.message).toBe(inAccount(c.expected.message))
      else expect(outcome.error.message).toMatch(c.expected.message)
      if (c.expected.field) expect(outcome.error.field).toBe(c.expected.field)
      // A refused switch leaves the console as it was: no role session, the user acting.
      expect(await t.db.prisma.roleSession.count()).toBe(sessionsBefore)
      expect((await consoleCaller(session.id)).arn).toBe(session.user?.arn ?? `arn:aws:iam::${t.accountId}:root`)
    })
  }
})

describe('while in a role', () => {
  test('the console acts as the assumed role (its policies decide), and Switch back returns to the user', async () => {
    const session = await sessionOf('alice')
    await switchRole(session, { account: t.accountId, roleName: 'ReadOnly' })
    const asRole = await consoleCaller(session.id)
    const error = await iamErrorOf(createUser(asRole, { UserName: 'made-as-role' }))
    expect(error.code).toBe('AccessDenied')
    expect(error.message).toContain(`User: arn:aws:sts::${t.accountId}:assumed-role/ReadOnly/alice is not authorized to perform: iam:CreateUser`)
    expect((await listUsers(asRole, {})).users.length).toBeGreaterThan(0)

    await switchBack((await findActiveConsoleSession(t.db.prisma, session.id, new Date()))!)
    const asUser = await consoleCaller(session.id)
    expect(asUser).toMatchObject({ kind: 'user', arn: userArn('alice') })
    await createUser(asUser, { UserName: 'made-as-alice' })
  })

  test('a console session that ends while switching takes no role: the role session is undone with it (one transaction)', async () => {
    const session = await sessionOf('alice')
    const before = await t.db.prisma.roleSession.count()
    await revokeConsoleSession(t.db.prisma, session.id, new Date())
    const error = await iamErrorOf(switchRole(session, { account: t.accountId, roleName: 'ReadOnly' }))
    expect({ code: error.code, message: error.message }).toEqual({ code: 'AccessDenied', message: 'Your console session has ended. Sign in again to switch roles.' })
    expect(await t.db.prisma.roleSession.count()).toBe(before)
  })

  test('an expired role session sends the console back to the user, and the session forgets the role', async () => {
    const session = await sessionOf('alice')
    const switched = await switchRole(session, { account: t.accountId, roleName: 'ReadOnly' })
    expect((await consoleCaller(session.id)).kind).toBe('assumed-role')
    const later = new Date(switched.expiration.getTime() + 1000)
    expect(await consoleCaller(session.id, later)).toMatchObject({ kind: 'user', arn: userArn('alice') })
    expect((await t.db.prisma.consoleSession.findUniqueOrThrow({ where: { id: session.id } })).roleSessionId).toBeNull()
  })

  test('a role that is deleted takes its sessions with it: the console is the user again', async () => {
    await createRole(t.root, { RoleName: 'Temporary', AssumeRolePolicyDocument: trusting(userArn('alice')) })
    const session = await sessionOf('alice')
    await switchRole(session, { account: t.accountId, roleName: 'Temporary' })
    expect((await consoleCaller(session.id)).arn).toBe(`arn:aws:sts::${t.accountId}:assumed-role/Temporary/alice`)
    await deleteRole(t.root, { RoleName: 'Temporary' })
    expect(await consoleCaller(session.id)).toMatchObject({ kind: 'user', arn: userArn('alice') })
  })

  test("switching while in a role is authorized with the signed-in user's credentials, not the role's", async () => {
    const session = await sessionOf('alice')
    await switchRole(session, { account: t.accountId, roleName: 'ReadOnly' })
    const asReadOnly = await consoleCaller(session.id)
    // The ReadOnly role itself may not assume Operator (ReadOnlyAccess allows no sts:AssumeRole) ...
    const asRoleItself = await iamErrorOf(assumeRole(asReadOnly, { RoleArn: roleArn('Operator', '/ops/'), RoleSessionName: 'alice' }))
    expect(asRoleItself.message).toBe(`User: ${asReadOnly.arn} is not authorized to perform: sts:AssumeRole on resource: ${roleArn('Operator', '/ops/')}`)
    const fromRole = await t.db.prisma.roleSession.count({ where: { sourceArn: asReadOnly.arn } })
    // ... but the console asks as alice, whose AdministratorAccess does.
    const switched = await switchRole((await findActiveConsoleSession(t.db.prisma, session.id, new Date()))!, { account: t.accountId, roleName: 'ops/Operator' })
    expect(switched.arn).toBe(`arn:aws:sts::${t.accountId}:assumed-role/Operator/alice`)
    const issued = await t.db.prisma.roleSession.findFirstOrThrow({ where: { role: { name: 'Operator' } }, orderBy: { issuedAt: 'desc' } })
    expect(issued.sourceArn).toBe(userArn('alice'))
    expect(issued.sourceSessionId).toBeNull()
    expect(await t.db.prisma.roleSession.count({ where: { sourceArn: asReadOnly.arn } })).toBe(fromRole)
    expect((await consoleCaller(session.id)).arn).toBe(switched.arn)
  })

  test("and a user's policies that stop allowing it stop the next switch, even from inside a role", async () => {
    await createUser(t.root, { UserName: 'erin' })
    await attachUserPolicy(t.root, { UserName: 'erin', PolicyArn: AWS('AdministratorAccess') })
    const session = await sessionOf('erin')
    await switchRole(session, { account: t.accountId, roleName: 'ops/Operator' })
    await detachUserPolicy(t.root, { UserName: 'erin', PolicyArn: AWS('AdministratorAccess') })
    // Operator has IAMFullAccess, but the switch is asked as erin, who now has nothing.
    const error = await iamErrorOf(switchRole((await findActiveConsoleSession(t.db.prisma, session.id, new Date()))!, { account: t.accountId, roleName: 'ReadOnly' }))
    expect(error.message).toBe(denial('erin', 'ReadOnly'))
    expect((await consoleCaller(session.id)).arn).toBe(`arn:aws:sts::${t.accountId}:assumed-role/Operator/erin`)
  })

  test('Revoke active sessions denies the console role session that existed before it; a new switch works', async () => {
    const session = await sessionOf('alice')
    await switchRole(session, { account: t.accountId, roleName: 'ReadOnly' })
    await new Promise((resolve) => setTimeout(resolve, 5)) // aws:TokenIssueTime is compared to the millisecond
    await revokeRoleSessions(t.root, { RoleName: 'ReadOnly' })
    const revoked = await consoleCaller(session.id)
    const error = await iamErrorOf(listUsers(revoked, {}))
    expect(error.code).toBe('AccessDenied')
    expect(error.message).toContain(`User: arn:aws:sts::${t.accountId}:assumed-role/ReadOnly/alice is not authorized to perform: iam:ListUsers`)
    expect(error.message).toContain('with an explicit deny in an identity-based policy')
    await new Promise((resolve) => setTimeout(resolve, 5))
    await switchRole((await findActiveConsoleSession(t.db.prisma, session.id, new Date()))!, { account: t.accountId, roleName: 'ReadOnly' })
    expect((await listUsers(await consoleCaller(session.id), {})).users.length).toBeGreaterThan(0)
  })

  test("the roles list's Last activity comes from the switch (RoleLastUsed)", async () => {
    const session = await sessionOf('bob')
    await switchRole(session, { account: t.accountId, roleName: 'OnlyBob' })
    const roles = (await listRoles(t.root, {})).Roles
    const used = roles.find((r) => r.RoleName === 'OnlyBob')!.RoleLastUsed?.LastUsedDate
    expect(used).toBeDefined()
    expect(relativeTimeText(used!, new Date())).toBe('Now')
    expect(relativeTimeText(used!, new Date(Date.parse(used!) + 5 * 60_000))).toBe('5 minutes ago')
    expect(roles.find((r) => r.RoleName === 'Operator')!.RoleLastUsed?.LastUsedDate).toBeDefined()
  })
})

describe('the role history cookie is client input: only what the console wrote is read back', () => {
  const OWNER = 'AIDAEXAMPLEOWNER0001'
  const role = (n: number): RecentRole => ({ account: '123456789012', roleName: `Role${n}`, displayName: `Role ${n}`, color: 'blue' })
  const encode = (value: unknown) => Buffer.from(JSON.stringify(value), 'utf8').toString('base64url')
  const cases: { name: string; cookie: () => string | undefined; owner?: string; expected: RecentRole[] }[] = [
    { name: 'what recentRolesCookieValue wrote', cookie: () => recentRolesCookieValue([role(1), role(2)], OWNER), expected: [role(1), role(2)] },
    { name: 'no cookie', cookie: () => undefined, expected: [] },
    { name: "another user's history", cookie: () => recentRolesCookieValue([role(1)], 'AIDAEXAMPLEOTHER0002'), expected: [] },
    { name: 'not base64url', cookie: () => '{"v":1}', expected: [] },
    { name: 'base64url of something that is not JSON', cookie: () => Buffer.from('not json').toString('base64url'), expected: [] },
    { name: 'over the size limit, unread', cookie: () => 'A'.repeat(MAX_RECENT_ROLES_COOKIE_LENGTH + 1), expected: [] },
    { name: 'more than five roles', cookie: () => encode({ v: 1, owner: OWNER, roles: [1, 2, 3, 4, 5, 6].map(role) }), expected: [] },
    { name: 'an unknown member', cookie: () => encode({ v: 1, owner: OWNER, roles: [{ ...role(1), admin: true }] }), expected: [] },
    { name: 'a colour that is not a choice', cookie: () => encode({ v: 1, owner: OWNER, roles: [{ ...role(1), color: 'url(javascript:x)' }] }), expected: [] },
    { name: 'a role name with characters IAM does not allow', cookie: () => encode({ v: 1, owner: OWNER, roles: [{ ...role(1), roleName: '<script>' }] }), expected: [] },
    { name: 'a display name over 64 characters', cookie: () => encode({ v: 1, owner: OWNER, roles: [{ ...role(1), displayName: 'x'.repeat(65) }] }), expected: [] },
    { name: 'another version', cookie: () => encode({ v: 2, owner: OWNER, roles: [role(1)] }), expected: [] },
  ]
  for (const c of cases) test(c.name, () => expect(parseRecentRoles(c.cookie(), c.owner ?? OWNER)).toEqual(c.expected))

  test('the newest switch comes first, once per account and role in any case, five at most, and the longest history fits the limit', () => {
    let history: RecentRole[] = []
    for (let n = 1; n <= 7; n++) history = withRecentRole(history, role(n))
    expect(history.map((r) => r.roleName)).toEqual(['Role7', 'Role6', 'Role5', 'Role4', 'Role3'])
    history = withRecentRole(history, { ...role(5), roleName: 'ROLE5', color: 'red' })
    expect(history.map((r) => r.roleName)).toEqual(['ROLE5', 'Role7', 'Role6', 'Role4', 'Role3'])
    const longest = Array.from({ length: MAX_RECENT_ROLES }, (_, n) => ({
      account: `${'a'.repeat(62)}${n}`, roleName: `${'r'.repeat(63)}${n}`, displayName: `${'€'.repeat(63)}${n}`, color: 'yellow' as const,
    }))
    const value = recentRolesCookieValue(longest, OWNER)
    expect(value.length).toBeLessThanOrEqual(MAX_RECENT_ROLES_COOKIE_LENGTH)
    expect(parseRecentRoles(value, OWNER)).toEqual(longest)
  })
})
