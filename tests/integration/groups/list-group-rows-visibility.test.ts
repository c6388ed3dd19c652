// The user groups table shows Users and Permissions only when the caller may make the
// calls they come from in AWS (GetGroup; ListAttachedGroupPolicies and ListGroupPolicies)
// on that group's ARN; otherwise the cell holds the "Access denied" marker. Each case
// gives the viewer one policy and names, per group, the cells it must not see; every
// other cell must show the value the calls themselves answer.
import { afterAll, beforeAll, expect, test } from 'vitest'
import { createGroup, createUser, getGroup, listAttachedGroupPolicies, listGroupPolicies, putGroupPolicy, putUserPolicy } from '@/lib/iam'
import type { Caller } from '@/lib/iam/caller'
import { isAccessDenied } from '@/lib/iam/dto'
import { GROUP_LIST_COLUMN_ACTIONS, listGroupRows, type GroupListItem } from '@/lib/iam/groups/list-group-rows'
import { doc, iamErrorOf, setUpIamTest, type IamTestContext } from '../iam/iam-test-setup'

let t: IamTestContext
let viewer: Caller
beforeAll(async () => {
  t = await setUpIamTest()
  await createUser(t.root, { UserName: 'viewer' })
  await createGroup(t.root, { GroupName: 'Empty' })
  await createGroup(t.root, { GroupName: 'InlineOnly' })
  await putGroupPolicy(t.root, { GroupName: 'InlineOnly', PolicyName: 'Read', PolicyDocument: doc({ Effect: 'Allow', Action: 'iam:Get*', Resource: '*' }) })
  viewer = await t.asUser('viewer')
})
afterAll(() => t.cleanup())

const GROUPS = ['Admins', 'Auditors', 'Developers', 'Empty', 'InlineOnly']
const READ_ALL = { Effect: 'Allow', Action: ['iam:ListGroups', ...Object.values(GROUP_LIST_COLUMN_ACTIONS)], Resource: '*' }
const groupArn = (name: string) => `arn:aws:iam::${t.accountId}:group/${name}`
type Cell = 'users' | 'permissions'

/** What the per-group calls answer, as root: the values a cell must show when it is shown. */
async function expectedValues(name: string): Promise<Record<Cell, unknown>> {
  const [members, attached, inline] = await Promise.all([
    getGroup(t.root, { GroupName: name, MaxItems: 1000 }),
    listAttachedGroupPolicies(t.root, { GroupName: name }),
    listGroupPolicies(t.root, { GroupName: name }),
  ])
  return { users: members.Users.length, permissions: attached.AttachedPolicies.length || inline.PolicyNames.length ? 'Defined' : 'Not defined' }
}

const cases: { name: string; statements: () => object[]; denied: Record<string, Cell[]> }[] = [
  {
    name: 'allowed ListGroups alone: Users and Permissions are denied for every group',
    statements: () => [{ Effect: 'Allow', Action: 'iam:ListGroups', Resource: '*' }],
    denied: Object.fromEntries(GROUPS.map((g) => [g, ['users', 'permissions']])),
  },
  {
    name: 'denied GetGroup on Admins: only Admins\' Users cell is denied',
    statements: () => [READ_ALL, { Effect: 'Deny', Action: 'iam:GetGroup', Resource: groupArn('Admins') }],
    denied: { Admins: ['users'] },
  },
  {
    name: 'allowed the managed policy list but not the inline one: Permissions is denied everywhere',
    statements: () => [{ Effect: 'Allow', Action: ['iam:ListGroups', 'iam:GetGroup', 'iam:ListAttachedGroupPolicies'], Resource: '*' }],
    denied: Object.fromEntries(GROUPS.map((g) => [g, ['permissions']])),
  },
  {
    name: 'allowed every call: nothing is denied',
    statements: () => [READ_ALL],
    denied: {},
  },
]

const deniedCells = (rows: GroupListItem[]) =>
  Object.fromEntries(rows.flatMap((r) => {
    const cells = (['users', 'permissions'] as const).filter((c) => isAccessDenied(r[c]))
    return cells.length ? [[r.groupName, cells]] : []
  }))

for (const c of cases) {
  test(c.name, async () => {
    await putUserPolicy(t.root, { UserName: 'viewer', PolicyName: 'Viewer', PolicyDocument: doc(...c.statements()) })
    const rows = await listGroupRows(viewer, {})
    expect(rows.map((r) => r.groupName)).toEqual(GROUPS)
    expect(deniedCells(rows)).toEqual(c.denied)
    for (const row of rows) {
      const expected = await expectedValues(row.groupName)
      for (const cell of ['users', 'permissions'] as const) {
        if (!c.denied[row.groupName]?.includes(cell)) expect({ group: row.groupName, [cell]: row[cell] }).toEqual({ group: row.groupName, [cell]: expected[cell] })
      }
    }
  })
}

test.each<[string, string, string[]]>([
  ['a part of the name, in another case', 'ADM', ['Admins']],
  ['text no group has', 'nomatch', []],
  ['nothing', '', GROUPS],
])('searching for %s lists the groups whose name contains it', async (_name, search, groups) => {
  expect((await listGroupRows(t.root, { search })).map((r) => r.groupName)).toEqual(groups)
})

test('without iam:ListGroups the table itself is refused', async () => {
  await putUserPolicy(t.root, { UserName: 'viewer', PolicyName: 'Viewer', PolicyDocument: doc({ Effect: 'Allow', Action: 'iam:GetGroup', Resource: '*' }) })
  expect((await iamErrorOf(listGroupRows(viewer, {}))).code).toBe('AccessDenied')
})
