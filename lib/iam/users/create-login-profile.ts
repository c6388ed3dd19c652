// Console password of an IAM user, checked against the account's password policy (or
// AWS's default one) and stored only as a hash.
import { z } from 'zod'
import { hashPassword } from '@/lib/auth/password-hash'
import { existingEntityArn, requireUser } from '../entities'
import { IamError } from '../errors'
import { defineIamOperation } from '../operation'
import { assertPasswordMeetsPolicy } from '../passwords/assert-password-meets-policy'
import { ZPassword, ZUserName } from '../schemas'

export const ZCreateLoginProfileInput = z.object({ UserName: ZUserName, Password: ZPassword, PasswordResetRequired: z.boolean().optional() })

export interface LoginProfileDto {
  UserName: string
  CreateDate: string
  PasswordResetRequired: boolean
}

export const createLoginProfile = defineIamOperation({
  name: 'CreateLoginProfile',
  readOnly: false,
  input: ZCreateLoginProfileInput,
  resource: (db, input, caller) => existingEntityArn(db, caller, 'user', input.UserName),
  prepare: (input) => hashPassword(input.Password),
  async run(tx, input, caller, passwordHash): Promise<{ LoginProfile: LoginProfileDto }> {
    const user = await requireUser(tx, caller, input.UserName)
    if (await tx.loginProfile.findUnique({ where: { userId: user.id }, select: { userId: true } })) {
      throw new IamError('EntityAlreadyExists', `Login Profile for user ${user.name} already exists.`, { field: 'UserName' })
    }
    await assertPasswordMeetsPolicy(tx, { accountId: caller.accountId, userId: user.id }, input.Password)
    const profile = await tx.loginProfile.create({
      data: { userId: user.id, passwordHash, passwordResetRequired: input.PasswordResetRequired ?? false },
    })
    return { LoginProfile: { UserName: user.name, CreateDate: profile.createdAt.toISOString(), PasswordResetRequired: profile.passwordResetRequired } }
  },
})
