// GetAccessKeyLastUsed: when, with which service and in which region a key was last
// used; ServiceName and Region read "N/A" for a key never used (API reference,
// AccessKeyLastUsed). The gate checks the key owner's user ARN; a key not in the
// caller's account is checked against "*", so only a caller allowed on every user
// learns that it does not exist.
import { z } from 'zod'
import { defineIamOperation } from '../operation'
import { noSuchAccessKey, ZAccessKeyId } from './access-key-owner'

export const ZGetAccessKeyLastUsedInput = z.object({ AccessKeyId: ZAccessKeyId })

export interface AccessKeyLastUsedDto {
  LastUsedDate?: string
  ServiceName: string
  Region: string
}

const keyInAccount = (accountId: string, accessKeyId: string) => ({ id: accessKeyId, user: { accountId } })

export const getAccessKeyLastUsed = defineIamOperation({
  name: 'GetAccessKeyLastUsed',
  readOnly: true,
  input: ZGetAccessKeyLastUsedInput,
  async resource(db, input, caller) {
    const key = await db.accessKey.findFirst({ where: keyInAccount(caller.accountId, input.AccessKeyId), select: { user: { select: { arn: true } } } })
    return key?.user.arn ?? '*'
  },
  async run(tx, input, caller): Promise<{ UserName: string; AccessKeyLastUsed: AccessKeyLastUsedDto }> {
    const key = await tx.accessKey.findFirst({ where: keyInAccount(caller.accountId, input.AccessKeyId), include: { user: { select: { name: true } } } })
    if (!key) throw noSuchAccessKey(input.AccessKeyId)
    return {
      UserName: key.user.name,
      AccessKeyLastUsed: {
        ...(key.lastUsedAt ? { LastUsedDate: key.lastUsedAt.toISOString() } : {}),
        ServiceName: key.lastUsedService ?? 'N/A',
        Region: key.lastUsedRegion ?? 'N/A',
      },
    }
  },
})
