// The account password policy and console passwords: Get/Update/DeleteAccountPasswordPolicy
// with AWS's errors and ranges, every password set or changed checked against the policy
// (each unmet rule listed), reuse prevention, ChangePassword's rules, expiry, and a new
// password ending the user's other console sessions.
import { afterAll, beforeAll, describe, expect, test } from 'vitest'
import { createConsoleSession, findActiveConsoleSession } from '@/lib/auth/console-session'
import { verifyPassword } from '@/lib/credentials/password-hash'
import {
  attachUserPolicy, changePassword, createLoginProfile, createUser, deleteAccountPasswordPolicy, getAccountPasswordPolicy,
  getLoginProfile, updateAccountPasswordPolicy, updateLoginProfile,
} from '@/lib/iam'
import type { UserCaller } from '@/lib/iam/caller'
import { consolePasswordStatusOf } from '@/lib/iam/passwords/console-password-status'
import { CHANGE_PASSWORD_REFUSED } from '@/lib/iam/passwords/change-password'
import { revokeUserSessions } from '@/lib/iam/sessions/revoke-user-sessions'
import { iamErrorOf, setUpIamTest, type IamTestContext } from '../iam/iam-test-setup'
import { runCases } from '@/tests/support/iam-case-table'

let t: IamTestContext
const root = () => t.root

beforeAll(async () => {
  t = await setUpIamTest()
})
afterAll(() => t.cleanup())

const STRICT = {
  MinimumPasswordLength: 14, RequireSymbols: true, RequireNumbers: true, RequireUppercaseCharacters: true,
  RequireLowercaseCharacters: true, AllowUsersToChangePassword: true, PasswordReusePrevention: 3,
}

describe('GetAccountPasswordPolicy / UpdateAccountPasswordPolicy / DeleteAccountPasswordPolicy', () => {
  runCases([
    { name: 'Get with no custom policy: NoSuchEntity naming the account', call: () => getAccountPasswordPolicy(root(), {}),
      error: { code: 'NoSuchEntity', message: /^The Password Policy with domain name \d{12} cannot be found\.$/ } },
    { name: 'Delete with no custom policy: NoSuchEntity', call: () => deleteAccountPasswordPolicy(root(), {}),
      error: { code: 'NoSuchEntity', message: 'The account policy with name PasswordPolicy cannot be found.' } },
    { name: 'Update with every member omitted: AWS defaults (6 characters, nothing required, no expiry)', call: async () => {
      await updateAccountPasswordPolicy(root(), {})
      return getAccountPasswordPolicy(root(), {})
    }, result: { PasswordPolicy: { MinimumPasswordLength: 6, RequireSymbols: false, RequireNumbers: false, RequireUppercaseCharacters: false, RequireLowercaseCharacters: false, AllowUsersToChangePassword: false, ExpirePasswords: false } } },
    { name: 'MinimumPasswordLength 5: ValidationError', call: () => updateAccountPasswordPolicy(root(), { MinimumPasswordLength: 5 }),
      error: { code: 'ValidationError', message: "1 validation error detected: Value at 'minimumPasswordLength' failed to satisfy constraint: Member must have value greater than or equal to 6" } },
    { name: 'MinimumPasswordLength 129: ValidationError', call: () => updateAccountPasswordPolicy(root(), { MinimumPasswordLength: 129 }),
      error: { code: 'ValidationError', message: /Member must have value less than or equal to 128$/ } },
    { name: 'MaxPasswordAge 1096 and PasswordReusePrevention 25: both reported in one error, in AWS order', call: () => updateAccountPasswordPolicy(root(), { MaxPasswordAge: 1096, PasswordReusePrevention: 25 }),
      error: { code: 'ValidationError', message: "2 validation errors detected: Value at 'passwordReusePrevention' failed to satisfy constraint: Member must have value less than or equal to 24; Value at 'maxPasswordAge' failed to satisfy constraint: Member must have value less than or equal to 1095" } },
    { name: 'MaxPasswordAge 0: ValidationError', call: () => updateAccountPasswordPolicy(root(), { MaxPasswordAge: 0 }),
      error: { code: 'ValidationError', message: /maxPasswordAge' failed to satisfy constraint: Member must have value greater than or equal to 1$/ } },
    { name: 'the upper bounds are accepted, ExpirePasswords derived from MaxPasswordAge, HardExpiry kept', call: async () => {
      await updateAccountPasswordPolicy(root(), { MinimumPasswordLength: 128, MaxPasswordAge: 1095, PasswordReusePrevention: 24, HardExpiry: true })
      return getAccountPasswordPolicy(root(), {})
    }, result: { PasswordPolicy: { MinimumPasswordLength: 128, MaxPasswordAge: 1095, PasswordReusePrevention: 24, HardExpiry: true, ExpirePasswords: true } } },
    { name: 'no partial updates: an omitted member reverts to its default', call: async () => {
      await updateAccountPasswordPolicy(root(), { RequireSymbols: true })
      return getAccountPasswordPolicy(root(), {})
    }, then: (value) => {
      const { PasswordPolicy } = value as { PasswordPolicy: Record<string, unknown> }
      expect(PasswordPolicy).toEqual({ MinimumPasswordLength: 6, RequireSymbols: true, RequireNumbers: false, RequireUppercaseCharacters: false, RequireLowercaseCharacters: false, AllowUsersToChangePassword: false, ExpirePasswords: false })
    } },
    { name: 'Delete removes the custom policy', call: () => deleteAccountPasswordPolicy(root(), {}), then: async () => {
      expect(await t.db.prisma.passwordPolicy.count({ where: { accountId: t.accountId } })).toBe(0)
    } },
    { name: 'a user without permissions cannot read the policy', call: async () => {
      await createUser(root(), { UserName: 'pp-nobody' })
      return getAccountPasswordPolicy(await t.asUser('pp-nobody'), {})
    }, error: { code: 'AccessDenied', message: /is not authorized to perform: iam:GetAccountPasswordPolicy on resource: \*/ } },
  ])
})

describe('console passwords are checked against the policy', () => {
  beforeAll(async () => {
    await createUser(root(), { UserName: 'weak' })
  })
  runCases([
    { name: 'default policy: fewer than 3 character types is refused with the missing types', call: () => createLoginProfile(root(), { UserName: 'weak', Password: 'alllowercase' }),
      error: { code: 'PasswordPolicyViolation', field: 'Password', message: 'Password should meet 2 more of the following requirements: Password should have at least one uppercase letter, Password should have at least one number, Password should have at least one symbol' } },
    { name: 'default policy: the account alias itself is refused', call: () => createLoginProfile(root(), { UserName: 'weak', Password: 'sandbox' }),
      error: { code: 'PasswordPolicyViolation', message: /minimum length of 8.*Password should not be identical to the AWS account name or email address/ } },
    { name: 'a 14-character all-classes policy lists each unmet rule', call: async () => {
      await updateAccountPasswordPolicy(root(), STRICT)
      return createLoginProfile(root(), { UserName: 'weak', Password: 'short' })
    }, error: { code: 'PasswordPolicyViolation', message: 'Password should have a minimum length of 14; Password should have at least one uppercase letter; Password should have at least one number; Password should have at least one symbol' } },
    { name: 'nothing was stored for the refused password', call: () => getLoginProfile(root(), { UserName: 'weak' }), error: { code: 'NoSuchEntity' } },
    { name: 'a password meeting every rule is accepted, with "must create a new password"', call: () => createLoginProfile(root(), { UserName: 'weak', Password: 'Strong-password-1', PasswordResetRequired: true }),
      result: { LoginProfile: { UserName: 'weak', PasswordResetRequired: true } } },
    { name: 'UpdateLoginProfile checks the policy too', call: () => updateLoginProfile(root(), { UserName: 'weak', Password: 'nouppercase-123!' }),
      error: { code: 'PasswordPolicyViolation', message: 'Password should have at least one uppercase letter' } },
    { name: 'UpdateLoginProfile refuses the current password (reuse prevention)', call: () => updateLoginProfile(root(), { UserName: 'weak', Password: 'Strong-password-1' }),
      error: { code: 'PasswordPolicyViolation', message: 'Password should not be one of the last 3 passwords' } },
    { name: 'UpdateLoginProfile with a new password is accepted and keeps the old hash in the history', call: () => updateLoginProfile(root(), { UserName: 'weak', Password: 'Strong-password-2' }), then: async () => {
      const user = await t.db.prisma.user.findFirstOrThrow({ where: { name: 'weak' }, include: { loginProfile: true, passwordHistory: true } })
      expect(await verifyPassword('Strong-password-2', user.loginProfile!.passwordHash)).toBe(true)
      expect(user.passwordHistory).toHaveLength(1)
      expect(await verifyPassword('Strong-password-1', user.passwordHistory[0]!.passwordHash)).toBe(true)
    } },
    { name: 'the previous password is refused while within the last 3', call: () => updateLoginProfile(root(), { UserName: 'weak', Password: 'Strong-password-1' }),
      error: { code: 'PasswordPolicyViolation', message: 'Password should not be one of the last 3 passwords' } },
  ])
  afterAll(async () => {
    await deleteAccountPasswordPolicy(root(), {}).catch(() => {})
  })
})

describe('ChangePassword (self-service)', () => {
  let carol: UserCaller
  let carolSession: string
  let otherSession: string
  beforeAll(async () => {
    // Off: with it on, the account itself would grant carla ChangePassword (the gate's
    // AllowUsersToChangePassword grant), and this block tests her own policies.
    await updateAccountPasswordPolicy(root(), { ...STRICT, PasswordReusePrevention: 2, AllowUsersToChangePassword: false })
    await createUser(root(), { UserName: 'carla' })
    await createLoginProfile(root(), { UserName: 'carla', Password: 'Carol-password-01', PasswordResetRequired: true })
    const carolRow = await t.db.prisma.user.findFirstOrThrow({ where: { name: 'carla' } })
    const session = { accountId: t.accountId, userId: carolRow.id, principalArn: carolRow.arn, passwordChangeRequired: true }
    carolSession = await createConsoleSession(t.db.prisma, session, new Date())
    otherSession = await createConsoleSession(t.db.prisma, session, new Date())
    carol = await t.asUser('carla', { sessionId: carolSession })
  })
  afterAll(async () => {
    await deleteAccountPasswordPolicy(root(), {}).catch(() => {})
  })
  runCases([
    { name: 'without iam:ChangePassword: AccessDenied on her own user ARN', call: () => changePassword(carol, { OldPassword: 'Carol-password-01', NewPassword: 'Carol-password-02' }),
      error: { code: 'AccessDenied', message: /is not authorized to perform: iam:ChangePassword on resource: arn:aws:iam::\d{12}:user\/carla because no identity-based policy allows/ } },
    { name: 'with IAMUserChangePassword: a wrong old password is refused with AWS\'s one message', call: async () => {
      await attachUserPolicy(root(), { UserName: 'carla', PolicyArn: 'arn:aws:iam::aws:policy/IAMUserChangePassword' })
      return changePassword(carol, { OldPassword: 'Not-her-password-1', NewPassword: 'Carol-password-02' })
    }, error: { code: 'AccessDenied', message: CHANGE_PASSWORD_REFUSED, field: 'OldPassword' } },
    { name: 'a new password breaking the policy is refused', call: () => changePassword(carol, { OldPassword: 'Carol-password-01', NewPassword: 'carla' }),
      error: { code: 'PasswordPolicyViolation', field: 'NewPassword', message: /^Password should have a minimum length of 14; Password should have at least one uppercase letter;/ } },
    { name: 'the current password cannot be reused', call: () => changePassword(carol, { OldPassword: 'Carol-password-01', NewPassword: 'Carol-password-01' }),
      error: { code: 'PasswordPolicyViolation', message: 'Password should not be one of the last 2 passwords' } },
    { name: 'a good new password: changed, reset flag cleared, her other session ended, this one kept', call: () => changePassword(carol, { OldPassword: 'Carol-password-01', NewPassword: 'Carol-password-02' }), then: async () => {
      expect((await getLoginProfile(root(), { UserName: 'carla' })).LoginProfile.PasswordResetRequired).toBe(false)
      const now = new Date()
      const kept = await findActiveConsoleSession(t.db.prisma, carolSession, now)
      expect(kept?.passwordChangeRequired).toBe(false)
      expect(await findActiveConsoleSession(t.db.prisma, otherSession, now)).toBeNull()
    } },
    { name: 'the root user: InvalidUserType', call: () => changePassword(root(), { OldPassword: 'Root-password-1!', NewPassword: 'Root-password-2!' }),
      error: { code: 'InvalidUserType' } },
    { name: 'a user without a console password: NoSuchEntity', call: async () => {
      await createUser(root(), { UserName: 'nopassword' })
      await attachUserPolicy(root(), { UserName: 'nopassword', PolicyArn: 'arn:aws:iam::aws:policy/IAMUserChangePassword' })
      return changePassword(await t.asUser('nopassword'), { OldPassword: 'Anything-123456!', NewPassword: 'Something-123456!' })
    }, error: { code: 'NoSuchEntity', message: 'Login Profile for User nopassword cannot be found.' } },
  ])
})

describe('password changes racing each other (hashing runs before the transaction)', () => {
  // The hashes are computed outside the transaction, so two changes can both verify the
  // old password; only the first to store may win, on SQLite and on PostgreSQL alike.
  const cases: { name: string; change: (n: number) => Promise<unknown> }[] = [
    { name: 'two tabs of the user run ChangePassword at once', change: async (n) =>
      changePassword(await t.asUser('racer'), { OldPassword: 'Racer-password-0', NewPassword: `Racer-password-${n}` }) },
    { name: 'two administrators reset the password at once (UpdateLoginProfile)', change: (n) =>
      updateLoginProfile(root(), { UserName: 'racer', Password: `Racer-password-${n}` }) },
  ]
  for (const c of cases) {
    test(`${c.name}: one change is stored, the other is refused`, async () => {
      await deleteAccountPasswordPolicy(root(), {}).catch(() => {})
      await createUser(root(), { UserName: 'racer' })
      await createLoginProfile(root(), { UserName: 'racer', Password: 'Racer-password-0' })
      await attachUserPolicy(root(), { UserName: 'racer', PolicyArn: 'arn:aws:iam::aws:policy/IAMUserChangePassword' })
      const results = await Promise.allSettled([1, 2].map(c.change))
      const won = results.flatMap((r, i) => (r.status === 'fulfilled' ? [i + 1] : []))
      expect(won).toHaveLength(1)
      const refused = results.find((r) => r.status === 'rejected') as PromiseRejectedResult
      // ConcurrentModification when both verified the old hash; AccessDenied when the
      // loser started after the winner stored (its old password is no longer right).
      expect(['ConcurrentModification', 'AccessDenied']).toContain(refused.reason.code)
      const racer = await t.db.prisma.user.findFirstOrThrow({ where: { name: 'racer' }, include: { loginProfile: true, passwordHistory: true } })
      expect(await verifyPassword(`Racer-password-${won[0]}`, racer.loginProfile!.passwordHash)).toBe(true)
      expect(racer.passwordHistory).toHaveLength(1)
      await t.db.prisma.user.delete({ where: { id: racer.id } })
    })
  }
})

describe('an administrator resetting a password or ending sessions ends the user\'s console sessions', () => {
  test('UpdateLoginProfile with a password revokes every session of the user', async () => {
    await createUser(root(), { UserName: 'dave' })
    await createLoginProfile(root(), { UserName: 'dave', Password: 'Dave-password-1' })
    const dave = await t.db.prisma.user.findFirstOrThrow({ where: { name: 'dave' } })
    const s = await createConsoleSession(t.db.prisma, { accountId: t.accountId, userId: dave.id, principalArn: dave.arn }, new Date())
    await updateLoginProfile(root(), { UserName: 'dave', PasswordResetRequired: true })
    expect(await findActiveConsoleSession(t.db.prisma, s, new Date())).not.toBeNull()
    await updateLoginProfile(root(), { UserName: 'dave', Password: 'Dave-password-2' })
    expect(await findActiveConsoleSession(t.db.prisma, s, new Date())).toBeNull()
  })
  test('revokeUserSessions (gated as iam:PutUserPolicy) ends them all, and is denied without that permission', async () => {
    const dave = await t.db.prisma.user.findFirstOrThrow({ where: { name: 'dave' } })
    const sessions = [
      await createConsoleSession(t.db.prisma, { accountId: t.accountId, userId: dave.id, principalArn: dave.arn }, new Date()),
      await createConsoleSession(t.db.prisma, { accountId: t.accountId, userId: dave.id, principalArn: dave.arn }, new Date()),
    ]
    await createUser(root(), { UserName: 'helpdesk' })
    const denied = await iamErrorOf(revokeUserSessions(await t.asUser('helpdesk'), { UserName: 'dave' }))
    expect(denied.message).toMatch(/not authorized to perform: iam:PutUserPolicy on resource: arn:aws:iam::\d{12}:user\/dave/)
    expect(await findActiveConsoleSession(t.db.prisma, sessions[0]!, new Date())).not.toBeNull()
    expect(await revokeUserSessions(root(), { UserName: 'dave' })).toEqual({ RevokedSessionCount: 2 })
    for (const s of sessions) expect(await findActiveConsoleSession(t.db.prisma, s, new Date())).toBeNull()
  })
})

describe('password expiry at sign-in (consolePasswordStatusOf)', () => {
  const changed = new Date('2026-01-01T00:00:00Z')
  const day = (n: number) => new Date(changed.getTime() + n * 86_400_000)
  const policy = (extra: object) => ({ MinimumPasswordLength: 8, RequireSymbols: false, RequireNumbers: false, RequireUppercaseCharacters: false, RequireLowercaseCharacters: false, AllowUsersToChangePassword: true, ExpirePasswords: true, ...extra })
  const cases = [
    { name: 'default policy: never expires', policy: null, reset: false, now: day(5000), expected: { state: 'ok', expiresAt: null } },
    { name: 'within MaxPasswordAge', policy: policy({ MaxPasswordAge: 90 }), reset: false, now: day(89), expected: { state: 'ok', expiresAt: day(90) } },
    { name: 'at MaxPasswordAge: expired, must change it', policy: policy({ MaxPasswordAge: 90 }), reset: false, now: day(90), expected: { state: 'change-required', reason: 'expired' } },
    { name: 'expired with HardExpiry: only an administrator can reset it', policy: policy({ MaxPasswordAge: 90, HardExpiry: true }), reset: false, now: day(91), expected: { state: 'administrator-reset-required' } },
    { name: '"must create a new password at next sign-in"', policy: null, reset: true, now: day(1), expected: { state: 'change-required', reason: 'reset-required' } },
  ] as const
  for (const c of cases) {
    test(c.name, () => {
      expect(consolePasswordStatusOf({ passwordResetRequired: c.reset, passwordLastChangedAt: changed }, c.policy, c.now)).toEqual(c.expected)
    })
  }
})
