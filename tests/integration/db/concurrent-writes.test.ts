// Quotas and name uniqueness under conflicting concurrent writes, through the real
// lib/iam operations, on SQLite and (TEST_DATABASE_URL) PostgreSQL. Each rule fires 200
// calls at once that compete for the same limit; afterwards the limit holds, nothing is
// duplicated, and nothing is lost: every call either succeeded and its write is in the
// database, or was refused with the error AWS gives (LimitExceeded, EntityAlreadyExists).
// A count-then-insert in READ COMMITTED lets several calls pass the count together; an
// unguarded SQLite writer would fail with SQLITE_BUSY or a transaction timeout instead
// of waiting its turn. Both show up here as extra rows or as unexpected errors.
import { afterAll, beforeAll, describe, expect, test } from 'vitest'
import {
  addUserToGroup, attachGroupPolicy, attachRolePolicy, attachUserPolicy, createAccessKey, createGroup, createPolicy, createPolicyVersion,
  createRole, createUser, tagPolicy, tagRole, tagUser,
} from '@/lib/iam'
import { MAX_ACCESS_KEYS_PER_USER } from '@/lib/iam/access-keys/create-access-key'
import { MAX_ATTACHED_POLICIES } from '@/lib/iam/attached-policies'
import { MAX_GROUPS_PER_USER } from '@/lib/iam/groups/add-user-to-group'
import { IamError } from '@/lib/iam/errors'
import { MAX_POLICY_VERSIONS } from '@/lib/iam/policies/create-policy-version'
import { MAX_TAGS_PER_RESOURCE } from '@/lib/iam/tags/tag-list'
import { doc, setUpIamTest, type IamTestContext } from '../iam/iam-test-setup'

const CALLS = 200

let t: IamTestContext
beforeAll(async () => {
  t = await setUpIamTest()
})
afterAll(() => t.cleanup())
const root = () => t.root
const allow = (action: string) => doc({ Effect: 'Allow', Action: action, Resource: '*' })
const trust = doc({ Effect: 'Allow', Principal: { Service: 'ec2.amazonaws.com' }, Action: 'sts:AssumeRole' })

/** `name` in its i-th letter-case variant (bit j of i upper-cases letter j). */
function caseVariant(name: string, i: number): string {
  return [...name].map((c, j) => ((i >> j) & 1 ? c.toUpperCase() : c.toLowerCase())).join('')
}

/**
 * Runs `calls` all at once: which succeeded (index and value) and the refusals' error
 * codes (an unexpected failure shows as its cause, so the test names it).
 */
async function race<T>(calls: (() => Promise<T>)[]): Promise<{ succeeded: T[]; indexes: number[]; refused: string[] }> {
  const outcomes = await Promise.allSettled(calls.map((call) => call()))
  const succeeded: T[] = []
  const indexes: number[] = []
  const refused: string[] = []
  outcomes.forEach((o, i) => {
    if (o.status === 'fulfilled') {
      succeeded.push(o.value)
      indexes.push(i)
    } else if (o.reason instanceof IamError && o.reason.code !== 'ServiceFailure') refused.push(o.reason.code)
    else refused.push(`unexpected: ${String((o.reason as IamError).cause ?? o.reason)}`)
  })
  return { succeeded, indexes, refused }
}

const times = <T>(n: number, make: (i: number) => T): T[] => Array.from({ length: n }, (_, i) => make(i))

async function awsManagedPolicyArns(n: number): Promise<string[]> {
  const rows = await t.db.prisma.managedPolicy.findMany({ where: { accountId: null, isAttachable: true }, orderBy: { name: 'asc' }, take: n, select: { arn: true } })
  expect(rows).toHaveLength(n)
  return rows.map((r) => r.arn)
}

describe(`${CALLS} concurrent calls competing for one quota`, () => {
  test(`CreateAccessKey for one user: ${MAX_ACCESS_KEYS_PER_USER} keys, the rest LimitExceeded`, async () => {
    await createUser(root(), { UserName: 'keyholder' })
    const { succeeded, refused } = await race(times(CALLS, () => () => createAccessKey(root(), { UserName: 'keyholder' })))
    expect(succeeded).toHaveLength(MAX_ACCESS_KEYS_PER_USER)
    expect(refused).toEqual(times(CALLS - MAX_ACCESS_KEYS_PER_USER, () => 'LimitExceeded'))
    const stored = await t.db.prisma.accessKey.findMany({ where: { user: { name: 'keyholder' } }, select: { id: true } })
    expect(stored.map((k) => k.id).sort()).toEqual(succeeded.map((r) => r.AccessKey.AccessKeyId).sort())
  })

  const attachCases = [
    { kind: 'user', create: () => createUser(root(), { UserName: 'attached-user' }), attach: (arn: string) => attachUserPolicy(root(), { UserName: 'attached-user', PolicyArn: arn }),
      stored: () => t.db.prisma.userPolicyAttachment.findMany({ where: { user: { name: 'attached-user' } }, select: { policy: { select: { arn: true } } } }) },
    { kind: 'group', create: () => createGroup(root(), { GroupName: 'attached-group' }), attach: (arn: string) => attachGroupPolicy(root(), { GroupName: 'attached-group', PolicyArn: arn }),
      stored: () => t.db.prisma.groupPolicyAttachment.findMany({ where: { group: { name: 'attached-group' } }, select: { policy: { select: { arn: true } } } }) },
    { kind: 'role', create: () => createRole(root(), { RoleName: 'attached-role', AssumeRolePolicyDocument: trust }), attach: (arn: string) => attachRolePolicy(root(), { RoleName: 'attached-role', PolicyArn: arn }),
      stored: () => t.db.prisma.rolePolicyAttachment.findMany({ where: { role: { name: 'attached-role' } }, select: { policy: { select: { arn: true } } } }) },
  ]
  for (const c of attachCases) {
    test(`Attach${c.kind[0]!.toUpperCase()}${c.kind.slice(1)}Policy of ${CALLS} different policies to one ${c.kind}: ${MAX_ATTACHED_POLICIES} attached, the rest LimitExceeded`, async () => {
      await c.create()
      const arns = await awsManagedPolicyArns(CALLS)
      const { indexes, refused } = await race(arns.map((arn) => () => c.attach(arn)))
      const attached = indexes.map((i) => arns[i]!)
      expect(attached).toHaveLength(MAX_ATTACHED_POLICIES)
      expect(refused).toEqual(times(CALLS - MAX_ATTACHED_POLICIES, () => 'LimitExceeded'))
      expect((await c.stored()).map((a) => a.policy.arn).sort()).toEqual(attached.sort())
    })
  }

  test(`AddUserToGroup of one user to ${CALLS} different groups: ${MAX_GROUPS_PER_USER} memberships, the rest LimitExceeded`, async () => {
    await createUser(root(), { UserName: 'member' })
    const groups = times(CALLS, (i) => `member-group-${i}`)
    for (const name of groups) await createGroup(root(), { GroupName: name })
    const { indexes, refused } = await race(groups.map((name) => () => addUserToGroup(root(), { GroupName: name, UserName: 'member' })))
    expect(indexes).toHaveLength(MAX_GROUPS_PER_USER)
    expect(refused).toEqual(times(CALLS - MAX_GROUPS_PER_USER, () => 'LimitExceeded'))
    const stored = await t.db.prisma.groupMembership.findMany({ where: { user: { name: 'member' } }, select: { group: { select: { name: true } } } })
    expect(stored.map((m) => m.group.name).sort()).toEqual(indexes.map((i) => groups[i]!).sort())
  })

  test(`CreatePolicyVersion of one policy: ${MAX_POLICY_VERSIONS} versions with distinct ids, the rest LimitExceeded`, async () => {
    const { Policy } = await createPolicy(root(), { PolicyName: 'Versioned', PolicyDocument: allow('iam:GetUser') })
    const { succeeded, refused } = await race(times(CALLS, (i) => () => createPolicyVersion(root(), { PolicyArn: Policy.Arn, PolicyDocument: allow(`iam:List${i}`), SetAsDefault: i % 2 === 0 })))
    expect(succeeded).toHaveLength(MAX_POLICY_VERSIONS - 1)
    expect(refused).toEqual(times(CALLS - MAX_POLICY_VERSIONS + 1, () => 'LimitExceeded'))
    const stored = await t.db.prisma.policyVersion.findMany({ where: { policyId: Policy.PolicyId }, orderBy: { createdAt: 'asc' } })
    expect(stored.map((v) => v.versionId).sort()).toEqual(['v1', ...succeeded.map((r) => r.PolicyVersion.VersionId)].sort())
    expect(new Set(stored.map((v) => v.versionId)).size).toBe(MAX_POLICY_VERSIONS)
    // Exactly one default version, and the policy names it.
    const policy = await t.db.prisma.managedPolicy.findUniqueOrThrow({ where: { id: Policy.PolicyId } })
    expect(stored.filter((v) => v.isDefault).map((v) => v.versionId)).toEqual([policy.defaultVersionId])
  })

  const taggables = [
    { kind: 'user', create: () => createUser(root(), { UserName: 'tagged-user' }), tag: (key: string) => tagUser(root(), { UserName: 'tagged-user', Tags: [{ Key: key, Value: key }] }),
      stored: () => t.db.prisma.tag.findMany({ where: { user: { name: 'tagged-user' } } }) },
    { kind: 'role', create: () => createRole(root(), { RoleName: 'tagged-role', AssumeRolePolicyDocument: trust }), tag: (key: string) => tagRole(root(), { RoleName: 'tagged-role', Tags: [{ Key: key, Value: key }] }),
      stored: () => t.db.prisma.tag.findMany({ where: { role: { name: 'tagged-role' } } }) },
    { kind: 'policy', create: () => createPolicy(root(), { PolicyName: 'TaggedPolicy', PolicyDocument: allow('iam:GetUser') }),
      tag: (key: string) => tagPolicy(root(), { PolicyArn: `arn:aws:iam::${t.accountId}:policy/TaggedPolicy`, Tags: [{ Key: key, Value: key }] }),
      stored: () => t.db.prisma.tag.findMany({ where: { policy: { name: 'TaggedPolicy' } } }) },
  ]
  for (const c of taggables) {
    test(`Tag a ${c.kind} with ${CALLS} different keys: ${MAX_TAGS_PER_RESOURCE} tags, the rest LimitExceeded`, async () => {
      await c.create()
      const keys = times(CALLS, (i) => `key-${i}`)
      const { indexes, refused } = await race(keys.map((key) => () => c.tag(key)))
      const tagged = indexes.map((i) => keys[i]!)
      expect(tagged).toHaveLength(MAX_TAGS_PER_RESOURCE)
      expect(refused).toEqual(times(CALLS - MAX_TAGS_PER_RESOURCE, () => 'LimitExceeded'))
      expect((await c.stored()).map((tag) => tag.key).sort()).toEqual(tagged.sort())
    })
  }

  test(`TagUser with one key in ${CALLS} letter cases: one tag, keeping one of the spellings, all calls succeed`, async () => {
    await createUser(root(), { UserName: 'one-key' })
    const { succeeded, refused } = await race(times(CALLS, (i) => () => tagUser(root(), { UserName: 'one-key', Tags: [{ Key: caseVariant('department', i), Value: `v${i}` }] })))
    expect(refused).toEqual([])
    expect(succeeded).toHaveLength(CALLS)
    const stored = await t.db.prisma.tag.findMany({ where: { user: { name: 'one-key' } } })
    expect(stored).toHaveLength(1)
    expect(stored[0]!.key.toLowerCase()).toBe('department')
  })
})

describe(`${CALLS} concurrent creates of one name in different letter cases`, () => {
  const creates: { kind: string; create: (name: string) => Promise<unknown>; stored: () => Promise<{ name: string }[]> }[] = [
    { kind: 'user', create: (name: string) => createUser(root(), { UserName: name }), stored: () => t.db.prisma.user.findMany({ where: { nameKey: 'contested' } }) },
    { kind: 'group', create: (name: string) => createGroup(root(), { GroupName: name }), stored: () => t.db.prisma.group.findMany({ where: { nameKey: 'contested' } }) },
    { kind: 'role', create: (name: string) => createRole(root(), { RoleName: name, AssumeRolePolicyDocument: trust }), stored: () => t.db.prisma.role.findMany({ where: { nameKey: 'contested' } }) },
    { kind: 'policy', create: (name: string) => createPolicy(root(), { PolicyName: name, PolicyDocument: allow('iam:GetUser') }),
      stored: () => t.db.prisma.managedPolicy.findMany({ where: { accountId: t.accountId, nameKey: 'contested' } }) },
  ]
  for (const c of creates) {
    test(`Create a ${c.kind}: one is created, the rest EntityAlreadyExists`, async () => {
      const names = times(CALLS, (i) => caseVariant('contested', i))
      expect(new Set(names).size).toBe(CALLS)
      const { indexes, refused } = await race(names.map((name) => () => c.create(name)))
      const created = indexes.map((i) => names[i]!)
      expect(created).toHaveLength(1)
      expect(refused).toEqual(times(CALLS - 1, () => 'EntityAlreadyExists'))
      expect((await c.stored()).map((row) => row.name)).toEqual(created)
    })
  }
})
