import { z } from 'zod'
import { existingEntityArn, requireUser } from '../entities'
import { noSuchEntity } from '../errors'
import { defineIamOperation } from '../operation'
import { ZUserName } from '../schemas'
import type { LoginProfileDto } from './create-login-profile'

export const ZGetLoginProfileInput = z.object({ UserName: ZUserName })

export const getLoginProfile = defineIamOperation({
  name: 'GetLoginProfile',
  readOnly: true,
  input: ZGetLoginProfileInput,
  resource: (db, input, caller) => existingEntityArn(db, caller, 'user', input.UserName),
  async run(tx, input, caller): Promise<{ LoginProfile: LoginProfileDto }> {
    const user = await requireUser(tx, caller, input.UserName)
    const profile = await tx.loginProfile.findUnique({ where: { userId: user.id } })
    if (!profile) throw noSuchEntity('login profile', user.name, 'UserName')
    return { LoginProfile: { UserName: user.name, CreateDate: profile.createdAt.toISOString(), PasswordResetRequired: profile.passwordResetRequired } }
  },
})
