import { z } from 'zod'
import { existingEntityArn, requireUser } from '../entities'
import { noSuchEntity } from '../errors'
import { defineIamOperation } from '../operation'
import { ZUserName } from '../schemas'
import { endConsoleSessions, ownSessionOf } from '../sessions/end-console-sessions'

export const ZDeleteLoginProfileInput = z.object({ UserName: ZUserName })

export const deleteLoginProfile = defineIamOperation({
  name: 'DeleteLoginProfile',
  readOnly: false,
  input: ZDeleteLoginProfileInput,
  resource: (db, input, caller) => existingEntityArn(db, caller, 'user', input.UserName),
  async run(tx, input, caller): Promise<Record<string, never>> {
    const user = await requireUser(tx, caller, input.UserName)
    const { count } = await tx.loginProfile.deleteMany({ where: { userId: user.id } })
    if (count === 0) throw noSuchEntity('login profile', user.name, 'UserName')
    // Disabling console access ends the user's console sessions too, as a new password
    // does (record-password-change.ts): otherwise whoever is signed in stays for up to
    // 12 hours. A user who removes their own password keeps the session that did it.
    const keep = ownSessionOf(caller, user.id)
    await endConsoleSessions(tx, { accountId: caller.accountId, userId: user.id }, new Date(), keep)
    return {}
  },
})
