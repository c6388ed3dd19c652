// The one place a request's access key id becomes a caller: long-term keys (AKIA…,
// AccessKey rows) and temporary credentials (ASIA…, RoleSession rows issued by STS),
// which also need the session token they were issued with (X-Amz-Security-Token).
import type { Caller, RequestMeta } from '@/lib/iam/caller'
import { iamDatabase } from '@/lib/iam/database'
import { recordAccessKeyUse, secretForAccessKey } from '@/lib/iam/access-keys/secret-for-access-key'
import { temporaryCredentialOf } from '@/lib/iam/sts'

export type CredentialLookup =
  | { ok: true; caller: Caller; secretAccessKey: string; recordUse(use: { service: string; region: string; at: Date }): Promise<void> }
  | { ok: false; reason: 'unknown' | 'inactive' | 'invalid-token' | 'expired' }

/**
 * Last used is a day-level fact in the console and the credential report (AWS itself
 * reports it with a delay); writing it at most once a minute per key keeps reads
 * from queueing behind SQLite's one writer.
 */
const LAST_USED_RESOLUTION_MS = 60_000

// Temporary credentials have no "last used" of their own (AWS reports it for long-term
// keys only); the role's last use is recorded when it is assumed.
const NOTHING_TO_RECORD = async (): Promise<void> => {}

export async function credentialOfAccessKey(accessKeyId: string, sessionToken: string | undefined, request: RequestMeta): Promise<CredentialLookup> {
  if (accessKeyId.startsWith('ASIA')) {
    const temporary = await temporaryCredentialOf(iamDatabase(), accessKeyId, sessionToken, request)
    return temporary.ok ? { ...temporary, recordUse: NOTHING_TO_RECORD } : temporary
  }
  const key = await secretForAccessKey(accessKeyId)
  if (!key) return { ok: false, reason: 'unknown' }
  if (key.status !== 'Active') return { ok: false, reason: 'inactive' }
  // A long-term key carries no MFA: aws:MultiFactorAuthPresent is absent (no mfaAuthenticatedAt).
  const caller: Caller = { kind: 'user', accountId: key.accountId, arn: key.userArn, userId: key.userId, userName: key.userName, request }
  return {
    ok: true,
    caller,
    secretAccessKey: key.secretAccessKey,
    async recordUse(use) {
      const fresh = key.lastUsedAt && use.at.getTime() - key.lastUsedAt.getTime() < LAST_USED_RESOLUTION_MS
      if (fresh && key.lastUsedService === use.service && key.lastUsedRegion === use.region) return
      await recordAccessKeyUse(key.accessKeyId, use)
    },
  }
}
