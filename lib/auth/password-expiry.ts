// MaxPasswordAge: an IAM user's console password expires that many days after it was
// last changed. At sign-in an expired password sends the user to change it, unless the
// policy has HardExpiry ("Password expiration requires administrator reset"), when only
// an administrator can let them in again (IAM User Guide, "Set an account password
// policy for IAM users"). The root user's password never expires this way.
import type { PasswordPolicy } from './password-policy'

const DAY_MS = 24 * 60 * 60 * 1000

export type PasswordAge = 'current' | 'expired' | 'expired-admin-reset'

export function passwordAgeAt(policy: PasswordPolicy | null, lastChangedAt: Date, now: Date): PasswordAge {
  if (!policy?.MaxPasswordAge) return 'current'
  const expiresAt = lastChangedAt.getTime() + policy.MaxPasswordAge * DAY_MS
  if (now.getTime() < expiresAt) return 'current'
  return policy.HardExpiry ? 'expired-admin-reset' : 'expired'
}

/** What the sign-in page says when HardExpiry keeps an expired password out. */
export const PASSWORD_EXPIRED_ADMIN_RESET_MESSAGE =
  'Your password has expired. Contact your administrator to reset your password.'
