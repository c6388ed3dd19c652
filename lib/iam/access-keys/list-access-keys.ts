import { z } from 'zod'
import { page, type ListResult } from '../dto'
import { defineIamOperation } from '../operation'
import { ZMarker, ZMaxItems, ZUserName } from '../schemas'
import { accessKeyOwnerArn, requireAccessKeyOwner, toAccessKeyMetadata, type AccessKeyMetadataDto } from './access-key-owner'

export const ZListAccessKeysInput = z.object({ UserName: ZUserName.optional(), Marker: ZMarker.optional(), MaxItems: ZMaxItems.optional() })

export const listAccessKeys = defineIamOperation({
  name: 'ListAccessKeys',
  readOnly: true,
  input: ZListAccessKeysInput,
  resource: (db, input, caller) => accessKeyOwnerArn(db, caller, input.UserName),
  async run(tx, input, caller): Promise<{ AccessKeyMetadata: AccessKeyMetadataDto[] } & ListResult> {
    const user = await requireAccessKeyOwner(tx, caller, input.UserName)
    const rows = await tx.accessKey.findMany({ where: { userId: user.id }, orderBy: [{ createdAt: 'asc' }, { id: 'asc' }] })
    const { items, ...rest } = page(rows, input.Marker, input.MaxItems)
    return { AccessKeyMetadata: items.map((k) => toAccessKeyMetadata(user.name, k)), ...rest }
  },
})
