import { z } from 'zod'
import { hashPassword } from '@/lib/auth/password-hash'
import { existingEntityArn, requireUser } from '../entities'
import { noSuchEntity } from '../errors'
import { defineIamOperation } from '../operation'
import { assertPasswordMeetsPolicy } from '../passwords/assert-password-meets-policy'
import { recordPasswordChange } from '../passwords/record-password-change'
import { ZPassword, ZUserName } from '../schemas'

export const ZUpdateLoginProfileInput = z.object({ UserName: ZUserName, Password: ZPassword.optional(), PasswordResetRequired: z.boolean().optional() })

export const updateLoginProfile = defineIamOperation({
  name: 'UpdateLoginProfile',
  readOnly: false,
  input: ZUpdateLoginProfileInput,
  resource: (db, input, caller) => existingEntityArn(db, caller, 'user', input.UserName),
  async run(tx, input, caller): Promise<Record<string, never>> {
    const user = await requireUser(tx, caller, input.UserName)
    const profile = await tx.loginProfile.findUnique({ where: { userId: user.id } })
    if (!profile) throw noSuchEntity('login profile', user.name, 'UserName')
    const target = { accountId: caller.accountId, userId: user.id }
    if (input.Password !== undefined) await assertPasswordMeetsPolicy(tx, target, input.Password)
    const now = new Date()
    await tx.loginProfile.update({
      where: { userId: user.id },
      data: {
        ...(input.Password !== undefined ? { passwordHash: await hashPassword(input.Password), passwordLastChangedAt: now } : {}),
        ...(input.PasswordResetRequired !== undefined ? { passwordResetRequired: input.PasswordResetRequired } : {}),
      },
    })
    // History for reuse prevention; the user's other console sessions end.
    if (input.Password !== undefined) await recordPasswordChange(tx, target, profile.passwordHash, now, caller.sessionId)
    return {}
  },
})
