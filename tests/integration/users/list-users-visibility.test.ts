// The users list shows a cell only when the caller may make the call it comes from in
// AWS (Groups: ListGroupsForUser, MFA: ListMFADevices, Access key ID: ListAccessKeys,
// Password age: GetLoginProfile, Console last sign-in: GetUser), on that user's ARN;
// otherwise the cell holds the "Access denied" marker. Each case gives the viewer one
// policy and names, per listed user, the cells it must not see; every other gated cell
// must show its value. Guards against the list leaking what ListUsers alone does not
// return, and (the allow-all case) against hiding what the caller may see.
import { afterAll, beforeAll, expect, test } from 'vitest'
import { createUser, deleteUserPolicy, putUserPolicy, tagUser } from '@/lib/iam'
import type { Caller } from '@/lib/iam/caller'
import { isAccessDenied } from '@/lib/iam/dto'
import { listUsers, USER_LIST_COLUMN_ACTIONS, type UserListItem } from '@/lib/iam/users/list-users'
import { doc, setUpIamTest, type IamTestContext } from '../iam/iam-test-setup'

let t: IamTestContext
let viewer: Caller
beforeAll(async () => {
  t = await setUpIamTest()
  await createUser(t.root, { UserName: 'viewer' })
  await tagUser(t.root, { UserName: 'carol', Tags: [{ Key: 'team', Value: 'audit' }] })
  viewer = await t.asUser('viewer')
})
afterAll(() => t.cleanup())

type Column = keyof typeof USER_LIST_COLUMN_ACTIONS
const ALL_COLUMNS = Object.keys(USER_LIST_COLUMN_ACTIONS) as Column[]
const LISTED = ['alice', 'bob', 'carol', 'viewer']
const READ_ALL = { Effect: 'Allow', Action: ['iam:ListUsers', ...Object.values(USER_LIST_COLUMN_ACTIONS)], Resource: '*' }
const userArn = (name: string) => `arn:aws:iam::${t.accountId}:user/${name}`

interface VisibilityCase {
  name: string
  statements: () => object[]
  /** Per user, the cells shown as "Access denied"; users not named see every cell. */
  denied: Record<string, Column[]>
}

const cases: VisibilityCase[] = [
  {
    name: 'allowed ListUsers but denied ListGroupsForUser on bob: only bob\'s Groups cell is denied',
    statements: () => [READ_ALL, { Effect: 'Deny', Action: 'iam:ListGroupsForUser', Resource: userArn('bob') }],
    denied: { bob: ['groupCount'] },
  },
  {
    name: 'allowed ListUsers alone: every cell from another call is denied, for every user',
    statements: () => [{ Effect: 'Allow', Action: 'iam:ListUsers', Resource: '*' }],
    denied: Object.fromEntries(LISTED.map((u) => [u, ALL_COLUMNS])),
  },
  {
    name: 'ListAccessKeys allowed only on users tagged team=audit (the user as resource: its tags)',
    statements: () => [
      { Effect: 'Allow', Action: READ_ALL.Action.filter((a) => a !== 'iam:ListAccessKeys'), Resource: '*' },
      { Effect: 'Allow', Action: 'iam:ListAccessKeys', Resource: '*', Condition: { StringEquals: { 'aws:ResourceTag/team': 'audit' } } },
    ],
    denied: { alice: ['accessKeyId'], bob: ['accessKeyId'], viewer: ['accessKeyId'] },
  },
  {
    name: 'GetUser and GetLoginProfile only on the caller itself (${aws:username})',
    statements: () => [
      { Effect: 'Allow', Action: ['iam:ListUsers', 'iam:ListGroupsForUser', 'iam:ListMFADevices', 'iam:ListAccessKeys'], Resource: '*' },
      { Effect: 'Allow', Action: ['iam:GetUser', 'iam:GetLoginProfile'], Resource: 'arn:aws:iam::*:user/${aws:username}' },
    ],
    denied: { alice: ['passwordAgeDays', 'consoleLastSignIn'], bob: ['passwordAgeDays', 'consoleLastSignIn'], carol: ['passwordAgeDays', 'consoleLastSignIn'] },
  },
  {
    name: 'allowed every call: nothing is denied',
    statements: () => [READ_ALL],
    denied: {},
  },
]

const deniedCells = (users: UserListItem[]) =>
  Object.fromEntries(users.map((u) => [u.userName, ALL_COLUMNS.filter((c) => isAccessDenied(u[c]))]))

for (const c of cases) {
  test(c.name, async () => {
    await putUserPolicy(t.root, { UserName: 'viewer', PolicyName: 'Viewer', PolicyDocument: doc(...c.statements()) })
    try {
      const { users } = await listUsers(viewer, { pageSize: 100 })
      expect(users.map((u) => u.userName).filter((n) => LISTED.includes(n))).toEqual(LISTED)
      const listed = users.filter((u) => LISTED.includes(u.userName))
      // All 4 x 5 cells compared: a user or column the check skipped would show here.
      expect(deniedCells(listed)).toEqual(Object.fromEntries(LISTED.map((u) => [u, c.denied[u] ?? []])))
      for (const user of listed) {
        for (const column of c.denied[user.userName] ?? []) expect(user[column]).toEqual({ accessDenied: true, action: USER_LIST_COLUMN_ACTIONS[column] })
      }
    } finally {
      await deleteUserPolicy(t.root, { UserName: 'viewer', PolicyName: 'Viewer' })
    }
  })
}

test('a shown cell holds the same value the root user sees', async () => {
  await putUserPolicy(t.root, { UserName: 'viewer', PolicyName: 'Viewer', PolicyDocument: doc(READ_ALL, { Effect: 'Deny', Action: 'iam:ListGroupsForUser', Resource: userArn('bob') }) })
  try {
    const asRoot = (await listUsers(t.root, { pageSize: 100 })).users
    const asViewer = (await listUsers(viewer, { pageSize: 100 })).users
    const alice = (list: UserListItem[]) => list.find((u) => u.userName === 'alice')
    expect(alice(asViewer)).toEqual(alice(asRoot))
    expect(alice(asRoot)!.groupCount).toBe(1)
  } finally {
    await deleteUserPolicy(t.root, { UserName: 'viewer', PolicyName: 'Viewer' })
  }
})

// The order must not give away what the cells hide: users whose sort column is denied
// come last, by name, whichever way the column is sorted. The hidden user is never last
// in root's order, so each case that hides one moves it.
const denyOnBob = (action: string) => () => ({ Effect: 'Deny', Action: action, Resource: userArn('bob') })
const sortCases = [
  { sortBy: 'groups', sortOrder: 'desc', deny: denyOnBob('iam:ListGroupsForUser'), denied: 'iam:ListGroupsForUser on bob', hidden: 'bob' },
  { sortBy: 'groups', sortOrder: 'asc', deny: denyOnBob('iam:ListGroupsForUser'), denied: 'iam:ListGroupsForUser on bob', hidden: 'bob' },
  { sortBy: 'passwordAge', sortOrder: 'asc', deny: denyOnBob('iam:GetLoginProfile'), denied: 'iam:GetLoginProfile on bob', hidden: 'bob' },
  { sortBy: 'consoleLastSignIn', sortOrder: 'desc', deny: denyOnBob('iam:GetUser'), denied: 'iam:GetUser on bob', hidden: 'bob' },
  {
    sortBy: 'passwordAge', sortOrder: 'desc', denied: 'iam:GetLoginProfile on users tagged team=audit', hidden: 'carol',
    deny: () => ({ Effect: 'Deny', Action: 'iam:GetLoginProfile', Resource: '*', Condition: { StringEquals: { 'aws:ResourceTag/team': 'audit' } } }),
  },
  // Denying an action the sort does not read leaves the order as root sees it.
  { sortBy: 'groups', sortOrder: 'desc', deny: denyOnBob('iam:GetUser'), denied: 'iam:GetUser on bob', hidden: null },
] as const

for (const c of sortCases) {
  test(`sorted by ${c.sortBy} ${c.sortOrder}, denied ${c.denied}: ${c.hidden ? `${c.hidden} comes last` : 'the order is root\'s'}`, async () => {
    await putUserPolicy(t.root, { UserName: 'viewer', PolicyName: 'Viewer', PolicyDocument: doc(READ_ALL, c.deny()) })
    try {
      const order = async (caller: Caller) =>
        (await listUsers(caller, { pageSize: 100, sortBy: c.sortBy, sortOrder: c.sortOrder })).users.map((u) => u.userName).filter((n) => LISTED.includes(n))
      const asRoot = await order(t.root)
      expect(asRoot.at(-1)).not.toBe(c.hidden)
      expect(await order(viewer)).toEqual(c.hidden ? [...asRoot.filter((n) => n !== c.hidden), c.hidden] : asRoot)
    } finally {
      await deleteUserPolicy(t.root, { UserName: 'viewer', PolicyName: 'Viewer' })
    }
  })
}
