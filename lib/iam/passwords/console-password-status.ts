// What the sign-in must do with a correct console password, by AWS's rules:
// - PasswordResetRequired ("User must create a new password at next sign-in"): change it now;
// - older than MaxPasswordAge: expired, change it now; with HardExpiry the console may not
//   change it at all and only an administrator can reset it (API reference, PasswordPolicy:
//   "The IAM user cannot access the console until an administrator resets the password").
import type { PasswordPolicy } from '@/lib/credentials/password-policy'
import { passwordPolicyFromRow } from '@/lib/iam/account/password-policy-row'
import type { Db } from '@/lib/db/client'

const DAY_MS = 24 * 60 * 60 * 1000

export type ConsolePasswordStatus =
  | { state: 'ok'; expiresAt: Date | null }
  | { state: 'change-required'; reason: 'reset-required' | 'expired' }
  | { state: 'administrator-reset-required' }

/** Pure: the status of a password last changed at `lastChangedAt` under `policy` (null = AWS's default, no expiry). */
export function consolePasswordStatusOf(
  profile: { passwordResetRequired: boolean; passwordLastChangedAt: Date },
  policy: PasswordPolicy | null,
  now: Date,
): ConsolePasswordStatus {
  const maxAge = policy?.MaxPasswordAge
  const expiresAt = maxAge ? new Date(profile.passwordLastChangedAt.getTime() + maxAge * DAY_MS) : null
  if (expiresAt && now.getTime() >= expiresAt.getTime()) {
    return policy?.HardExpiry ? { state: 'administrator-reset-required' } : { state: 'change-required', reason: 'expired' }
  }
  if (profile.passwordResetRequired) return { state: 'change-required', reason: 'reset-required' }
  return { state: 'ok', expiresAt }
}

/** For the sign-in: null when the user has no console password. */
export async function consolePasswordStatus(db: Db, userId: string, now: Date): Promise<ConsolePasswordStatus | null> {
  const user = await db.user.findUnique({
    where: { id: userId },
    select: { loginProfile: true, account: { select: { passwordPolicy: true } } },
  })
  if (!user?.loginProfile) return null
  return consolePasswordStatusOf(user.loginProfile, passwordPolicyFromRow(user.account.passwordPolicy), now)
}
