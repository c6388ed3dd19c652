import { z } from 'zod'
import { hashPassword } from '@/lib/auth/password-hash'
import { existingEntityArn, requireUser } from '../entities'
import { noSuchEntity } from '../errors'
import { defineIamOperation } from '../operation'
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
    await tx.loginProfile.update({
      where: { userId: user.id },
      data: {
        ...(input.Password !== undefined ? { passwordHash: await hashPassword(input.Password), passwordLastChangedAt: new Date() } : {}),
        ...(input.PasswordResetRequired !== undefined ? { passwordResetRequired: input.PasswordResetRequired } : {}),
      },
    })
    if (input.Password !== undefined) await tx.passwordHistory.create({ data: { userId: user.id, passwordHash: profile.passwordHash } })
    return {}
  },
})
