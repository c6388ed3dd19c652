// Console sign-in, as AWS's sign-in page does it: the root user by email address, an
// IAM user by account ID or alias + user name. Any wrong part gives one message, the
// same text in every case, so the form cannot be used to learn which account ids,
// aliases or user names exist; unknown principals are checked against a decoy hash so
// the response time does not tell either. Success creates a ConsoleSession row.
import { z } from 'zod'
import type { Db } from '@/lib/db/client'
import type { RequestMeta } from '@/lib/iam/caller'
import { createConsoleSession } from './console-session'
import { decoyPasswordHash, verifyPassword } from '@/lib/credentials/password-hash'
import { passwordPolicyFromRow } from '@/lib/iam/account/password-policy-row'
import { createPendingMfaSignIn } from './pending-mfa-sign-in'
import { upgradePasswordHash } from './upgrade-password-hash'
import { signInMfaMethods } from '@/lib/iam/mfa/sign-in-mfa'
import { consolePasswordStatusOf } from '@/lib/iam/passwords/console-password-status'
import { recordConsoleLogin, type ConsoleLoginIdentity } from './record-console-login'
import { QueueFullError } from '@/lib/credentials/bounded-queue'
import {
  recordSignInFailure,
  recordSignInSuccess,
  releaseSignInAttempt,
  reserveSignInAttempt,
  rootThrottleKey,
  signInThrottleCounters,
  userThrottleKey,
  type ThrottleReservation,
} from './sign-in-throttle'
import { rootArn } from '@/lib/iam/arn'

/** AWS's wording on its sign-in page for a wrong email, account, user name or password. */
export const SIGN_IN_FAILED_MESSAGE = 'Your authentication information is incorrect. Please try again.'

/** When HardExpiry keeps an expired password out ("Password expiration requires administrator reset"). */
export const PASSWORD_EXPIRED_ADMIN_RESET_MESSAGE = 'Your password has expired. Contact your administrator to reset your password.'

export function tooManyAttemptsMessage(delayMs: number): string {
  const minutes = Math.max(1, Math.ceil(delayMs / 60_000))
  return `Too many failed sign-in attempts. Try again in ${minutes} minute${minutes === 1 ? '' : 's'}.`
}

// Bounds keep absurd input away from the database and the KDF; anything outside them is
// just another wrong credential.
export const ZConsoleSignIn = z.discriminatedUnion('kind', [
  z.object({
    kind: z.literal('root'),
    email: z.string().trim().min(1).max(254),
    password: z.string().min(1).max(1024),
  }),
  z.object({
    kind: z.literal('iam-user'),
    account: z.string().trim().min(1).max(63),
    userName: z.string().trim().min(1).max(64),
    password: z.string().min(1).max(1024),
  }),
])
export type TConsoleSignIn = z.infer<typeof ZConsoleSignIn>

/** Which kinds of enabled MFA device the principal has: the MFA page offers a choice when both. */
export interface MfaMethods {
  totp: boolean
  securityKey: boolean
}

export type SignInResult =
  | { ok: true; sessionId: string }
  | { ok: false; message: string }
  /** The password was right and the principal has MFA: no session until the MFA step (lib/auth/sign-in-mfa.ts). */
  | { ok: false; mfaRequired: { pendingId: string; methods: MfaMethods } }

interface Verified {
  /** The principal to sign in, or null when the credentials are wrong. */
  principal: null | {
    accountId: string
    userId: string | null
    arn: string
    passwordChangeRequired: boolean
    hardExpired?: boolean
    /** The stored hash the password matched (upgradePasswordHash replaces an old-cost one). */
    verifiedHash: string
  }
  /** Who the event history names; null when the account is unknown (no account to log into). */
  identity: ConsoleLoginIdentity | null
}

const TWELVE_DIGITS = /^\d{12}$/

async function verifyRoot(db: Db, email: string, password: string): Promise<Verified> {
  const normalized = email.toLowerCase()
  // Email addresses match case-insensitively; the stored one may keep the case it was
  // given in (SEED_ROOT_EMAIL), and `mode: 'insensitive'` exists on PostgreSQL only.
  const account = await db.account.findFirst({
    where: { rootEmail: { in: [...new Set([email, normalized])] } },
    select: { id: true, rootPasswordHash: true },
  })
  const matches = await verifyPassword(password, account?.rootPasswordHash ?? (await decoyPasswordHash()))
  return {
    principal:
      account && matches
        ? { accountId: account.id, userId: null, arn: rootArn(account.id), passwordChangeRequired: false, verifiedHash: account.rootPasswordHash }
        : null,
    identity: account ? { type: 'Root', accountId: account.id } : null,
  }
}

/** The account an "Account ID" field names (12 digits, or the alias in any case), or null. */
export async function accountIdOf(db: Db, accountIdOrAlias: string): Promise<string | null> {
  return (await findAccount(db, accountIdOrAlias))?.id ?? null
}

async function findAccount(db: Db, accountIdOrAlias: string) {
  return TWELVE_DIGITS.test(accountIdOrAlias)
    ? db.account.findUnique({ where: { id: accountIdOrAlias }, select: { id: true } })
    : db.account.findUnique({ where: { alias: accountIdOrAlias.toLowerCase() }, select: { id: true } })
}

async function verifyIamUser(db: Db, accountIdOrAlias: string, userName: string, password: string, now: Date): Promise<Verified> {
  const account = await findAccount(db, accountIdOrAlias)
  const user = account
    ? await db.user.findUnique({
        where: { accountId_nameKey: { accountId: account.id, nameKey: userName.toLowerCase() } },
        select: {
          id: true,
          name: true,
          arn: true,
          loginProfile: { select: { passwordHash: true, passwordResetRequired: true, passwordLastChangedAt: true } },
          account: { select: { passwordPolicy: true } },
        },
      })
    : null
  // A user without a login profile has no console password: same answer as a wrong one.
  const hash = user?.loginProfile?.passwordHash
  const matches = await verifyPassword(password, hash ?? (await decoyPasswordHash()))
  // Reset required, expired (MaxPasswordAge) or expired under HardExpiry: the password policy's rules (consolePasswordStatusOf).
  const status = user?.loginProfile ? consolePasswordStatusOf(user.loginProfile, passwordPolicyFromRow(user.account.passwordPolicy), now) : null
  return {
    principal:
      account && user && hash && matches
        ? {
            accountId: account.id,
            userId: user.id,
            arn: user.arn,
            passwordChangeRequired: status?.state === 'change-required',
            hardExpired: status?.state === 'administrator-reset-required',
            verifiedHash: hash,
          }
        : null,
    identity: !account
      ? null
      : user
        ? { type: 'IAMUser', accountId: account.id, userId: user.id, userName: user.name, arn: user.arn }
        : { type: 'IAMUser', accountId: account.id, unknownUser: true },
  }
}

function throttleKeyOf(input: TConsoleSignIn, accountId: string | undefined): string {
  return input.kind === 'root' ? rootThrottleKey(input.email) : userThrottleKey(accountId ?? input.account, input.userName)
}

export async function signInToConsole(
  db: Db,
  rawInput: unknown,
  request: RequestMeta = {},
  now: Date = new Date(),
): Promise<SignInResult> {
  const parsed = ZConsoleSignIn.safeParse(rawInput)
  if (!parsed.success) return { ok: false, message: SIGN_IN_FAILED_MESSAGE }
  const input = parsed.data

  // The attempt is counted before the password is checked, and refused without checking
  // it when over the limit, so a blocked guesser learns nothing new.
  const accountForKey = input.kind === 'iam-user' ? await findAccount(db, input.account) : null
  const throttleKey = throttleKeyOf(input, accountForKey?.id)
  const reserved = await reserveSignInAttempt(db, signInThrottleCounters(throttleKey, request.sourceIp), now)
  if (!reserved.ok) return { ok: false, message: tooManyAttemptsMessage(reserved.delayMs) }
  const { reservations } = reserved

  let verified: Verified
  try {
    verified =
      input.kind === 'root'
        ? await verifyRoot(db, input.email, input.password)
        : await verifyIamUser(db, input.account, input.userName, input.password, now)
  } catch (error) {
    await releaseSignInAttempt(db, reservations, now)
    if (error instanceof QueueFullError) return { ok: false, message: error.message }
    throw error
  }

  if (!verified.principal) {
    await recordSignInFailure(db, reservations, now)
    if (verified.identity) {
      await recordConsoleLogin(db, { identity: verified.identity, outcome: 'Failure', mfaUsed: false, request, now })
    }
    return { ok: false, message: SIGN_IN_FAILED_MESSAGE }
  }

  const { principal } = verified
  await upgradePasswordHash(
    db,
    principal.userId ? { kind: 'user', userId: principal.userId } : { kind: 'root', accountId: principal.accountId },
    input.password,
    principal.verifiedHash,
  )
  // Only after the right password, as AWS does: the user learns their password is
  // right but expired, and nothing else.
  if (principal.hardExpired) {
    await releaseSignInAttempt(db, reservations, now)
    return { ok: false, message: PASSWORD_EXPIRED_ADMIN_RESET_MESSAGE }
  }

  const methods = await signInMfaMethods(db, principal)
  if (methods.totp || methods.securityKey) {
    // The counters are not cleared before the MFA step passes: wrong codes after a
    // right password add to the same count.
    await releaseSignInAttempt(db, reservations, now)
    const pending = await createPendingMfaSignIn(db, principal, now)
    return { ok: false, mfaRequired: { pendingId: pending.id, methods } }
  }
  return startConsoleSession(db, { ...principal, identity: verified.identity!, throttleKey, mfaAuthenticatedAt: null }, reservations, request, now)
}

export interface VerifiedPrincipal {
  accountId: string
  userId: string | null
  arn: string
  passwordChangeRequired: boolean
  identity: ConsoleLoginIdentity
  /** The principal part of its throttle counters (rootThrottleKey / userThrottleKey). */
  throttleKey: string
  mfaAuthenticatedAt: Date | null
}

/** Every check passed (password, and MFA when the principal has it): the session starts. */
export async function startConsoleSession(
  db: Db,
  principal: VerifiedPrincipal,
  reservations: ThrottleReservation[],
  request: RequestMeta,
  now: Date,
): Promise<SignInResult> {
  const sessionId = await createConsoleSession(
    db,
    {
      accountId: principal.accountId,
      userId: principal.userId,
      principalArn: principal.arn,
      passwordChangeRequired: principal.passwordChangeRequired,
      mfaAuthenticatedAt: principal.mfaAuthenticatedAt,
      request,
    },
    now,
  )
  if (principal.userId) {
    await db.user.update({ where: { id: principal.userId }, data: { passwordLastUsedAt: now, lastActivityAt: now } })
  } else {
    await db.account.update({ where: { id: principal.accountId }, data: { rootPasswordLastUsedAt: now } })
  }
  await recordSignInSuccess(db, reservations, now)
  await recordConsoleLogin(db, { identity: principal.identity, outcome: 'Success', mfaUsed: principal.mfaAuthenticatedAt !== undefined, request, now })
  return { ok: true, sessionId }
}
