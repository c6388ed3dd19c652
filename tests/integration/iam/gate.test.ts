// The gate end to end: AWS's AccessDenied wording for each way a request is denied, the
// request context the policies see, and changes taking effect on the very next request.
import { afterAll, beforeAll, describe, expect, test } from 'vitest'
import {
  addUserToGroup, attachGroupPolicy, attachUserPolicy, createLoginProfile, createPolicy, createPolicyVersion, createUser, deletePolicy, deleteUser,
  createGroup, deleteGroupPolicy, detachUserPolicy, getUser, listPolicies, listUsers, putGroupPolicy,
  setDefaultPolicyVersion, putUserPermissionsBoundary, putUserPolicy, removeUserFromGroup, tagUser,
} from '@/lib/iam'
import { deleteUserWithDependents } from '@/lib/console/delete-user'
import { authorize, gateCallCount } from '@/lib/iam/gate'
import { doc, iamErrorOf, setUpIamTest, type IamTestContext } from './iam-test-setup'

let t: IamTestContext
let n = 0
/** A fresh user without policies, and a caller for it. */
async function newPrincipal(prefix = 'dave') {
  const name = `${prefix}${++n}`
  await createUser(t.root, { UserName: name })
  return { name, caller: await t.asUser(name) }
}
const arn = (kind: string, name: string) => `arn:aws:iam::${t.accountId}:${kind}/${name}`
const AWS = (name: string) => `arn:aws:iam::aws:policy/${name}`

beforeAll(async () => {
  t = await setUpIamTest()
})
afterAll(() => t.cleanup())

describe('AccessDenied reads as AWS words it', () => {
  const cases: { name: string; setUp: (user: string) => Promise<void>; reason: (action: string) => string }[] = [
    {
      name: 'no policy at all: no identity-based policy allows',
      setUp: async () => {},
      reason: (a) => `because no identity-based policy allows the ${a} action`,
    },
    {
      name: 'a Deny in an inline policy: explicit deny in an identity-based policy',
      setUp: async (user) => {
        await putUserPolicy(t.root, { UserName: user, PolicyName: 'AllowAllButCreateUser', PolicyDocument: doc(
          { Effect: 'Allow', Action: 'iam:*', Resource: '*' },
          { Sid: 'NoNewUsers', Effect: 'Deny', Action: 'iam:CreateUser', Resource: '*' },
        ) })
      },
      reason: () => 'with an explicit deny in an identity-based policy',
    },
    {
      name: 'AdministratorAccess within an IAMReadOnlyAccess boundary: no permissions boundary allows',
      setUp: async (user) => {
        await attachUserPolicy(t.root, { UserName: user, PolicyArn: AWS('AdministratorAccess') })
        await putUserPermissionsBoundary(t.root, { UserName: user, PermissionsBoundary: AWS('IAMReadOnlyAccess') })
      },
      reason: (a) => `because no permissions boundary allows the ${a} action`,
    },
    {
      name: 'a Deny in the boundary: explicit deny in a permissions boundary',
      setUp: async (user) => {
        const { Policy } = await createPolicy(t.root, { PolicyName: `Boundary-${user}`, PolicyDocument: doc(
          { Effect: 'Allow', Action: '*', Resource: '*' },
          { Effect: 'Deny', Action: 'iam:CreateUser', Resource: '*' },
        ) })
        await attachUserPolicy(t.root, { UserName: user, PolicyArn: AWS('AdministratorAccess') })
        await putUserPermissionsBoundary(t.root, { UserName: user, PermissionsBoundary: Policy.Arn })
      },
      reason: () => 'with an explicit deny in a permissions boundary',
    },
  ]
  for (const c of cases) {
    test(c.name, async () => {
      const { name, caller } = await newPrincipal()
      await c.setUp(name)
      const error = await iamErrorOf(createUser(caller, { UserName: `erin-${name}` }))
      expect(error.code).toBe('AccessDenied')
      expect(error.status).toBe(403)
      expect(error.message).toBe(
        `User: ${arn('user', name)} is not authorized to perform: iam:CreateUser on resource: ${arn('user', `erin-${name}`)} ${c.reason('iam:CreateUser')}`,
      )
      expect(await t.db.prisma.user.count({ where: { name: `erin-${name}` } })).toBe(0)
    })
  }

  test('an explicit deny carries the deciding policy and statement for the console', async () => {
    const { name, caller } = await newPrincipal()
    await putUserPolicy(t.root, { UserName: name, PolicyName: 'NoNewUsers', PolicyDocument: doc(
      { Effect: 'Allow', Action: 'iam:*', Resource: '*' },
      { Sid: 'DenyCreateUser', Effect: 'Deny', Action: 'iam:CreateUser', Resource: '*' },
    ) })
    const error = await iamErrorOf(createUser(caller, { UserName: `x-${name}` }))
    expect(error.evaluation?.decision).toBe('explicitDeny')
    expect(error.evaluation?.decidingPolicyType).toBe('identity')
    expect(error.evaluation?.matchedStatements).toContainEqual(
      expect.objectContaining({ policyName: 'NoNewUsers', sid: 'DenyCreateUser', effect: 'Deny', statementIndex: 1 }),
    )
  })

  test("another account's resource: no resource-based policy allows", async () => {
    const alice = await t.asUser('alice') // Admins: AdministratorAccess
    const error = await iamErrorOf(authorize(alice, 'iam:GetUser', 'arn:aws:iam::999999999999:user/mallory'))
    expect(error.message).toBe(
      `User: ${alice.arn} is not authorized to perform: iam:GetUser on resource: arn:aws:iam::999999999999:user/mallory because no resource-based policy allows the iam:GetUser action`,
    )
    await expect(authorize(t.root, 'iam:GetUser', 'arn:aws:iam::999999999999:user/mallory')).rejects.toThrow(/no resource-based policy/)
  })

  test('root is allowed everything in its own account', async () => {
    await expect(authorize(t.root, 'iam:DeleteAccountAlias', '*')).resolves.toMatchObject({ decision: 'allowed' })
  })
})

describe('a change takes effect on the very next request', () => {
  test('attach, then detach, a managed policy', async () => {
    const { name, caller } = await newPrincipal()
    expect((await iamErrorOf(listPolicies(caller, { Scope: 'Local' }))).code).toBe('AccessDenied')
    await attachUserPolicy(t.root, { UserName: name, PolicyArn: AWS('IAMReadOnlyAccess') })
    await expect(listPolicies(caller, { Scope: 'Local' })).resolves.toHaveProperty('Policies')
    await detachUserPolicy(t.root, { UserName: name, PolicyArn: AWS('IAMReadOnlyAccess') })
    expect((await iamErrorOf(listPolicies(caller, { Scope: 'Local' }))).code).toBe('AccessDenied')
  })

  test('join, then leave, a group', async () => {
    const { name, caller } = await newPrincipal()
    await addUserToGroup(t.root, { GroupName: 'Auditors', UserName: name })
    await expect(getUser(caller, { UserName: 'alice' })).resolves.toHaveProperty('User.UserName', 'alice')
    await removeUserFromGroup(t.root, { GroupName: 'Auditors', UserName: name })
    expect((await iamErrorOf(getUser(caller, { UserName: 'alice' }))).code).toBe('AccessDenied')
  })

  test("a group's inline policy applies to its members, until it is deleted", async () => {
    const { name, caller } = await newPrincipal()
    await createGroup(t.root, { GroupName: `Readers-${name}` })
    await addUserToGroup(t.root, { GroupName: `Readers-${name}`, UserName: name })
    await putGroupPolicy(t.root, { GroupName: `Readers-${name}`, PolicyName: 'ReadUsers', PolicyDocument: doc({ Effect: 'Allow', Action: 'iam:GetUser', Resource: '*' }) })
    await expect(getUser(caller, { UserName: 'alice' })).resolves.toBeDefined()
    await deleteGroupPolicy(t.root, { GroupName: `Readers-${name}`, PolicyName: 'ReadUsers' })
    expect((await iamErrorOf(getUser(caller, { UserName: 'alice' }))).code).toBe('AccessDenied')
  })

  test('a deleted user\'s remaining session has no permissions', async () => {
    const { name, caller } = await newPrincipal()
    await attachUserPolicy(t.root, { UserName: name, PolicyArn: AWS('IAMReadOnlyAccess') })
    await expect(getUser(caller, { UserName: 'alice' })).resolves.toBeDefined()
    await deleteUserWithDependents(t.root, { UserName: name })
    expect((await iamErrorOf(getUser(caller, { UserName: 'alice' }))).message).toMatch(/because no identity-based policy allows the iam:GetUser action$/)
  })

  test('rewrite an inline policy twice in a row', async () => {
    const { name, caller } = await newPrincipal()
    const put = (effect: 'Allow' | 'Deny') =>
      putUserPolicy(t.root, { UserName: name, PolicyName: 'P', PolicyDocument: doc({ Effect: 'Allow', Action: 'iam:*', Resource: '*' }, { Effect: effect, Action: 'iam:GetUser', Resource: '*' }) })
    await put('Deny')
    expect((await iamErrorOf(getUser(caller, { UserName: 'alice' }))).message).toMatch(/explicit deny in an identity-based policy/)
    await put('Allow')
    await expect(getUser(caller, { UserName: 'alice' })).resolves.toBeDefined()
  })

  test('a new default version of an attached customer managed policy, then back', async () => {
    const { name, caller } = await newPrincipal()
    const { Policy } = await createPolicy(t.root, { PolicyName: `Versions-${name}`, PolicyDocument: doc({ Effect: 'Allow', Action: 'iam:GetUser', Resource: '*' }) })
    await attachUserPolicy(t.root, { UserName: name, PolicyArn: Policy.Arn })
    await expect(getUser(caller, { UserName: 'alice' })).resolves.toBeDefined()
    await createPolicyVersion(t.root, { PolicyArn: Policy.Arn, PolicyDocument: doc({ Effect: 'Allow', Action: 'iam:ListGroups', Resource: '*' }), SetAsDefault: true })
    expect((await iamErrorOf(getUser(caller, { UserName: 'alice' }))).code).toBe('AccessDenied')
    await setDefaultPolicyVersion(t.root, { PolicyArn: Policy.Arn, VersionId: 'v1' })
    await expect(getUser(caller, { UserName: 'alice' })).resolves.toBeDefined()
  })

  // Guards the compiled-policy cache key: a policy deleted and re-created under the same
  // ARN has a v1 again, with another document.
  test('a customer managed policy deleted and re-created under the same name', async () => {
    const { name, caller } = await newPrincipal()
    const policyName = `Recreated-${name}`
    const create = async (action: string) => {
      const { Policy } = await createPolicy(t.root, { PolicyName: policyName, PolicyDocument: doc({ Effect: 'Allow', Action: action, Resource: '*' }) })
      await attachUserPolicy(t.root, { UserName: name, PolicyArn: Policy.Arn })
      return Policy.Arn
    }
    const policyArn = await create('iam:GetUser')
    await expect(getUser(caller, { UserName: 'alice' })).resolves.toBeDefined()
    await detachUserPolicy(t.root, { UserName: name, PolicyArn: policyArn })
    await deletePolicy(t.root, { PolicyArn: policyArn })
    expect(await create('iam:ListGroups')).toBe(policyArn)
    expect((await iamErrorOf(getUser(caller, { UserName: 'alice' }))).code).toBe('AccessDenied')
  })

  test("tag the principal: a policy on aws:PrincipalTag sees the new tag", async () => {
    const { name, caller } = await newPrincipal()
    await putUserPolicy(t.root, { UserName: name, PolicyName: 'ByTeam', PolicyDocument: doc({
      Effect: 'Allow', Action: 'iam:GetUser', Resource: '*', Condition: { StringEquals: { 'aws:PrincipalTag/team': 'blue' } },
    }) })
    expect((await iamErrorOf(getUser(caller, { UserName: 'alice' }))).code).toBe('AccessDenied')
    await tagUser(t.root, { UserName: name, Tags: [{ Key: 'team', Value: 'blue' }] })
    await expect(getUser(caller, { UserName: 'alice' })).resolves.toBeDefined()
  })
})

describe('policies see the request context AWS fills', () => {
  test('a Deny on DeleteUser for users tagged protected=true, attached to Admins', async () => {
    const { Policy } = await createPolicy(t.root, { PolicyName: 'ProtectTaggedUsers', PolicyDocument: doc({
      Sid: 'DenyDeletingProtectedUsers', Effect: 'Deny', Action: 'iam:DeleteUser', Resource: '*',
      Condition: { StringEquals: { 'aws:ResourceTag/protected': 'true' } },
    }) })
    await attachGroupPolicy(t.root, { GroupName: 'Admins', PolicyArn: Policy.Arn })
    await createUser(t.root, { UserName: 'guarded', Tags: [{ Key: 'protected', Value: 'true' }] })
    await createUser(t.root, { UserName: 'plain' })
    const alice = await t.asUser('alice')
    const error = await iamErrorOf(deleteUser(alice, { UserName: 'guarded' }))
    expect(error.message).toBe(
      `User: ${alice.arn} is not authorized to perform: iam:DeleteUser on resource: ${arn('user', 'guarded')} with an explicit deny in an identity-based policy`,
    )
    // Explained in full: the deny that decided, beside the administrator's Allow it overrode.
    expect(error.evaluation?.matchedStatements.filter((s) => s.effect === 'Deny')).toEqual([expect.objectContaining({ policyName: Policy.Arn, sid: 'DenyDeletingProtectedUsers' })])
    expect(error.evaluation?.matchedStatements.filter((s) => s.effect === 'Allow')).toEqual([expect.objectContaining({ policyName: 'arn:aws:iam::aws:policy/AdministratorAccess' })])
    await expect(deleteUser(alice, { UserName: 'plain' })).resolves.toEqual({})
    expect(await t.db.prisma.user.count({ where: { name: 'guarded' } })).toBe(1)
  })

  // Guards a data-loss bug: the console's Delete user removed the password, policies and
  // groups first and only then met the deny on DeleteUser.
  test('Delete user (with dependents) on a user the caller may not delete removes nothing', async () => {
    const { name, caller } = await newPrincipal('keeper')
    await attachUserPolicy(t.root, { UserName: name, PolicyArn: AWS('IAMFullAccess') })
    await putUserPolicy(t.root, { UserName: name, PolicyName: 'KeepVips', PolicyDocument: doc({
      Sid: 'KeepVips', Effect: 'Deny', Action: 'iam:DeleteUser', Resource: '*', Condition: { StringEquals: { 'aws:ResourceTag/vip': 'true' } },
    }) })
    await createUser(t.root, { UserName: 'vip-val', Tags: [{ Key: 'vip', Value: 'true' }] })
    await createLoginProfile(t.root, { UserName: 'vip-val', Password: 'Vip-password-0001!' })
    await addUserToGroup(t.root, { GroupName: 'Auditors', UserName: 'vip-val' })
    await attachUserPolicy(t.root, { UserName: 'vip-val', PolicyArn: AWS('ReadOnlyAccess') })

    const error = await iamErrorOf(deleteUserWithDependents(caller, { UserName: 'vip-val' }))
    expect(error.message).toMatch(/iam:DeleteUser on resource: .*user\/vip-val with an explicit deny in an identity-based policy$/)
    const kept = await t.db.prisma.user.findFirstOrThrow({
      where: { name: 'vip-val' },
      select: { loginProfile: { select: { userId: true } }, _count: { select: { groups: true, attachedPolicies: true } } },
    })
    expect(kept).toMatchObject({ loginProfile: { userId: expect.any(String) }, _count: { groups: 1, attachedPolicies: 1 } })
    const denied = await t.db.prisma.auditEvent.findFirst({ where: { eventName: 'DeleteUser', errorCode: 'AccessDenied', resources: { contains: 'vip-val' } } })
    expect(denied).not.toBeNull()
  })

  test('an IAMReadOnlyAccess boundary on an admin limits it to reading', async () => {
    const { name, caller } = await newPrincipal('boundedadmin')
    await attachUserPolicy(t.root, { UserName: name, PolicyArn: AWS('AdministratorAccess') })
    await putUserPermissionsBoundary(t.root, { UserName: name, PermissionsBoundary: AWS('IAMReadOnlyAccess') })
    await expect(getUser(caller, { UserName: 'alice' })).resolves.toBeDefined()
    await expect(listPolicies(caller, { MaxItems: 5 })).resolves.toHaveProperty('Policies.length', 5)
    expect((await iamErrorOf(tagUser(caller, { UserName: 'alice', Tags: [{ Key: 'k', Value: 'v' }] }))).message).toMatch(/no permissions boundary allows the iam:TagUser action/)
  })

  test('${aws:username}: a user may read only itself', async () => {
    const { name, caller } = await newPrincipal()
    await putUserPolicy(t.root, { UserName: name, PolicyName: 'Self', PolicyDocument: doc({
      Effect: 'Allow', Action: 'iam:GetUser', Resource: 'arn:aws:iam::*:user/${aws:username}',
    }) })
    await expect(getUser(caller, {})).resolves.toHaveProperty('User.UserName', name)
    expect((await iamErrorOf(getUser(caller, { UserName: 'bob' }))).code).toBe('AccessDenied')
  })

  test('aws:RequestTag and aws:TagKeys: CreateUser only with a cost-center tag', async () => {
    const { name, caller } = await newPrincipal()
    await putUserPolicy(t.root, { UserName: name, PolicyName: 'TaggedOnly', PolicyDocument: doc({
      Effect: 'Allow', Action: 'iam:CreateUser', Resource: '*', Condition: { StringLike: { 'aws:RequestTag/cost-center': '*' } },
    }) })
    expect((await iamErrorOf(createUser(caller, { UserName: `${name}-a` }))).code).toBe('AccessDenied')
    await expect(createUser(caller, { UserName: `${name}-b`, Tags: [{ Key: 'cost-center', Value: '42' }] })).resolves.toHaveProperty('User')
  })

  test('iam:PolicyARN: may attach only ReadOnlyAccess', async () => {
    const { name, caller } = await newPrincipal()
    await putUserPolicy(t.root, { UserName: name, PolicyName: 'AttachReadOnly', PolicyDocument: doc({
      Effect: 'Allow', Action: 'iam:AttachUserPolicy', Resource: '*', Condition: { ArnEquals: { 'iam:PolicyARN': AWS('ReadOnlyAccess') } },
    }) })
    await expect(attachUserPolicy(caller, { UserName: 'bob', PolicyArn: AWS('ReadOnlyAccess') })).resolves.toEqual({})
    expect((await iamErrorOf(attachUserPolicy(caller, { UserName: 'bob', PolicyArn: AWS('AdministratorAccess') }))).code).toBe('AccessDenied')
  })

  test('aws:MultiFactorAuthPresent: present (false) for a console session without MFA, absent for access keys', async () => {
    const { name } = await newPrincipal()
    await putUserPolicy(t.root, { UserName: name, PolicyName: 'MfaOrKeys', PolicyDocument: doc(
      { Effect: 'Allow', Action: 'iam:GetUser', Resource: '*' },
      { Effect: 'Deny', Action: 'iam:GetUser', Resource: '*', Condition: { Bool: { 'aws:MultiFactorAuthPresent': 'false' } } },
    ) })
    const noMfaSession = await t.asUser(name, { sessionId: 's1' })
    const mfaSession = await t.asUser(name, { sessionId: 's2', mfaAuthenticatedAt: new Date() })
    const accessKeys = await t.asUser(name)
    expect((await iamErrorOf(getUser(noMfaSession, { UserName: 'alice' }))).message).toMatch(/explicit deny/)
    await expect(getUser(mfaSession, { UserName: 'alice' })).resolves.toBeDefined()
    await expect(getUser(accessKeys, { UserName: 'alice' })).resolves.toBeDefined()
  })

  test('aws:SourceIp from the request', async () => {
    const { name } = await newPrincipal()
    await putUserPolicy(t.root, { UserName: name, PolicyName: 'Office', PolicyDocument: doc({
      Effect: 'Allow', Action: 'iam:GetUser', Resource: '*', Condition: { IpAddress: { 'aws:SourceIp': '203.0.113.0/24' } },
    }) })
    await expect(getUser(await t.asUser(name, { request: { sourceIp: '203.0.113.9' } }), { UserName: 'alice' })).resolves.toBeDefined()
    expect((await iamErrorOf(getUser(await t.asUser(name, { request: { sourceIp: '198.51.100.1' } }), { UserName: 'alice' }))).code).toBe('AccessDenied')
  })
})

describe('the issue\'s story, below the console', () => {
  test('dave with IAMReadOnlyAccess reads, is denied CreateUser, then creates erin once alice attaches IAMFullAccess', async () => {
    const alice = await t.asUser('alice')
    await createUser(alice, { UserName: 'dave' })
    await attachUserPolicy(alice, { UserName: 'dave', PolicyArn: AWS('IAMReadOnlyAccess') })
    const dave = await t.asUser('dave', { sessionId: 'console' })
    await expect(listUsers(dave, {})).resolves.toHaveProperty('total')
    await expect(listPolicies(dave, { Scope: 'AWS', MaxItems: 10 })).resolves.toHaveProperty('Policies.length', 10)
    const denied = await iamErrorOf(createUser(dave, { UserName: 'erin' }))
    expect(denied.message).toBe(
      `User: ${arn('user', 'dave')} is not authorized to perform: iam:CreateUser on resource: ${arn('user', 'erin')} because no identity-based policy allows the iam:CreateUser action`,
    )
    await attachUserPolicy(alice, { UserName: 'dave', PolicyArn: AWS('IAMFullAccess') })
    await expect(createUser(dave, { UserName: 'erin' })).resolves.toHaveProperty('User.UserName', 'erin')
  })

  test('ListUsers is gated and audited too', async () => {
    const { caller } = await newPrincipal()
    const error = await iamErrorOf(listUsers(caller, {}))
    expect(error.message).toBe(`User: ${caller.arn} is not authorized to perform: iam:ListUsers on resource: arn:aws:iam::${t.accountId}:user/ because no identity-based policy allows the iam:ListUsers action`)
    const event = await t.db.prisma.auditEvent.findFirstOrThrow({ where: { eventName: 'ListUsers', errorCode: 'AccessDenied' }, orderBy: { eventTime: 'desc' } })
    expect(JSON.parse(event.userIdentity)).toMatchObject({ type: 'IAMUser', userName: caller.userName })
  })
})

describe('the event history', () => {
  test('a denial and an allowed call are both recorded in CloudTrail shape', async () => {
    const { name, caller } = await newPrincipal()
    const before = gateCallCount()
    await iamErrorOf(createUser({ ...caller, request: { sourceIp: '192.0.2.1', userAgent: 'vitest' } }, { UserName: `${name}-x` }))
    await getUser(t.root, { UserName: name })
    expect(gateCallCount() - before).toBe(2)
    const [allowed, denied] = await t.db.prisma.auditEvent.findMany({ where: { accountId: t.accountId }, orderBy: { eventTime: 'desc' }, take: 2 })
    expect(denied).toMatchObject({
      eventSource: 'iam.amazonaws.com', eventName: 'CreateUser', readOnly: false, errorCode: 'AccessDenied',
      sourceIPAddress: '192.0.2.1', userAgent: 'vitest',
    })
    expect(denied!.errorMessage).toMatch(/^User: .* is not authorized to perform: iam:CreateUser/)
    expect(JSON.parse(denied!.userIdentity)).toEqual({ type: 'IAMUser', principalId: caller.userId, arn: caller.arn, accountId: t.accountId, userName: name })
    expect(JSON.parse(denied!.requestParameters!)).toEqual({ userName: `${name}-x` })
    expect(allowed).toMatchObject({ eventName: 'GetUser', readOnly: true, errorCode: null })
    expect(JSON.parse(allowed!.userIdentity)).toMatchObject({ type: 'Root', accountId: t.accountId })
  })
})
