// PathPrefix in every listing that has it: IAM paths compare exactly, so neither case nor
// SQL LIKE's wildcards ("_", "%", both allowed in a path) may widen a listing.
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import {
  attachGroupPolicy, attachRolePolicy, attachUserPolicy, createGroup, createPolicy, createRole, createUser,
  listEntitiesForPolicy, listGroups, listPolicies, listRoles, listUsers,
} from '@/lib/iam'
import { listUsersQuery } from '@/lib/aws-api/list-users-query'
import { doc, setUpEmptyAccount, type EmptyAccountContext } from './iam-test-setup'

// Entity name suffix → path. Names differ from paths so that a match shows which row came back.
const PATHS = { a: '/eng/', b: '/eng/team/', c: '/Eng/', d: '/e_g/', e: '/e%/', f: '/' } as const
const TRUST = doc({ Effect: 'Allow', Principal: { Service: 'ec2.amazonaws.com' }, Action: 'sts:AssumeRole' })

let t: EmptyAccountContext
let sharedPolicyArn: string
beforeAll(async () => {
  t = await setUpEmptyAccount()
  const root = t.root
  sharedPolicyArn = (await createPolicy(root, { PolicyName: 'shared', PolicyDocument: doc({ Effect: 'Allow', Action: 'iam:GetUser', Resource: '*' }) })).Policy.Arn
  for (const [suffix, Path] of Object.entries(PATHS)) {
    await createUser(root, { UserName: `user-${suffix}`, Path })
    await createGroup(root, { GroupName: `group-${suffix}`, Path })
    await createRole(root, { RoleName: `role-${suffix}`, Path, AssumeRolePolicyDocument: TRUST })
    await createPolicy(root, { PolicyName: `policy-${suffix}`, Path, PolicyDocument: doc({ Effect: 'Allow', Action: 'iam:GetUser', Resource: '*' }) })
    await attachUserPolicy(root, { UserName: `user-${suffix}`, PolicyArn: sharedPolicyArn })
    await attachGroupPolicy(root, { GroupName: `group-${suffix}`, PolicyArn: sharedPolicyArn })
    await attachRolePolicy(root, { RoleName: `role-${suffix}`, PolicyArn: sharedPolicyArn })
  }
})
afterAll(() => t.cleanup())

/** The suffixes of the names a listing returned, sorted. */
const suffixes = (names: string[]) => names.map((n) => n.slice(n.indexOf('-') + 1)).sort()

const LISTINGS: { name: string; list: (pathPrefix: string) => Promise<string[]> }[] = [
  { name: 'ListUsers (console)', list: async (p) => (await listUsers(t.root, { pathPrefix: p, pageSize: 100 })).users.map((u) => u.userName) },
  { name: 'ListUsers (API)', list: async (p) => (await listUsersQuery(t.root, { PathPrefix: p })).Users.map((u) => u.UserName) },
  { name: 'ListGroups', list: async (p) => (await listGroups(t.root, { PathPrefix: p })).Groups.map((g) => g.GroupName) },
  { name: 'ListRoles', list: async (p) => (await listRoles(t.root, { PathPrefix: p })).Roles.map((r) => r.RoleName) },
  { name: 'ListPolicies', list: async (p) => (await listPolicies(t.root, { Scope: 'Local', PathPrefix: p })).Policies.map((x) => x.PolicyName).filter((n) => n !== 'shared') },
  { name: 'ListEntitiesForPolicy (users)', list: async (p) => (await listEntitiesForPolicy(t.root, { PolicyArn: sharedPolicyArn, PathPrefix: p })).PolicyUsers.map((u) => u.UserName) },
  { name: 'ListEntitiesForPolicy (groups)', list: async (p) => (await listEntitiesForPolicy(t.root, { PolicyArn: sharedPolicyArn, PathPrefix: p })).PolicyGroups.map((g) => g.GroupName) },
  { name: 'ListEntitiesForPolicy (roles)', list: async (p) => (await listEntitiesForPolicy(t.root, { PolicyArn: sharedPolicyArn, PathPrefix: p })).PolicyRoles.map((r) => r.RoleName) },
]

const PREFIXES = [
  { prefix: '/eng/', expected: ['a', 'b'], why: 'a path and the paths below it' },
  { prefix: '/Eng/', expected: ['c'], why: 'case-sensitively' },
  { prefix: '/e_', expected: ['d'], why: '"_" literally' },
  { prefix: '/e%', expected: ['e'], why: '"%" literally' },
  { prefix: '/en', expected: ['a', 'b'], why: 'part of a path element' },
  { prefix: '/', expected: ['a', 'b', 'c', 'd', 'e', 'f'], why: '"/" for all' },
  { prefix: '/ops/', expected: [], why: 'nothing for a path not there' },
]

describe.each(LISTINGS)('$name with PathPrefix', ({ list }) => {
  it.each(PREFIXES)('$prefix: $why', async ({ prefix, expected }) => {
    expect(suffixes(await list(prefix))).toEqual(expected)
  })
})
