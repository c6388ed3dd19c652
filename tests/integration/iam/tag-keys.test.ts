// Tag keys of users, roles and customer managed policies are unique regardless of letter
// case, and the key keeps the case it was first written in (IAM User Guide, "Tagging IAM
// resources": tagging Department=finance, then department=hr, leaves one tag,
// Department=hr). Condition keys, the tag key in aws:PrincipalTag/... and
// aws:ResourceTag/... included, are looked up in any case; tag values are compared as
// written.
import { afterAll, beforeAll, describe, expect, test } from 'vitest'
import {
  createPolicy, createRole, createUser, getRole, getUser, listPolicyTags, listRoleTags, listUserTags, putUserPolicy, tagPolicy, tagRole,
  tagUser, untagPolicy, untagRole, untagUser,
} from '@/lib/iam'
import { doc, iamErrorOf, setUpIamTest, type IamTestContext } from './iam-test-setup'

let t: IamTestContext
beforeAll(async () => {
  t = await setUpIamTest()
  await createUser(t.root, { UserName: 'tag-target', Tags: [{ Key: 'Team', Value: 'red' }] })
  await createRole(t.root, { RoleName: 'tag-target', AssumeRolePolicyDocument: doc({ Effect: 'Allow', Principal: { Service: 'ec2.amazonaws.com' }, Action: 'sts:AssumeRole' }), Tags: [{ Key: 'Team', Value: 'red' }] })
  await createPolicy(t.root, { PolicyName: 'tag-target', PolicyDocument: doc({ Effect: 'Allow', Action: 'iam:GetUser', Resource: '*' }), Tags: [{ Key: 'Team', Value: 'red' }] })
})
afterAll(() => t.cleanup())

const policyArn = () => `arn:aws:iam::${t.accountId}:policy/tag-target`

const owners = [
  { kind: 'user',
    tag: (key: string, value: string) => tagUser(t.root, { UserName: 'tag-target', Tags: [{ Key: key, Value: value }] }),
    untag: (key: string) => untagUser(t.root, { UserName: 'tag-target', TagKeys: [key] }),
    list: async () => (await listUserTags(t.root, { UserName: 'tag-target' })).Tags },
  { kind: 'role',
    tag: (key: string, value: string) => tagRole(t.root, { RoleName: 'tag-target', Tags: [{ Key: key, Value: value }] }),
    untag: (key: string) => untagRole(t.root, { RoleName: 'tag-target', TagKeys: [key] }),
    list: async () => (await listRoleTags(t.root, { RoleName: 'tag-target' })).Tags },
  { kind: 'policy',
    tag: (key: string, value: string) => tagPolicy(t.root, { PolicyArn: policyArn(), Tags: [{ Key: key, Value: value }] }),
    untag: (key: string) => untagPolicy(t.root, { PolicyArn: policyArn(), TagKeys: [key] }),
    list: async () => (await listPolicyTags(t.root, { PolicyArn: policyArn() })).Tags },
]

// In order: each step starts from the tags the previous one left (Team=red at first).
const steps = [
  { name: 'tagging "team" replaces the value of "Team" and keeps "Team"', act: 'tag', key: 'team', value: 'blue', tags: [{ Key: 'Team', Value: 'blue' }] },
  { name: 'tagging "TEAM" does the same', act: 'tag', key: 'TEAM', value: 'green', tags: [{ Key: 'Team', Value: 'green' }] },
  { name: 'a key that differs in more than case is another tag', act: 'tag', key: 'Teams', value: 'all', tags: [{ Key: 'Team', Value: 'green' }, { Key: 'Teams', Value: 'all' }] },
  { name: 'untagging "tEaM" removes "Team"', act: 'untag', key: 'tEaM', tags: [{ Key: 'Teams', Value: 'all' }] },
  { name: 'tagging "team" again now writes it as "team"', act: 'tag', key: 'team', value: 'red', tags: [{ Key: 'Teams', Value: 'all' }, { Key: 'team', Value: 'red' }] },
] as const

for (const owner of owners) {
  describe(`tag keys of a ${owner.kind}`, () => {
    for (const step of steps) {
      test(step.name, async () => {
        if (step.act === 'tag') await owner.tag(step.key, step.value)
        else await owner.untag(step.key)
        const tags = await owner.list()
        expect([...tags].sort((a, b) => (a.Key < b.Key ? -1 : 1))).toEqual(step.tags)
      })
    }
    test('one request naming a key twice in different cases is refused, and changes nothing', async () => {
      const before = await owner.list()
      const error = await iamErrorOf(
        owner.kind === 'user' ? tagUser(t.root, { UserName: 'tag-target', Tags: [{ Key: 'Env', Value: 'a' }, { Key: 'env', Value: 'b' }] })
        : owner.kind === 'role' ? tagRole(t.root, { RoleName: 'tag-target', Tags: [{ Key: 'Env', Value: 'a' }, { Key: 'env', Value: 'b' }] })
        : tagPolicy(t.root, { PolicyArn: policyArn(), Tags: [{ Key: 'Env', Value: 'a' }, { Key: 'env', Value: 'b' }] }),
      )
      expect(error).toMatchObject({ code: 'InvalidInput', message: 'Duplicate tag keys found. Please note that Tag keys are case insensitive.' })
      expect(await owner.list()).toEqual(before)
    })
  })
}

describe('conditions find tag keys in any case', () => {
  // The principal is tagged Project=Apollo, the target user and role Stage=Prod.
  beforeAll(async () => {
    await createUser(t.root, { UserName: 'tagged-caller', Tags: [{ Key: 'Project', Value: 'Apollo' }] })
    await createUser(t.root, { UserName: 'tagged-user', Tags: [{ Key: 'Stage', Value: 'Prod' }] })
    await createRole(t.root, { RoleName: 'tagged-role', AssumeRolePolicyDocument: doc({ Effect: 'Allow', Principal: { Service: 'ec2.amazonaws.com' }, Action: 'sts:AssumeRole' }), Tags: [{ Key: 'Stage', Value: 'Prod' }] })
  })
  const cases = [
    { name: 'aws:PrincipalTag/project, as the tag is not spelled', condition: { 'aws:PrincipalTag/project': 'Apollo' }, allowed: true },
    { name: 'AWS:PRINCIPALTAG/PROJECT', condition: { 'AWS:PRINCIPALTAG/PROJECT': 'Apollo' }, allowed: true },
    { name: 'aws:PrincipalTag/Project with the value in another case', condition: { 'aws:PrincipalTag/Project': 'apollo' }, allowed: false },
    { name: 'aws:ResourceTag/stage', condition: { 'aws:ResourceTag/stage': 'Prod' }, allowed: true },
    { name: 'Aws:ResourceTag/STAGE', condition: { 'Aws:ResourceTag/STAGE': 'Prod' }, allowed: true },
    { name: 'iam:resourcetag/stage', condition: { 'iam:resourcetag/stage': 'Prod' }, allowed: true },
    { name: 'aws:ResourceTag/Stage with the value in another case', condition: { 'aws:ResourceTag/Stage': 'prod' }, allowed: false },
  ]
  cases.forEach((c, i) => {
    test(`${c.name}: GetUser and GetRole ${c.allowed ? 'allowed' : 'denied'}`, async () => {
      await putUserPolicy(t.root, { UserName: 'tagged-caller', PolicyName: 'ByTag', PolicyDocument: doc({
        Sid: `Case${i}`, Effect: 'Allow', Action: ['iam:GetUser', 'iam:GetRole'], Resource: '*', Condition: { StringEquals: c.condition },
      }) })
      const caller = await t.asUser('tagged-caller')
      for (const call of [() => getUser(caller, { UserName: 'tagged-user' }), () => getRole(caller, { RoleName: 'tagged-role' })]) {
        if (c.allowed) await expect(call()).resolves.toBeDefined()
        else expect((await iamErrorOf(call())).code).toBe('AccessDenied')
      }
    })
  })
})
