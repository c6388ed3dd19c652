// The lines the console's Password policy panel shows for a policy, in AWS's words.
import { DEFAULT_PASSWORD_POLICY_RULES, PASSWORD_SYMBOLS_DISPLAY, type PasswordPolicy } from '@/lib/credentials/password-policy'

export function passwordPolicyRules(policy: PasswordPolicy | null): string[] {
  if (!policy) {
    return [
      `Password minimum length: ${DEFAULT_PASSWORD_POLICY_RULES.minimumLength} characters`,
      'Include a minimum of three of the following mix of character types: uppercase, lowercase, numbers, non-alphanumeric character',
      'Must not be identical to your AWS account name or email address',
      'Never expire password',
    ]
  }
  const rules = [`Password minimum length: ${policy.MinimumPasswordLength} characters`]
  if (policy.RequireUppercaseCharacters) rules.push('Require at least one uppercase letter from the Latin alphabet (A-Z)')
  if (policy.RequireLowercaseCharacters) rules.push('Require at least one lowercase letter from the Latin alphabet (a-z)')
  if (policy.RequireNumbers) rules.push('Require at least one number')
  if (policy.RequireSymbols) rules.push(`Require at least one non-alphanumeric character (${PASSWORD_SYMBOLS_DISPLAY})`)
  rules.push(policy.MaxPasswordAge ? `Expire passwords in ${policy.MaxPasswordAge} day(s)` : 'Never expire password')
  if (policy.HardExpiry) rules.push('Password expiration requires administrator reset')
  if (policy.AllowUsersToChangePassword) rules.push('Allow users to change their own password')
  if (policy.PasswordReusePrevention) rules.push(`Remember ${policy.PasswordReusePrevention} password(s) and prevent reuse`)
  return rules
}
