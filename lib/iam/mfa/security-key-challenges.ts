// WebAuthn challenges live in WebAuthnChallenge rows with an expiry, one per
// ceremony, and are consumed by the response that answers them: a response can be
// verified once, and only against a challenge this server issued to this principal.
import type { Db, DbTransaction } from '@/lib/db/client'

/** The browser gets 60 s (WEBAUTHN_TIMEOUT_MS); the rest is slack for a slow round trip. */
export const CHALLENGE_TTL_MS = 5 * 60 * 1000

type Purpose = 'registration' | 'authentication'
interface Principal {
  accountId: string
  userId: string | null
}

export async function storeChallenge(db: Db | DbTransaction, principal: Principal, purpose: Purpose, challenge: string, now: Date): Promise<void> {
  // Expired rows of anyone in the account go too, so the table does not grow.
  await db.webAuthnChallenge.deleteMany({ where: { accountId: principal.accountId, expiresAt: { lte: now } } })
  await db.webAuthnChallenge.create({
    data: { accountId: principal.accountId, userId: principal.userId, purpose, challenge, expiresAt: new Date(now.getTime() + CHALLENGE_TTL_MS) },
  })
}

/** The challenge a response's clientDataJSON answers (base64url JSON), or null when unreadable. */
export function challengeOfResponse(clientDataJSON: string): string | null {
  try {
    const data = JSON.parse(Buffer.from(clientDataJSON, 'base64url').toString('utf8')) as { challenge?: unknown }
    return typeof data.challenge === 'string' ? data.challenge : null
  } catch {
    return null
  }
}

/** Deletes and returns the matching live challenge; false when there is none (expired, reused, someone else's). */
export async function consumeChallenge(db: Db | DbTransaction, principal: Principal, purpose: Purpose, challenge: string | null, now: Date): Promise<boolean> {
  if (!challenge) return false
  const { count } = await db.webAuthnChallenge.deleteMany({
    where: { accountId: principal.accountId, userId: principal.userId, purpose, challenge, expiresAt: { gt: now } },
  })
  return count > 0
}
