import { z } from 'zod'
import { existingEntityArn, requireUser } from '../entities'
import { noSuchEntity } from '../errors'
import { defineIamOperation } from '../operation'
import { ZUserName } from '../schemas'

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
    return {}
  },
})
