import { z } from 'zod'
import { existingEntityArn, requireUser } from '../entities'
import { concurrentModification, noSuchEntity } from '../errors'
import { defineIamOperation } from '../operation'
import { assertPreparedPasswordHolds, preparePassword } from '../passwords/prepare-password'
import { recordPasswordChange } from '../passwords/record-password-change'
import { ZPassword, ZUserName } from '../schemas'

export const ZUpdateLoginProfileInput = z.object({ UserName: ZUserName, Password: ZPassword.optional(), PasswordResetRequired: z.boolean().optional() })

export const updateLoginProfile = defineIamOperation({
  name: 'UpdateLoginProfile',
  readOnly: false,
  input: ZUpdateLoginProfileInput,
  resource: (db, input, caller) => existingEntityArn(db, caller, 'user', input.UserName),
  async prepare(input, db, caller) {
    if (input.Password === undefined) return null
    const user = await requireUser(db, caller, input.UserName)
    // NoSuchEntity before any policy violation, as without the early check.
    if (!(await db.loginProfile.findUnique({ where: { userId: user.id }, select: { userId: true } }))) throw noSuchEntity('login profile', user.name, 'UserName')
    return { userId: user.id, password: await preparePassword(db, { accountId: caller.accountId, userId: user.id }, input.Password) }
  },
  async run(tx, input, caller, prepared): Promise<Record<string, never>> {
    const user = await requireUser(tx, caller, input.UserName)
    const profile = await tx.loginProfile.findUnique({ where: { userId: user.id } })
    if (!profile) throw noSuchEntity('login profile', user.name, 'UserName')
    const target = { accountId: caller.accountId, userId: user.id }
    if (prepared && input.Password !== undefined) {
      if (prepared.userId !== user.id) throw concurrentModification()
      await assertPreparedPasswordHolds(tx, target, input.Password, prepared.password)
    }
    const now = new Date()
    // Conditional on the hash the reuse check compared with, so that two resets racing
    // on PostgreSQL (both read the same hash) cannot both store theirs.
    const { count } = await tx.loginProfile.updateMany({
      where: { userId: user.id, ...(prepared ? { passwordHash: profile.passwordHash } : {}) },
      data: {
        ...(prepared ? { passwordHash: prepared.password.passwordHash, passwordLastChangedAt: now } : {}),
        ...(input.PasswordResetRequired !== undefined ? { passwordResetRequired: input.PasswordResetRequired } : {}),
      },
    })
    if (count !== 1) throw concurrentModification()
    // History for reuse prevention; the user's other console sessions end.
    if (prepared) await recordPasswordChange(tx, target, profile.passwordHash, now, caller.sessionId)
    return {}
  },
})
