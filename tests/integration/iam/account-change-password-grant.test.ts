// The password policy's "Allow users to change their own password" is itself a grant:
// "Gives IAM users permissions to iam:ChangePassword for only their user and to the
// iam:GetAccountPasswordPolicy action ... applied at the account-level for all users by
// IAM" (IAM API Reference, PasswordPolicy). So with the flag on, a user without any
// policy changes their own password; with it off (or no custom policy), they cannot.
// Guards against the flag being stored and shown but never reaching the gate.
import { afterAll, beforeAll, describe, expect, test } from 'vitest'
import {
  changePassword, createLoginProfile, createUser, deleteAccountPasswordPolicy, getAccountPasswordPolicy, putUserPolicy,
  updateAccountPasswordPolicy,
} from '@/lib/iam'
import type { UserCaller } from '@/lib/iam/caller'
import { IamError } from '@/lib/iam/errors'
import { authorize } from '@/lib/iam/gate'
import { ACCOUNT_CHANGE_PASSWORD_GRANT_NAME } from '@/lib/iam/passwords/account-change-password-grant'
import { doc, setUpIamTest, type IamTestContext } from './iam-test-setup'

let t: IamTestContext
let n = 0
const OLD = 'Grant-case-passw0rd!'

/** A user without policies, with a console password, under `path`. */
async function newUser(path = '/'): Promise<UserCaller> {
  const name = `grant-user-${++n}`
  await createUser(t.root, { UserName: name, Path: path })
  await createLoginProfile(t.root, { UserName: name, Password: OLD })
  return t.asUser(name)
}
const outcome = (p: Promise<unknown>) => p.then(() => 'allowed', (e: unknown) => (e instanceof IamError ? e.code : `crash: ${String(e)}`))

type Setting = 'on' | 'off' | 'no custom policy'
async function setFlag(setting: Setting) {
  if (setting === 'no custom policy') await deleteAccountPasswordPolicy(t.root, {}).catch(() => undefined)
  else await updateAccountPasswordPolicy(t.root, { MinimumPasswordLength: 8, AllowUsersToChangePassword: setting === 'on' })
}

beforeAll(async () => {
  t = await setUpIamTest()
})
afterAll(() => t.cleanup())

interface GrantCase {
  name: string
  setting: Setting
  path?: string
  /** Extra policies of the user. */
  setUp?: (user: UserCaller) => Promise<void>
  call: (user: UserCaller, other: UserCaller) => Promise<unknown>
  expected: string
}

const cases: GrantCase[] = [
  {
    name: 'flag on: a user without policies changes their own password',
    setting: 'on',
    call: (user) => changePassword(user, { OldPassword: OLD, NewPassword: 'Grant-case-new-passw0rd!' }),
    expected: 'allowed',
  },
  {
    name: 'flag on: a user under a path changes their own password',
    setting: 'on',
    path: '/staff/',
    call: (user) => changePassword(user, { OldPassword: OLD, NewPassword: 'Grant-case-new-passw0rd!' }),
    expected: 'allowed',
  },
  {
    name: 'flag on: the user reads the account password policy',
    setting: 'on',
    call: (user) => getAccountPasswordPolicy(user, {}),
    expected: 'allowed',
  },
  {
    name: 'flag on: iam:ChangePassword on another user is still denied',
    setting: 'on',
    call: (user, other) => authorize(user, 'iam:ChangePassword', other.arn),
    expected: 'AccessDenied',
  },
  {
    name: 'flag on: nothing beyond the two actions (UpdateLoginProfile on oneself)',
    setting: 'on',
    call: (user) => authorize(user, 'iam:UpdateLoginProfile', user.arn),
    expected: 'AccessDenied',
  },
  {
    name: 'flag on: an explicit deny of ChangePassword still wins',
    setting: 'on',
    setUp: (user) =>
      putUserPolicy(t.root, { UserName: user.userName, PolicyName: 'NoPasswordChange', PolicyDocument: doc({ Effect: 'Deny', Action: 'iam:ChangePassword', Resource: '*' }) }).then(() => undefined),
    call: (user) => changePassword(user, { OldPassword: OLD, NewPassword: 'Grant-case-new-passw0rd!' }),
    expected: 'AccessDenied',
  },
  {
    name: 'flag off: a user without policies cannot change their own password',
    setting: 'off',
    call: (user) => changePassword(user, { OldPassword: OLD, NewPassword: 'Grant-case-new-passw0rd!' }),
    expected: 'AccessDenied',
  },
  {
    name: 'flag off: nor read the account password policy',
    setting: 'off',
    call: (user) => getAccountPasswordPolicy(user, {}),
    expected: 'AccessDenied',
  },
  {
    name: 'no custom password policy: a user without policies cannot change their own password',
    setting: 'no custom policy',
    call: (user) => changePassword(user, { OldPassword: OLD, NewPassword: 'Grant-case-new-passw0rd!' }),
    expected: 'AccessDenied',
  },
]

describe('AllowUsersToChangePassword grants iam:ChangePassword on one\'s own user', () => {
  for (const c of cases) {
    test(c.name, async () => {
      await setFlag(c.setting)
      const user = await newUser(c.path)
      const other = await newUser()
      await c.setUp?.(user)
      expect(await outcome(c.call(user, other))).toBe(c.expected)
    })
  }

  test('the allowing statement is named after the account setting', async () => {
    await setFlag('on')
    const user = await newUser()
    const decision = await authorize(user, 'iam:ChangePassword', user.arn)
    expect(decision.matchedStatements.map((s) => s.policyName)).toContain(ACCOUNT_CHANGE_PASSWORD_GRANT_NAME)
  })

  test('turning the flag off takes effect on the very next request', async () => {
    await setFlag('on')
    const user = await newUser()
    expect(await outcome(authorize(user, 'iam:ChangePassword', user.arn))).toBe('allowed')
    await setFlag('off')
    expect(await outcome(authorize(user, 'iam:ChangePassword', user.arn))).toBe('AccessDenied')
  })
})
