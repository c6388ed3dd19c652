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
import { z } from 'zod'
import { hashPassword, verifyPassword } from '@/lib/auth/password-hash'
import { IamError, noSuchEntity } from '../errors'
import { defineIamOperation } from '../operation'
import { ZPassword } from '../schemas'
import { assertPasswordMeetsPolicy } from './assert-password-meets-policy'
import { recordPasswordChange } from './record-password-change'

export const ZChangePasswordInput = z.object({ OldPassword: ZPassword, NewPassword: ZPassword })

export const CHANGE_PASSWORD_REFUSED =
  'Either user is not authorized to perform iam:ChangePassword or entered password does not comply with account password policy set by administrator'

export const changePassword = defineIamOperation({
  name: 'ChangePassword',
  readOnly: false,
  input: ZChangePasswordInput,
  // Always the caller's own ARN: ChangePassword has no UserName, and root is refused
  // past the gate (where AWS refuses it) rather than before it.
  resource: (_db, _input, caller) => caller.arn,
  async run(tx, input, caller): Promise<Record<string, never>> {
    if (caller.kind !== 'user') throw new IamError('InvalidUserType', 'The request was rejected because the type of user for the transaction was incorrect.')
    const profile = await tx.loginProfile.findUnique({ where: { userId: caller.userId } })
    if (!profile) throw noSuchEntity('login profile', caller.userName, 'OldPassword')
    if (!(await verifyPassword(input.OldPassword, profile.passwordHash))) {
      throw new IamError('AccessDenied', CHANGE_PASSWORD_REFUSED, { field: 'OldPassword' })
    }
    const target = { accountId: caller.accountId, userId: caller.userId }
    await assertPasswordMeetsPolicy(tx, target, input.NewPassword, 'NewPassword')
    const now = new Date()
    await tx.loginProfile.update({
      where: { userId: caller.userId },
      data: { passwordHash: await hashPassword(input.NewPassword), passwordLastChangedAt: now, passwordResetRequired: false },
    })
    await recordPasswordChange(tx, target, profile.passwordHash, now, caller.sessionId)
    // The session that changed it may carry on: it no longer has to change the password.
    if (caller.sessionId) await tx.consoleSession.updateMany({ where: { id: caller.sessionId }, data: { passwordChangeRequired: false } })
    return {}
  },
})
