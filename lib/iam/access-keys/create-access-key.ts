// CreateAccessKey: at most 2 keys per user, as AWS; the secret is returned by this
// call only and kept encrypted (request signing needs it back, so not a hash).
import { z } from 'zod'
import { generateAccessKey, sealSecretAccessKey } from '@/lib/credentials/access-key-material'
import { lockRow } from '@/lib/db/lock-row'
import { IamError } from '../errors'
import { withHiddenSecrets } from '../mfa/mfa-devices'
import { defineIamOperation } from '../operation'
import { ZUserName } from '../schemas'
import { accessKeyOwnerArn, requireAccessKeyOwner, toAccessKeyMetadata, type AccessKeyMetadataDto } from './access-key-owner'

export const MAX_ACCESS_KEYS_PER_USER = 2

export const ZCreateAccessKeyInput = z.object({ UserName: ZUserName.optional() })

/** SecretAccessKey is non-enumerable: the event history (JSON) never records it; read it once. */
export type CreatedAccessKeyDto = AccessKeyMetadataDto & { SecretAccessKey: string }

export const createAccessKey = defineIamOperation({
  name: 'CreateAccessKey',
  readOnly: false,
  input: ZCreateAccessKeyInput,
  resource: (db, input, caller) => accessKeyOwnerArn(db, caller, input.UserName),
  async run(tx, input, caller): Promise<{ AccessKey: CreatedAccessKeyDto }> {
    const user = await requireAccessKeyOwner(tx, caller, input.UserName)
    // Concurrent creates for one user take turns, so none counts keys another is adding.
    await lockRow(tx, 'User', user.id)
    if ((await tx.accessKey.count({ where: { userId: user.id } })) >= MAX_ACCESS_KEYS_PER_USER) {
      throw new IamError('LimitExceeded', `Cannot exceed quota for AccessKeysPerUser: ${MAX_ACCESS_KEYS_PER_USER}`, { field: 'UserName' })
    }
    const material = generateAccessKey(caller.accountId)
    const row = await tx.accessKey.create({
      data: { id: material.accessKeyId, userId: user.id, secretEncrypted: sealSecretAccessKey(material.secretAccessKey, material.accessKeyId), status: 'Active' },
    })
    return { AccessKey: withHiddenSecrets(toAccessKeyMetadata(user.name, row), { SecretAccessKey: material.secretAccessKey }) }
  },
})
