// The RoleSession table: issuing temporary credentials, reading them back as a caller,
// and keeping the table bounded. Rows are keyed by account like everything else, and
// nothing is kept in the process, so any server sharing the database resolves any key.
import { randomUUID } from 'node:crypto'
import type { Db, DbTransaction } from '@/lib/db/client'
import {
  generateTemporaryCredentials,
  hashSessionToken,
  openTemporarySecret,
  sealTemporarySecret,
  sessionTokenMatches,
  TEMPORARY_ACCESS_KEY_ID_PATTERN,
} from '@/lib/credentials/temporary-credential-material'
import { withHiddenSecrets } from '../mfa/mfa-devices'
import type { AssumedRoleCaller, Caller, RequestMeta, UserCaller } from '../caller'
import { assumedRoleArn } from '../arn'

/** Credentials as STS returns them (the Credentials member of AssumeRole and GetSessionToken). */
export interface StsCredentials {
  AccessKeyId: string
  SecretAccessKey: string
  SessionToken: string
  Expiration: Date
}

export interface NewRoleSession {
  accountId: string
  roleId?: string
  userId?: string
  sessionName?: string
  sessionPolicy?: string
  policyArns?: string[]
  sessionTags?: Record<string, string>
  transitiveTagKeys?: string[]
  sourceIdentity?: string
  issuedAt: Date
  expiresAt: Date
  mfaAuthenticatedAt?: Date
  sourceArn: string
  sourceSessionId?: string
}

// Rows stay a day past their expiry, so a client using them a little late hears
// ExpiredToken rather than InvalidClientTokenId; after that they go.
const EXPIRED_ROW_GRACE_MS = 24 * 3600 * 1000
// Each issue deletes at most this many old rows: bounded work per call, and more rows
// go than come as long as fewer than this many expire per issue.
const EXPIRED_ROWS_PER_ISSUE = 100

/** Writes the session (in the caller's transaction) and returns its id and the credentials, shown this once. */
export async function issueRoleSession(tx: DbTransaction, session: NewRoleSession): Promise<{ id: string; credentials: StsCredentials }> {
  await deleteExpiredRoleSessions(tx, session.issuedAt)
  const id = randomUUID()
  const material = generateTemporaryCredentials(session.accountId)
  await tx.roleSession.create({
    data: {
      id,
      accountId: session.accountId,
      roleId: session.roleId ?? null,
      userId: session.userId ?? null,
      sessionName: session.sessionName ?? null,
      accessKeyId: material.accessKeyId,
      secretEncrypted: sealTemporarySecret(material.secretAccessKey, id),
      sessionTokenHash: hashSessionToken(material.sessionToken),
      sessionPolicy: session.sessionPolicy ?? null,
      sessionTags: session.sessionTags && Object.keys(session.sessionTags).length ? JSON.stringify(session.sessionTags) : null,
      transitiveTagKeys: session.transitiveTagKeys?.length ? JSON.stringify(session.transitiveTagKeys) : null,
      sourceIdentity: session.sourceIdentity ?? null,
      issuedAt: session.issuedAt,
      expiresAt: session.expiresAt,
      mfaAuthenticatedAt: session.mfaAuthenticatedAt ?? null,
      sourceArn: session.sourceArn,
      sourceSessionId: session.sourceSessionId ?? null,
      policyArns: session.policyArns?.length ? { create: session.policyArns.map((policyArn, position) => ({ position, policyArn })) } : undefined,
    },
    select: { id: true },
  })
  // The secret and token are kept off the enumerable members, so an event or a log of
  // the result cannot carry them by accident (the audit redacts them by name too).
  // Members in STS's order: AccessKeyId, SecretAccessKey, SessionToken, Expiration.
  const credentials = withHiddenSecrets({ AccessKeyId: material.accessKeyId }, { SecretAccessKey: material.secretAccessKey, SessionToken: material.sessionToken })
  return { id, credentials: Object.assign(credentials, { Expiration: session.expiresAt }) }
}

async function deleteExpiredRoleSessions(tx: DbTransaction, now: Date): Promise<void> {
  const old = await tx.roleSession.findMany({
    where: { expiresAt: { lt: new Date(now.getTime() - EXPIRED_ROW_GRACE_MS) } },
    select: { id: true },
    take: EXPIRED_ROWS_PER_ISSUE,
  })
  if (old.length) await tx.roleSession.deleteMany({ where: { id: { in: old.map((r) => r.id) } } })
}

const sessionSelect = {
  id: true, accountId: true, roleId: true, userId: true, sessionName: true, accessKeyId: true, secretEncrypted: true, sessionTokenHash: true,
  sessionPolicy: true, sessionTags: true, transitiveTagKeys: true, sourceIdentity: true, issuedAt: true, expiresAt: true, mfaAuthenticatedAt: true,
  policyArns: { select: { policyArn: true }, orderBy: { position: 'asc' } },
  role: { select: { id: true, name: true, arn: true } },
  user: { select: { id: true, name: true, arn: true } },
} as const

type SessionRow = NonNullable<Awaited<ReturnType<typeof findSession>>>

function findSession(db: Db, where: { id: string } | { accessKeyId: string }) {
  return db.roleSession.findUnique({ where, select: sessionSelect })
}

const parsed = <T>(json: string | null, empty: T): T => (json === null ? empty : (JSON.parse(json) as T))

/** The caller a session's credentials act as: the assumed role's session, or (GetSessionToken) the user itself. */
function callerOfSession(row: SessionRow, request: RequestMeta | undefined): AssumedRoleCaller | UserCaller | null {
  const common = {
    accountId: row.accountId,
    sessionId: row.id,
    tokenIssuedAt: row.issuedAt,
    ...(row.mfaAuthenticatedAt ? { mfaAuthenticatedAt: row.mfaAuthenticatedAt } : {}),
    ...(request ? { request } : {}),
  }
  if (row.role && row.sessionName !== null) {
    return {
      ...common,
      kind: 'assumed-role',
      arn: assumedRoleArn(row.accountId, row.role.name, row.sessionName),
      roleId: row.role.id,
      roleName: row.role.name,
      roleArn: row.role.arn,
      sessionName: row.sessionName,
      session: {
        ...(row.sessionPolicy !== null ? { policy: row.sessionPolicy } : {}),
        policyArns: row.policyArns.map((p) => p.policyArn),
        tags: parsed(row.sessionTags, {}),
        transitiveTagKeys: parsed(row.transitiveTagKeys, []),
        ...(row.sourceIdentity !== null ? { sourceIdentity: row.sourceIdentity } : {}),
        expiresAt: row.expiresAt,
      },
    }
  }
  if (row.user) return { ...common, kind: 'user', arn: row.user.arn, userId: row.user.id, userName: row.user.name }
  return null
}

/**
 * The caller a role session id stands for, while the session lasts: null once it has
 * expired, or when it, its role or its user is gone. A console session that switched
 * role keeps just this id and resolves it on every request.
 */
export async function callerOfRoleSession(db: Db, roleSessionId: string, request?: RequestMeta, now: Date = new Date()): Promise<AssumedRoleCaller | UserCaller | null> {
  const row = await findSession(db, { id: roleSessionId })
  if (!row || row.expiresAt.getTime() <= now.getTime()) return null
  return callerOfSession(row, request)
}

export type TemporaryCredentialLookup =
  | { ok: true; caller: Caller; secretAccessKey: string }
  | { ok: false; reason: 'unknown' | 'invalid-token' | 'expired' }

/** For SigV4 verification: an ASIA key's secret and caller, once its session token checks out. */
export async function temporaryCredentialOf(db: Db, accessKeyId: string, sessionToken: string | undefined, request: RequestMeta, now: Date = new Date()): Promise<TemporaryCredentialLookup> {
  if (!TEMPORARY_ACCESS_KEY_ID_PATTERN.test(accessKeyId)) return { ok: false, reason: 'unknown' }
  const row = await findSession(db, { accessKeyId })
  if (!row) return { ok: false, reason: 'unknown' }
  if (sessionToken === undefined || !sessionTokenMatches(sessionToken, row.sessionTokenHash)) return { ok: false, reason: 'invalid-token' }
  if (row.expiresAt.getTime() <= now.getTime()) return { ok: false, reason: 'expired' }
  const caller = callerOfSession(row, request)
  if (!caller) return { ok: false, reason: 'unknown' }
  return { ok: true, caller, secretAccessKey: openTemporarySecret(row.secretEncrypted, row.id) }
}
