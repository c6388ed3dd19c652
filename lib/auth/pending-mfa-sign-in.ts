// The state between "the password was right" and "the MFA check passed". No
// ConsoleSession exists yet: the pending row only says which principal proved its
// password, and it is short-lived (5 minutes, as long as AWS's MFA page waits) and single
// use (deleted when a session is made from it). It lives in the WebAuthnChallenge table
// with purpose "sign-in" (a row bound to a principal with an expiry is exactly that
// table's shape; the security key's own challenge is a separate "authentication" row,
// lib/iam/mfa/security-key-challenges.ts). Its id is a 256-bit bearer secret that only
// the browser that typed the password holds.
//
// Wrong answers are counted per pending sign-in as well (a counter in the throttle
// table, reserved before each check like the others): after the third, the pending
// sign-in ends and the password must be typed again, so a flood of codes against one
// pending sign-in gets three guesses, not as many as the principal's limit allows.
import { createHash, randomBytes } from 'node:crypto'
import type { Db } from '@/lib/db/client'
import type { ThrottleCounter, ThrottleRule } from './sign-in-throttle'

export const PENDING_MFA_SIGN_IN_PURPOSE = 'sign-in'
export const PENDING_MFA_SIGN_IN_TTL_MS = 5 * 60_000

/** Blocking is never what ends it: the third wrong answer ends the pending sign-in itself. */
export const PENDING_MFA_THROTTLE: ThrottleRule = {
  maxFailures: 3,
  windowMs: PENDING_MFA_SIGN_IN_TTL_MS,
  baseDelayMs: PENDING_MFA_SIGN_IN_TTL_MS,
  maxDelayMs: PENDING_MFA_SIGN_IN_TTL_MS,
  clearedBySuccess: true,
}

const PENDING_COUNTER_PREFIX = 'mfa-pending:'

/** The id is a bearer secret: its counter is named by a digest of it. */
export function pendingMfaThrottleCounter(pendingId: string): ThrottleCounter {
  return { key: PENDING_COUNTER_PREFIX + createHash('sha256').update(pendingId).digest('base64url'), rule: PENDING_MFA_THROTTLE }
}

export interface PendingMfaSignIn {
  id: string
  accountId: string
  /** null = the account's root user. */
  userId: string | null
  /** Random; the column is required, the security key's challenge is stored apart. */
  challenge: string
  expiresAt: Date
}

export async function createPendingMfaSignIn(db: Db, principal: { accountId: string; userId: string | null }, now: Date): Promise<PendingMfaSignIn> {
  const id = randomBytes(32).toString('base64url')
  const challenge = randomBytes(32).toString('base64url')
  const expiresAt = new Date(now.getTime() + PENDING_MFA_SIGN_IN_TTL_MS)
  // Expired pending sign-ins of anyone are dropped here, so the table does not grow.
  await db.webAuthnChallenge.deleteMany({ where: { purpose: PENDING_MFA_SIGN_IN_PURPOSE, expiresAt: { lte: now } } })
  await db.signInThrottle.deleteMany({ where: { key: { startsWith: PENDING_COUNTER_PREFIX }, windowStart: { lte: new Date(now.getTime() - PENDING_MFA_SIGN_IN_TTL_MS) } } })
  await db.webAuthnChallenge.create({
    data: { id, accountId: principal.accountId, userId: principal.userId, purpose: PENDING_MFA_SIGN_IN_PURPOSE, challenge, expiresAt, createdAt: now },
  })
  return { id, accountId: principal.accountId, userId: principal.userId, challenge, expiresAt }
}

export async function findPendingMfaSignIn(db: Db, id: string, now: Date): Promise<PendingMfaSignIn | null> {
  if (!id || id.length > 100) return null
  const row = await db.webAuthnChallenge.findUnique({ where: { id } })
  if (!row || row.purpose !== PENDING_MFA_SIGN_IN_PURPOSE || row.expiresAt.getTime() <= now.getTime()) return null
  return { id: row.id, accountId: row.accountId, userId: row.userId, challenge: row.challenge, expiresAt: row.expiresAt }
}

/** Takes the pending sign-in; false when it was already taken (two tabs, a replayed request). */
export async function consumePendingMfaSignIn(db: Db, id: string): Promise<boolean> {
  const { count } = await db.webAuthnChallenge.deleteMany({ where: { id, purpose: PENDING_MFA_SIGN_IN_PURPOSE } })
  await db.signInThrottle.deleteMany({ where: { key: pendingMfaThrottleCounter(id).key } })
  return count === 1
}
