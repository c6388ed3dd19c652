// Console password of an IAM user, checked against the account's password policy (or
// AWS's default one) and stored only as a hash.
import { z } from 'zod'
import type { Db, DbTransaction } from '@/lib/db/client'
import { existingEntityArn, requireUser } from '../entities'
import { IamError, concurrentModification } from '../errors'
import { defineIamOperation } from '../operation'
import { assertPreparedPasswordHolds, preparePassword } from '../passwords/prepare-password'
import { ZPassword, ZUserName } from '../schemas'

export const ZCreateLoginProfileInput = z.object({ UserName: ZUserName, Password: ZPassword, PasswordResetRequired: z.boolean().optional() })

export interface LoginProfileDto {
  UserName: string
  CreateDate: string
  PasswordResetRequired: boolean
}

async function assertNoLoginProfile(db: Db | DbTransaction, user: { id: string; name: string }): Promise<void> {
  if (await db.loginProfile.findUnique({ where: { userId: user.id }, select: { userId: true } })) {
    throw new IamError('EntityAlreadyExists', `Login Profile for user ${user.name} already exists.`, { field: 'UserName' })
  }
}

export const createLoginProfile = defineIamOperation({
  name: 'CreateLoginProfile',
  readOnly: false,
  input: ZCreateLoginProfileInput,
  resource: (db, input, caller) => existingEntityArn(db, caller, 'user', input.UserName),
  async prepare(input, db, caller) {
    const user = await requireUser(db, caller, input.UserName)
    // EntityAlreadyExists before any policy violation; the transaction asks again.
    await assertNoLoginProfile(db, user)
    return { userId: user.id, password: await preparePassword(db, { accountId: caller.accountId, userId: user.id }, input.Password) }
  },
  async run(tx, input, caller, prepared): Promise<{ LoginProfile: LoginProfileDto }> {
    const user = await requireUser(tx, caller, input.UserName)
    await assertNoLoginProfile(tx, user)
    // A user deleted and created again under the same name meanwhile has another history.
    if (user.id !== prepared.userId) throw concurrentModification()
    await assertPreparedPasswordHolds(tx, { accountId: caller.accountId, userId: user.id }, input.Password, prepared.password)
    const profile = await tx.loginProfile.create({
      data: { userId: user.id, passwordHash: prepared.password.passwordHash, passwordResetRequired: input.PasswordResetRequired ?? false },
    })
    return { LoginProfile: { UserName: user.name, CreateDate: profile.createdAt.toISOString(), PasswordResetRequired: profile.passwordResetRequired } }
  },
})
