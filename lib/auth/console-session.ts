// Console sessions live in the database (ConsoleSession) so that each one can be
// revoked: the next-auth cookie carries only the session id, and every request looks
// the row up again (lib/auth/current-caller.ts). A cookie alone never grants access.
import { randomBytes } from 'node:crypto'
import type { Db } from '@/lib/db/client'
import type { Caller, RequestMeta } from '@/lib/iam/caller'
import { rootArn } from '@/lib/iam/arn'

/** AWS console sessions of IAM users and root last at most 12 hours. */
export const CONSOLE_SESSION_MAX_AGE_SECONDS = 12 * 60 * 60

/** A session unused for this long ends (OWASP ASVS 3.3.2), unless SESSION_IDLE_TIMEOUT_MINUTES says otherwise. */
export const DEFAULT_IDLE_TIMEOUT_MINUTES = 60

/**
 * lastSeenAt is written at most once per this interval per session, not on every
 * request: a page load makes several requests, and each would otherwise be a write.
 * The idle timeout is thereby up to this much longer than configured.
 */
export const LAST_SEEN_RESOLUTION_MS = 60_000

/** SESSION_IDLE_TIMEOUT_MINUTES as milliseconds; a value that is not a positive whole number of minutes up to 12 hours throws. */
export function consoleSessionIdleTimeoutMs(setting: string | undefined = process.env.SESSION_IDLE_TIMEOUT_MINUTES): number {
  const text = setting?.trim() || String(DEFAULT_IDLE_TIMEOUT_MINUTES)
  const minutes = Number(text)
  if (!/^\d+$/.test(text) || minutes < 1 || minutes > CONSOLE_SESSION_MAX_AGE_SECONDS / 60) {
    throw new Error(`SESSION_IDLE_TIMEOUT_MINUTES must be a whole number of minutes from 1 to ${CONSOLE_SESSION_MAX_AGE_SECONDS / 60}, got "${setting}"`)
  }
  return minutes * 60_000
}

export interface NewConsoleSession {
  accountId: string
  /** null = the account's root user. */
  userId: string | null
  principalArn: string
  passwordChangeRequired?: boolean
  mfaAuthenticatedAt?: Date | null
  request?: RequestMeta
}

export async function createConsoleSession(db: Db, session: NewConsoleSession, now: Date): Promise<string> {
  // 256 random bits: the id is a bearer secret once it is inside a signed cookie.
  const id = randomBytes(32).toString('base64url')
  await db.consoleSession.create({
    data: {
      id,
      accountId: session.accountId,
      userId: session.userId,
      principalArn: session.principalArn,
      createdAt: now,
      lastSeenAt: now,
      expiresAt: new Date(now.getTime() + CONSOLE_SESSION_MAX_AGE_SECONDS * 1000),
      passwordChangeRequired: session.passwordChangeRequired ?? false,
      mfaAuthenticatedAt: session.mfaAuthenticatedAt ?? null,
      sourceIp: session.request?.sourceIp ?? null,
      userAgent: session.request?.userAgent ?? null,
    },
  })
  return id
}

/** What the console needs about the signed-in principal, from one query. */
export interface ActiveConsoleSession {
  id: string
  accountId: string
  accountAlias: string | null
  principalArn: string
  mfaAuthenticatedAt: Date | null
  passwordChangeRequired: boolean
  expiresAt: Date
  user: { id: string; name: string; arn: string } | null
  /** Set while the console has switched to a role (lib/auth/switched-role.ts). */
  switchedRole: SwitchedRoleOfSession | null
}

/** What a console session keeps of a switched role: the role session, and how the top bar shows it. */
export interface SwitchedRoleOfSession {
  roleSessionId: string
  displayName: string
  /** One of ROLE_DISPLAY_COLORS (lib/auth/switched-role.ts), written by the server only. */
  color: string
}

/**
 * The session if it exists, is not revoked, has not expired and has been used within the
 * idle timeout; otherwise null. Finding it counts as using it (lastSeenAt moves to `now`,
 * at most once per LAST_SEEN_RESOLUTION_MS).
 */
export async function findActiveConsoleSession(
  db: Db,
  sessionId: string,
  now: Date,
  idleTimeoutMs: number = consoleSessionIdleTimeoutMs(),
): Promise<ActiveConsoleSession | null> {
  const row = await db.consoleSession.findUnique({
    where: { id: sessionId },
    include: {
      account: { select: { alias: true } },
      user: { select: { id: true, name: true, arn: true } },
    },
  })
  if (!row || row.revokedAt || row.expiresAt.getTime() <= now.getTime()) return null
  if (now.getTime() - row.lastSeenAt.getTime() >= idleTimeoutMs) return null
  // A session of a user that was deleted is gone with it (onDelete: Cascade); a row
  // with a userId but no user cannot happen, but must not turn into root.
  if (row.userId && !row.user) return null
  if (now.getTime() - row.lastSeenAt.getTime() >= LAST_SEEN_RESOLUTION_MS) await recordSessionUse(db, row.id, now)
  return {
    id: row.id,
    accountId: row.accountId,
    accountAlias: row.account.alias,
    principalArn: row.principalArn,
    mfaAuthenticatedAt: row.mfaAuthenticatedAt,
    passwordChangeRequired: row.passwordChangeRequired,
    expiresAt: row.expiresAt,
    user: row.user,
    switchedRole: row.roleSessionId ? { roleSessionId: row.roleSessionId, displayName: row.roleDisplayName ?? '', color: row.roleDisplayColor ?? 'none' } : null,
  }
}

// Conditional, so that the parallel requests of one page load write once between them,
// and a clock that went backwards never moves lastSeenAt back.
async function recordSessionUse(db: Db, sessionId: string, now: Date): Promise<void> {
  const seenBefore = new Date(now.getTime() - LAST_SEEN_RESOLUTION_MS)
  await db.consoleSession.updateMany({ where: { id: sessionId, revokedAt: null, lastSeenAt: { lte: seenBefore } }, data: { lastSeenAt: now } })
}

/** Ends a session at once: every later request with its cookie is treated as signed out. */
export async function revokeConsoleSession(db: Db, sessionId: string, now: Date): Promise<void> {
  await db.consoleSession.updateMany({ where: { id: sessionId, revokedAt: null }, data: { revokedAt: now } })
}

export function callerFromConsoleSession(session: ActiveConsoleSession, request?: RequestMeta): Caller {
  const base = {
    accountId: session.accountId,
    sessionId: session.id,
    ...(session.mfaAuthenticatedAt ? { mfaAuthenticatedAt: session.mfaAuthenticatedAt } : {}),
    ...(request ? { request } : {}),
  }
  if (!session.user) return { ...base, kind: 'root', arn: rootArn(session.accountId) }
  return { ...base, kind: 'user', arn: session.user.arn, userId: session.user.id, userName: session.user.name }
}
