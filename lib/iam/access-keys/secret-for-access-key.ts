// For verifying SigV4-signed requests (server side only; not an IAM operation and not
// exported from lib/iam): the secret of an active key and whose it is. The secret
// never leaves the server; the verifier recomputes the signature with it.
import type { Db } from '@/lib/db/client'
import { openSecretAccessKey } from '@/lib/credentials/access-key-material'
import { iamDatabase } from '../database'

export interface AccessKeySecret {
  accessKeyId: string
  secretAccessKey: string
  status: 'Active' | 'Inactive'
  accountId: string
  userId: string
  userName: string
  userArn: string
  lastUsedAt: Date | null
  lastUsedService: string | null
  lastUsedRegion: string | null
}

export async function secretForAccessKey(accessKeyId: string, db: Db = iamDatabase()): Promise<AccessKeySecret | null> {
  const key = await db.accessKey.findUnique({ where: { id: accessKeyId }, include: { user: { select: { accountId: true, name: true, arn: true } } } })
  if (!key) return null
  return {
    accessKeyId: key.id,
    secretAccessKey: openSecretAccessKey(key.secretEncrypted, key.id),
    status: key.status === 'Inactive' ? 'Inactive' : 'Active',
    accountId: key.user.accountId,
    userId: key.userId,
    userName: key.user.name,
    userArn: key.user.arn,
    lastUsedAt: key.lastUsedAt,
    lastUsedService: key.lastUsedService,
    lastUsedRegion: key.lastUsedRegion,
  }
}

/** Records a use of the key (AccessKeyLastUsed), for the request verifier. */
export async function recordAccessKeyUse(accessKeyId: string, use: { service: string; region: string; at: Date }, db: Db = iamDatabase()): Promise<void> {
  await db.accessKey.update({ where: { id: accessKeyId }, data: { lastUsedAt: use.at, lastUsedService: use.service, lastUsedRegion: use.region } })
}
