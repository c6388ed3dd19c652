import { z } from 'zod'
import { defineIamOperation } from '../operation'
import { ZUserName } from '../schemas'
import { accessKeyOwnerArn, noSuchAccessKey, requireAccessKeyOwner, ZAccessKeyId } from './access-key-owner'

export const ZDeleteAccessKeyInput = z.object({ UserName: ZUserName.optional(), AccessKeyId: ZAccessKeyId })

export const deleteAccessKey = defineIamOperation({
  name: 'DeleteAccessKey',
  readOnly: false,
  input: ZDeleteAccessKeyInput,
  resource: (db, input, caller) => accessKeyOwnerArn(db, caller, input.UserName),
  async run(tx, input, caller): Promise<Record<string, never>> {
    const user = await requireAccessKeyOwner(tx, caller, input.UserName)
    const { count } = await tx.accessKey.deleteMany({ where: { id: input.AccessKeyId, userId: user.id } })
    if (count === 0) throw noSuchAccessKey(input.AccessKeyId)
    return {}
  },
})
