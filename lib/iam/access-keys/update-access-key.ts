// UpdateAccessKey: Active <-> Inactive ("Deactivate" / "Activate" in the console).
import { z } from 'zod'
import { defineIamOperation } from '../operation'
import { ZUserName } from '../schemas'
import { accessKeyOwnerArn, noSuchAccessKey, requireAccessKeyOwner, ZAccessKeyId, ZAccessKeyStatus } from './access-key-owner'

export const ZUpdateAccessKeyInput = z.object({ UserName: ZUserName.optional(), AccessKeyId: ZAccessKeyId, Status: ZAccessKeyStatus })

export const updateAccessKey = defineIamOperation({
  name: 'UpdateAccessKey',
  readOnly: false,
  input: ZUpdateAccessKeyInput,
  resource: (db, input, caller) => accessKeyOwnerArn(db, caller, input.UserName),
  async run(tx, input, caller): Promise<Record<string, never>> {
    const user = await requireAccessKeyOwner(tx, caller, input.UserName)
    const { count } = await tx.accessKey.updateMany({ where: { id: input.AccessKeyId, userId: user.id }, data: { status: input.Status } })
    if (count === 0) throw noSuchAccessKey(input.AccessKeyId)
    return {}
  },
})
