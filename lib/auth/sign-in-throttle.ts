// Slows down password guessing. Failures are counted per submitted principal (keyed by
// what was typed, whether or not such a user exists, so a refusal tells nothing about
// existence) and per source IP. Past the limit within the window, sign-in is refused
// for a delay that doubles with every further failure.
import type { Db } from '@/lib/db/client'

export interface ThrottleRule {
  /** Failures allowed within the window before sign-in is refused. */
  maxFailures: number
  windowMs: number
  /** First refusal lasts this long; each further failure doubles it, up to maxDelayMs. */
  baseDelayMs: number
  maxDelayMs: number
}

const MINUTE = 60_000

export const PRINCIPAL_THROTTLE: ThrottleRule = { maxFailures: 5, windowMs: 15 * MINUTE, baseDelayMs: MINUTE, maxDelayMs: 60 * MINUTE }
// Higher than the per-principal limit: a classroom behind one NAT address signs in
// from one IP, and a few typos each must not lock everyone out.
export const IP_THROTTLE: ThrottleRule = { maxFailures: 30, windowMs: 15 * MINUTE, baseDelayMs: MINUTE, maxDelayMs: 60 * MINUTE }

export function rootThrottleKey(email: string): string {
  return `root:${email.trim().toLowerCase()}`
}

/** `account` is the resolved 12-digit id when the account exists, else what was typed. */
export function userThrottleKey(account: string, userName: string): string {
  return `user:${account.trim().toLowerCase()}/${userName.trim().toLowerCase()}`
}

export function ipThrottleKey(ip: string): string {
  return `ip:${ip}`
}

/** Milliseconds until the first of these keys allows another attempt; 0 = not blocked. */
export async function throttleDelayMs(db: Db, keys: string[], now: Date): Promise<number> {
  const rows = await db.signInThrottle.findMany({ where: { key: { in: keys } } })
  let delay = 0
  for (const row of rows) {
    if (row.blockedUntil && row.blockedUntil.getTime() > now.getTime()) {
      delay = Math.max(delay, row.blockedUntil.getTime() - now.getTime())
    }
  }
  return delay
}

export async function recordSignInFailure(db: Db, key: string, rule: ThrottleRule, now: Date): Promise<void> {
  await db.$transaction(async (tx) => {
    const row = await tx.signInThrottle.findUnique({ where: { key } })
    // The window runs from its start, or from the end of the last refusal, so the delay
    // keeps doubling for someone who waits out each refusal and guesses again.
    const windowAnchor = row ? Math.max(row.windowStart.getTime(), row.blockedUntil?.getTime() ?? 0) : 0
    const windowExpired = !row || now.getTime() - windowAnchor > rule.windowMs
    const failures = windowExpired ? 1 : row.failures + 1
    const windowStart = windowExpired ? now : row.windowStart
    const over = failures - rule.maxFailures
    const blockedUntil =
      over >= 0 ? new Date(now.getTime() + Math.min(rule.baseDelayMs * 2 ** over, rule.maxDelayMs)) : (row?.blockedUntil ?? null)
    await tx.signInThrottle.upsert({
      where: { key },
      create: { key, failures, windowStart, blockedUntil },
      update: { failures, windowStart, blockedUntil },
    })
  })
}

/** After a successful sign-in the principal's counter starts again (the IP's does not). */
export async function clearSignInFailures(db: Db, key: string): Promise<void> {
  await db.signInThrottle.deleteMany({ where: { key } })
}
