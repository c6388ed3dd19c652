// The second step of console sign-in for a principal with MFA (AWS's "Additional
// verification required"): a code from the authenticator app or an assertion from a
// security key, checked against the principal of a pending sign-in
// (lib/auth/pending-mfa-sign-in.ts). Only then does a ConsoleSession exist, with
// mfaAuthenticatedAt set, so the gate sees aws:MultiFactorAuthPresent and
// aws:MultiFactorAuthAge. A code is accepted once only (the device's last accepted
// time step only moves forward, by a conditional update, so two racing requests cannot
// both use it; lib/iam/mfa/sign-in-mfa.ts). Wrong answers get the same generic message as a wrong password and
// count toward the same throttles, reserved before the answer is checked, and toward
// the pending sign-in's own limit, which ends it (PENDING_MFA_THROTTLE).
import { z } from 'zod'
import { prisma, type Db } from '@/lib/db/client'
import type { RequestMeta } from '@/lib/iam/caller'
import { passwordPolicyFromRow } from '@/lib/iam/account/password-policy-row'
import { PENDING_MFA_THROTTLE, consumePendingMfaSignIn, findPendingMfaSignIn, pendingMfaThrottleCounter, type PendingMfaSignIn } from './pending-mfa-sign-in'
import { recordConsoleLogin, type ConsoleLoginIdentity } from './record-console-login'
import { SIGN_IN_FAILED_MESSAGE, startConsoleSession, tooManyAttemptsMessage, type SignInResult, type VerifiedPrincipal } from './sign-in'
import { recordSignInFailure, releaseSignInAttempt, reserveSignInAttempt, rootThrottleKey, signInThrottleCounters, userThrottleKey } from './sign-in-throttle'
import type { AuthenticationResponseJSON, RelyingParty } from '@/lib/credentials/webauthn'
// lib/iam/mfa's checks of a code and of an assertion (once-only steps, consumed challenges,
// counters); this module adds the pending sign-in, throttling and the session.
import { consolePasswordStatusOf } from '@/lib/iam/passwords/console-password-status'
import { finishSecurityKeyAuthentication, startSecurityKeyAuthentication, verifyMfaCodeForSignIn } from '@/lib/iam/mfa/sign-in-mfa'
import { rootArn } from '@/lib/iam/arn'

/** When the pending sign-in is gone or expired: start again from the password. */
export const MFA_SIGN_IN_EXPIRED_MESSAGE = 'Your sign-in session has expired. Sign in again.'

/** The answer that ends a pending sign-in; the form starts again from the password on "expired. Sign in again". */
export const MFA_TOO_MANY_WRONG_ANSWERS_MESSAGE = 'Too many incorrect codes. Your sign-in session has expired. Sign in again.'

export const ZMfaSignIn = z.discriminatedUnion('kind', [
  z.object({ kind: z.literal('mfa-code'), pendingId: z.string().min(1).max(100), code: z.string().trim().max(32) }),
  // The browser's AuthenticationResponseJSON, as a JSON string (form fields are strings).
  z.object({ kind: z.literal('mfa-security-key'), pendingId: z.string().min(1).max(100), response: z.string().min(2).max(20_000) }),
])
export type TMfaSignIn = z.infer<typeof ZMfaSignIn>

/** The principal a pending sign-in is for, rebuilt from the database (it may have changed in the meantime). */
async function principalOf(db: Db, pending: PendingMfaSignIn, now: Date): Promise<Omit<VerifiedPrincipal, 'mfaAuthenticatedAt'> | null> {
  if (pending.userId === null) {
    const account = await db.account.findUnique({ where: { id: pending.accountId }, select: { id: true, rootEmail: true } })
    if (!account) return null
    const identity: ConsoleLoginIdentity = { type: 'Root', accountId: account.id }
    return { accountId: account.id, userId: null, arn: rootArn(account.id), passwordChangeRequired: false, identity, throttleKey: rootThrottleKey(account.rootEmail) }
  }
  const user = await db.user.findUnique({
    where: { id: pending.userId },
    select: {
      id: true,
      name: true,
      arn: true,
      accountId: true,
      loginProfile: { select: { passwordResetRequired: true, passwordLastChangedAt: true } },
      account: { select: { passwordPolicy: true } },
    },
  })
  // A console password removed while the MFA page was open: no sign-in.
  if (!user || user.accountId !== pending.accountId || !user.loginProfile) return null
  const status = consolePasswordStatusOf(user.loginProfile, passwordPolicyFromRow(user.account.passwordPolicy), now)
  if (status.state === 'administrator-reset-required') return null
  return {
    accountId: user.accountId,
    userId: user.id,
    arn: user.arn,
    passwordChangeRequired: status.state === 'change-required',
    identity: { type: 'IAMUser', accountId: user.accountId, userId: user.id, userName: user.name, arn: user.arn },
    throttleKey: userThrottleKey(user.accountId, user.name),
  }
}

function parseAssertion(json: string): AuthenticationResponseJSON | null {
  try {
    const value = JSON.parse(json) as AuthenticationResponseJSON
    return typeof value?.id === 'string' && typeof value.response?.authenticatorData === 'string' && typeof value.response.clientDataJSON === 'string'
      ? value
      : null
  } catch {
    return null
  }
}

/** WebAuthn options for the security-key step of a pending sign-in; null when it is gone or has no key. */
/** securityKeySignInOptions against the app's database, for the sign-in route (app/ never imports lib/db). */
export function securityKeySignInOptionsForPending(pendingId: string, relyingParty: RelyingParty, now: Date) {
  return securityKeySignInOptions(prisma, pendingId, relyingParty, now)
}

export async function securityKeySignInOptions(db: Db, pendingId: string, relyingParty: RelyingParty, now: Date) {
  const pending = await findPendingMfaSignIn(db, pendingId, now)
  if (!pending) return null
  return startSecurityKeyAuthentication(db, pending, relyingParty, now)
}

export async function completeMfaSignIn(
  db: Db,
  rawInput: unknown,
  relyingParty: RelyingParty | null,
  request: RequestMeta = {},
  now: Date = new Date(),
): Promise<SignInResult> {
  const parsed = ZMfaSignIn.safeParse(rawInput)
  if (!parsed.success) return { ok: false, message: SIGN_IN_FAILED_MESSAGE }
  const input = parsed.data
  const pending = await findPendingMfaSignIn(db, input.pendingId, now)
  if (!pending) return { ok: false, message: MFA_SIGN_IN_EXPIRED_MESSAGE }
  const principal = await principalOf(db, pending, now)
  if (!principal) {
    await consumePendingMfaSignIn(db, pending.id)
    return { ok: false, message: MFA_SIGN_IN_EXPIRED_MESSAGE }
  }

  const counters = [pendingMfaThrottleCounter(pending.id), ...signInThrottleCounters(principal.throttleKey, request.sourceIp)]
  const reserved = await reserveSignInAttempt(db, counters, now)
  if (!reserved.ok) {
    // Held by the answer that would be the pending sign-in's last: once it is answered
    // the pending sign-in is gone either way (a session, or ended).
    return { ok: false, message: reserved.refusedBy.rule === PENDING_MFA_THROTTLE ? MFA_SIGN_IN_EXPIRED_MESSAGE : tooManyAttemptsMessage(reserved.delayMs) }
  }
  const { reservations } = reserved

  let passed: boolean
  try {
    const assertion = input.kind === 'mfa-security-key' ? parseAssertion(input.response) : null
    passed =
      input.kind === 'mfa-code'
        ? (await verifyMfaCodeForSignIn(db, pending, input.code, now)).ok
        : assertion !== null && relyingParty !== null && (await finishSecurityKeyAuthentication(db, pending, assertion, relyingParty, now)).ok
  } catch (error) {
    await releaseSignInAttempt(db, reservations, now)
    throw error
  }

  if (!passed) {
    await recordSignInFailure(db, reservations, now)
    await recordConsoleLogin(db, { identity: principal.identity, outcome: 'Failure', mfaUsed: true, request, now })
    if (reservations[0]!.failures >= PENDING_MFA_THROTTLE.maxFailures) {
      await consumePendingMfaSignIn(db, pending.id)
      return { ok: false, message: MFA_TOO_MANY_WRONG_ANSWERS_MESSAGE }
    }
    return { ok: false, message: SIGN_IN_FAILED_MESSAGE }
  }
  if (!(await consumePendingMfaSignIn(db, pending.id))) {
    await releaseSignInAttempt(db, reservations, now)
    return { ok: false, message: MFA_SIGN_IN_EXPIRED_MESSAGE }
  }
  return startConsoleSession(db, { ...principal, mfaAuthenticatedAt: now }, reservations, request, now)
}
