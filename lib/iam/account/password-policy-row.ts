// The account password policy as the database stores it and as GetAccountPasswordPolicy returns it.
import type { PasswordPolicy } from '@/lib/credentials/password-policy'

/** The database row (prisma/schema.prisma PasswordPolicy) without its key. */
export type PasswordPolicyRow = {
  minimumPasswordLength: number
  requireSymbols: boolean
  requireNumbers: boolean
  requireUppercaseCharacters: boolean
  requireLowercaseCharacters: boolean
  allowUsersToChangePassword: boolean
  maxPasswordAge: number | null
  passwordReusePrevention: number | null
  hardExpiry: boolean
}

export function passwordPolicyToRow(policy: PasswordPolicy): PasswordPolicyRow {
  return {
    minimumPasswordLength: policy.MinimumPasswordLength,
    requireSymbols: policy.RequireSymbols,
    requireNumbers: policy.RequireNumbers,
    requireUppercaseCharacters: policy.RequireUppercaseCharacters,
    requireLowercaseCharacters: policy.RequireLowercaseCharacters,
    allowUsersToChangePassword: policy.AllowUsersToChangePassword,
    maxPasswordAge: policy.MaxPasswordAge ?? null,
    passwordReusePrevention: policy.PasswordReusePrevention ?? null,
    hardExpiry: policy.HardExpiry ?? false,
  }
}

/** The row as GetAccountPasswordPolicy returns it; `null` (no row) stays null: AWS's default applies. */
export function passwordPolicyFromRow(row: PasswordPolicyRow | null): PasswordPolicy | null {
  if (!row) return null
  const policy: PasswordPolicy = {
    MinimumPasswordLength: row.minimumPasswordLength,
    RequireSymbols: row.requireSymbols,
    RequireNumbers: row.requireNumbers,
    RequireUppercaseCharacters: row.requireUppercaseCharacters,
    RequireLowercaseCharacters: row.requireLowercaseCharacters,
    AllowUsersToChangePassword: row.allowUsersToChangePassword,
    ExpirePasswords: row.maxPasswordAge !== null,
  }
  if (row.maxPasswordAge !== null) policy.MaxPasswordAge = row.maxPasswordAge
  if (row.passwordReusePrevention !== null) policy.PasswordReusePrevention = row.passwordReusePrevention
  // The row cannot tell "false" from "never given"; AWS omits the member when not given.
  if (row.hardExpiry) policy.HardExpiry = true
  return policy
}
