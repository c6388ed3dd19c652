// Slows down password and MFA-code guessing. An attempt is reserved before the password
// or code is checked, by one statement that counts it and answers whether it may go
// ahead (reserveSignInAttempt), so fifty requests sent at once get fifty distinct
// counts and only those within the limit are verified; a check-then-record throttle
// lets them all through. A failed check keeps its count; a successful one clears the
// principal's count, and an attempt that was never checked gives its count back.
//
// Counters: the submitted principal (what was typed, whether or not such a user exists,
// so a refusal tells nothing about existence) together with the source address, and the
// source address alone. A third party guessing alice's password from one address blocks
// only that pair: alice from her own address is never refused. Past the limit within
// the window, attempts are refused for a delay that doubles with every further failure.
import type { Db } from '@/lib/db/client'
import { Prisma } from '@/lib/generated/prisma/client'

export interface ThrottleRule {
  /** Failures allowed within the window before sign-in is refused. */
  maxFailures: number
  windowMs: number
  /** First refusal lasts this long; each further failure doubles it, up to maxDelayMs. */
  baseDelayMs: number
  maxDelayMs: number
  /** A successful sign-in deletes the counter (else it only gives its reservation back). */
  clearedBySuccess: boolean
}

const MINUTE = 60_000

export const PRINCIPAL_THROTTLE: ThrottleRule = { maxFailures: 5, windowMs: 15 * MINUTE, baseDelayMs: MINUTE, maxDelayMs: 60 * MINUTE, clearedBySuccess: true }
// Across principals, so one address cannot try five passwords for each of a thousand
// names; far higher than the per-principal limit, because a classroom behind one NAT
// address signs in from one IP: a few typos each must not lock everyone out, and since
// an attempt counts from its reservation until its password is checked, a whole class
// signing in at the start of a lesson (dozens in flight at once, queued for hashing) must
// fit under it too.
export const IP_THROTTLE: ThrottleRule = { maxFailures: 100, windowMs: 15 * MINUTE, baseDelayMs: MINUTE, maxDelayMs: 60 * MINUTE, clearedBySuccess: false }

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

export interface ThrottleCounter {
  key: string
  rule: ThrottleRule
}

/** The counters one sign-in attempt by `principalKey` from `sourceIp` is reserved on. */
export function signInThrottleCounters(principalKey: string, sourceIp: string | undefined): ThrottleCounter[] {
  return [
    { key: `${principalKey} from ${sourceIp ?? 'an unknown address'}`, rule: PRINCIPAL_THROTTLE },
    ...(sourceIp ? [{ key: ipThrottleKey(sourceIp), rule: IP_THROTTLE }] : []),
  ]
}

export interface ThrottleReservation extends ThrottleCounter {
  /** This attempt's number within the window. */
  failures: number
  /** Set when this attempt is the last one allowed: others wait until it is answered. */
  hold: Date | null
}

export type ReserveResult = { ok: true; reservations: ThrottleReservation[] } | { ok: false; delayMs: number; refusedBy: ThrottleCounter }

/** Counts one attempt on every counter, or refuses (and counts on none) when one of them is blocked. */
export async function reserveSignInAttempt(db: Db, counters: ThrottleCounter[], now: Date): Promise<ReserveResult> {
  const reservations: ThrottleReservation[] = []
  for (const counter of counters) {
    const reservation = await reserveOne(db, counter, now)
    if (!reservation) {
      await releaseSignInAttempt(db, reservations, now)
      return { ok: false, delayMs: await blockedForMs(db, counter.key, now), refusedBy: counter }
    }
    reservations.push(reservation)
  }
  return { ok: true, reservations }
}

async function reserveOne(db: Db, { key, rule }: ThrottleCounter, now: Date): Promise<ThrottleReservation | null> {
  // The window runs from its start, or from the end of the last refusal, so the delay
  // keeps doubling for someone who waits out each refusal and guesses again.
  const windowCutoff = new Date(now.getTime() - rule.windowMs)
  // The attempt that reaches the limit blocks the counter until it is answered (a
  // failure then sets the real delay, a success lifts it), so attempts sent beside it
  // cannot slip past the limit while it is being verified.
  const hold = new Date(now.getTime() + rule.baseDelayMs)
  // One statement on SQLite (3.35+) and PostgreSQL alike: the conflict target's row is
  // locked for the update, and the DO UPDATE's WHERE makes a blocked counter return no
  // row, so the answer and the count cannot be separated by another request.
  const rows = await db.$queryRaw<{ failures: number }[]>`
    INSERT INTO "SignInThrottle" ("key", "failures", "windowStart", "blockedUntil")
    VALUES (${key}, 1, ${now}, ${rule.maxFailures <= 1 ? hold : null})
    ON CONFLICT ("key") DO UPDATE SET
      "failures" = CASE WHEN ${expired(windowCutoff)} THEN 1 ELSE "SignInThrottle"."failures" + 1 END,
      "windowStart" = CASE WHEN ${expired(windowCutoff)} THEN ${now} ELSE "SignInThrottle"."windowStart" END,
      "blockedUntil" = CASE
        WHEN (CASE WHEN ${expired(windowCutoff)} THEN 1 ELSE "SignInThrottle"."failures" + 1 END) >= ${rule.maxFailures} THEN ${hold}
        ELSE "SignInThrottle"."blockedUntil" END
    WHERE "SignInThrottle"."blockedUntil" IS NULL OR "SignInThrottle"."blockedUntil" <= ${now}
    RETURNING "failures"`
  const failures = rows[0] ? Number(rows[0].failures) : null
  if (failures === null) return null
  return { key, rule, failures, hold: failures >= rule.maxFailures ? hold : null }
}

function expired(windowCutoff: Date) {
  return Prisma.sql`("SignInThrottle"."windowStart" < ${windowCutoff} AND ("SignInThrottle"."blockedUntil" IS NULL OR "SignInThrottle"."blockedUntil" < ${windowCutoff}))`
}

/** Milliseconds until the counter allows another attempt; at least 1 for a counter that refused one. */
async function blockedForMs(db: Db, key: string, now: Date): Promise<number> {
  const row = await db.signInThrottle.findUnique({ where: { key }, select: { blockedUntil: true } })
  return Math.max(1, (row?.blockedUntil?.getTime() ?? 0) - now.getTime())
}

/** The password or code was wrong: the counts stay, and a counter at its limit is blocked for its delay. */
export async function recordSignInFailure(db: Db, reservations: ThrottleReservation[], now: Date): Promise<void> {
  for (const { key, rule, failures } of reservations) {
    const over = failures - rule.maxFailures
    if (over < 0) continue
    const blockedUntil = new Date(now.getTime() + Math.min(rule.baseDelayMs * 2 ** over, rule.maxDelayMs))
    // Only ever longer: a later failure may already have set a longer delay.
    await db.signInThrottle.updateMany({ where: { key, OR: [{ blockedUntil: null }, { blockedUntil: { lt: blockedUntil } }] }, data: { blockedUntil } })
  }
  await pruneStaleSignInThrottles(db, now)
}

/** The longest window of any rule (the pending MFA counters' is shorter). */
export const THROTTLE_RETENTION_MS = Math.max(PRINCIPAL_THROTTLE.windowMs, IP_THROTTLE.windowMs)

/**
 * Deletes the counters whose window has run out and that no longer refuse anything: the
 * next attempt would start them again at 1 (see `expired` in reserveOne), so a missing
 * row means the same. Without this, every (name, address) pair ever guessed would keep
 * its row. It runs after each failure, the only way rows keep growing, and is one
 * DELETE over a table that it itself keeps to the last hour or so of failures.
 */
export async function pruneStaleSignInThrottles(db: Db, now: Date): Promise<number> {
  const cutoff = new Date(now.getTime() - THROTTLE_RETENTION_MS)
  const { count } = await db.signInThrottle.deleteMany({
    where: { windowStart: { lt: cutoff }, OR: [{ blockedUntil: null }, { blockedUntil: { lt: cutoff } }] },
  })
  return count
}

/** The attempt was never answered (refused by another counter, the hashing queue full): its counts are given back. */
export async function releaseSignInAttempt(db: Db, reservations: ThrottleReservation[], now: Date): Promise<void> {
  for (const { key, hold } of reservations) {
    await db.signInThrottle.updateMany({ where: { key, failures: { gt: 0 } }, data: { failures: { decrement: 1 } } })
    // Its hold ends now, unless a failure has replaced it with a real delay. The end of
    // a refusal also anchors the window, so this keeps the window no shorter.
    if (hold) await db.signInThrottle.updateMany({ where: { key, blockedUntil: hold }, data: { blockedUntil: now } })
  }
}

/** Every check passed: the principal's counters start again; the address's only gives this attempt back. */
export async function recordSignInSuccess(db: Db, reservations: ThrottleReservation[], now: Date): Promise<void> {
  await db.signInThrottle.deleteMany({ where: { key: { in: reservations.filter((r) => r.rule.clearedBySuccess).map((r) => r.key) } } })
  await releaseSignInAttempt(db, reservations.filter((r) => !r.rule.clearedBySuccess), now)
}
