// ChangePassword: an IAM user changes their own console password (My security
// credentials). The gate asks for iam:ChangePassword on the caller's own user ARN, as
// IAMUserChangePassword's `user/${aws:username}` expects. AWS's rules, in order: only an
// IAM user (root: InvalidUserType, as the CLI reference says), a login profile must
// exist, the old password must be right, the new one must meet the policy (reuse
// included). It clears "must create a new password" and ends the user's other sessions.
//
// A wrong old password: AWS's console and API give one message for "not permitted" and
// "wrong password" alike (AWS Knowledge Center, iam-user-password-error), so the form
// cannot be used to test passwords with an unprivileged session.
//
// Every hash (the old password, up to 24 earlier ones, the new one) is computed in
// `prepare`, before the transaction; the transaction stores only if the password it
// verified against is still the current one.
import { z } from 'zod'
import { verifyPassword } from '@/lib/credentials/password-hash'
import type { Caller, UserCaller } from '../caller'
import { IamError, concurrentModification, noSuchEntity } from '../errors'
import { defineIamOperation } from '../operation'
import { ZPassword } from '../schemas'
import { assertPreparedPasswordHolds, preparePassword } from './prepare-password'
import { recordPasswordChange } from './record-password-change'

export const ZChangePasswordInput = z.object({ OldPassword: ZPassword, NewPassword: ZPassword })

export const CHANGE_PASSWORD_REFUSED =
  'Either user is not authorized to perform iam:ChangePassword or entered password does not comply with account password policy set by administrator'

function asUserCaller(caller: Caller): UserCaller {
  if (caller.kind !== 'user') throw new IamError('InvalidUserType', 'The request was rejected because the type of user for the transaction was incorrect.')
  return caller
}

export const changePassword = defineIamOperation({
  name: 'ChangePassword',
  readOnly: false,
  input: ZChangePasswordInput,
  // Always the caller's own ARN: ChangePassword has no UserName, and root is refused
  // past the gate (where AWS refuses it) rather than before it.
  resource: (_db, _input, caller) => caller.arn,
  async prepare(input, db, anyCaller) {
    const caller = asUserCaller(anyCaller)
    const profile = await db.loginProfile.findUnique({ where: { userId: caller.userId } })
    if (!profile) throw noSuchEntity('login profile', caller.userName, 'OldPassword')
    if (!(await verifyPassword(input.OldPassword, profile.passwordHash))) {
      throw new IamError('AccessDenied', CHANGE_PASSWORD_REFUSED, { field: 'OldPassword' })
    }
    const password = await preparePassword(db, { accountId: caller.accountId, userId: caller.userId }, input.NewPassword, 'NewPassword')
    return { verifiedHash: profile.passwordHash, password }
  },
  async run(tx, input, anyCaller, prepared): Promise<Record<string, never>> {
    const caller = asUserCaller(anyCaller)
    const target = { accountId: caller.accountId, userId: caller.userId }
    await assertPreparedPasswordHolds(tx, target, input.NewPassword, prepared.password, 'NewPassword')
    const now = new Date()
    // The old password was verified against the hash read in prepare: a change in
    // between (another tab, an administrator) makes that verification worthless. The
    // condition is part of the update, so two changes racing on PostgreSQL (READ
    // COMMITTED: both read the old hash) cannot both succeed.
    const { count } = await tx.loginProfile.updateMany({
      where: { userId: caller.userId, passwordHash: prepared.verifiedHash },
      data: { passwordHash: prepared.password.passwordHash, passwordLastChangedAt: now, passwordResetRequired: false },
    })
    if (count !== 1) throw concurrentModification()
    await recordPasswordChange(tx, target, prepared.verifiedHash, now, caller.sessionId)
    // The session that changed it may carry on: it no longer has to change the password.
    if (caller.sessionId) await tx.consoleSession.updateMany({ where: { id: caller.sessionId }, data: { passwordChangeRequired: false } })
    return {}
  },
})
