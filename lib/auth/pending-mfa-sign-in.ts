// The state between "the password was right" and "the MFA check passed". No
// ConsoleSession exists yet: the pending row only says which principal proved its
// password, and it is short-lived (5 minutes, as long as AWS's MFA page waits) and single
// use (deleted when a session is made from it). It lives in the WebAuthnChallenge table
// with purpose "sign-in" (a row bound to a principal with an expiry is exactly that
// table's shape; the security key's own challenge is a separate "authentication" row,
// lib/iam/mfa/security-key-challenges.ts). Its id is a 256-bit bearer secret that only
// the browser that typed the password holds.
import { randomBytes } from 'node:crypto'
import type { Db } from '@/lib/db/client'

export const PENDING_MFA_SIGN_IN_PURPOSE = 'sign-in'
export const PENDING_MFA_SIGN_IN_TTL_MS = 5 * 60_000

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
  return count === 1
}
