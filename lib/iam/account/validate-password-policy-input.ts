// UpdateAccountPasswordPolicy's request checks, worded as AWS's API words them.
//
// Sources: API reference UpdateAccountPasswordPolicy (ranges, defaults); AWS responses
// recorded by LocalStack's AWS-validated snapshots
// (tests/aws/services/iam/test_iam_account_password_policy.snapshot.json) for the
// ValidationError text.
import {
  MAX_PASSWORD_AGE_LIMITS,
  PASSWORD_LENGTH_LIMITS,
  PASSWORD_REUSE_PREVENTION_LIMITS,
  type PasswordPolicy,
} from '@/lib/credentials/password-policy'
import { validationError, type AwsValidationError } from '@/lib/credentials/validation-error'

/** UpdateAccountPasswordPolicy's request: every member optional; an omitted member takes its default. */
export type UpdateAccountPasswordPolicyInput = {
  MinimumPasswordLength?: unknown
  RequireSymbols?: unknown
  RequireNumbers?: unknown
  RequireUppercaseCharacters?: unknown
  RequireLowercaseCharacters?: unknown
  AllowUsersToChangePassword?: unknown
  MaxPasswordAge?: unknown
  PasswordReusePrevention?: unknown
  HardExpiry?: unknown
}

/**
 * Validates an UpdateAccountPasswordPolicy request and returns the policy it sets,
 * omitted members taking AWS's defaults (MinimumPasswordLength 6, every flag false,
 * no expiry, no reuse prevention). Out-of-range values fail together in one
 * ValidationError worded as AWS words it.
 */
export function validatePasswordPolicyInput(
  input: UpdateAccountPasswordPolicyInput,
): { ok: true; policy: PasswordPolicy } | { ok: false; error: AwsValidationError } {
  const problems: string[] = []
  // AWS reports the members in this order (see the recorded response above).
  const minimumLength = integerMember(input.MinimumPasswordLength, 'minimumPasswordLength', PASSWORD_LENGTH_LIMITS, problems)
  const reusePrevention = integerMember(input.PasswordReusePrevention, 'passwordReusePrevention', PASSWORD_REUSE_PREVENTION_LIMITS, problems)
  const maxAge = integerMember(input.MaxPasswordAge, 'maxPasswordAge', MAX_PASSWORD_AGE_LIMITS, problems)
  const flags = {
    RequireSymbols: booleanMember(input.RequireSymbols, 'requireSymbols', problems),
    RequireNumbers: booleanMember(input.RequireNumbers, 'requireNumbers', problems),
    RequireUppercaseCharacters: booleanMember(input.RequireUppercaseCharacters, 'requireUppercaseCharacters', problems),
    RequireLowercaseCharacters: booleanMember(input.RequireLowercaseCharacters, 'requireLowercaseCharacters', problems),
    AllowUsersToChangePassword: booleanMember(input.AllowUsersToChangePassword, 'allowUsersToChangePassword', problems),
  }
  const hardExpiry = booleanMember(input.HardExpiry, 'hardExpiry', problems)
  if (problems.length > 0) return { ok: false, error: validationError(problems) }

  const policy: PasswordPolicy = {
    MinimumPasswordLength: minimumLength ?? PASSWORD_LENGTH_LIMITS.min,
    ...flags,
    ExpirePasswords: maxAge !== undefined,
  }
  if (maxAge !== undefined) policy.MaxPasswordAge = maxAge
  if (reusePrevention !== undefined) policy.PasswordReusePrevention = reusePrevention
  if (input.HardExpiry !== undefined) policy.HardExpiry = hardExpiry
  return { ok: true, policy }
}

function integerMember(
  value: unknown,
  member: string,
  limits: { min: number; max: number },
  problems: string[],
): number | undefined {
  if (value === undefined || value === null) return undefined
  if (typeof value !== 'number' || !Number.isInteger(value)) {
    problems.push(`Value at '${member}' failed to satisfy constraint: Member must be an integer`)
    return undefined
  }
  if (value < limits.min) {
    problems.push(`Value at '${member}' failed to satisfy constraint: Member must have value greater than or equal to ${limits.min}`)
  } else if (value > limits.max) {
    problems.push(`Value at '${member}' failed to satisfy constraint: Member must have value less than or equal to ${limits.max}`)
  }
  return value
}

function booleanMember(value: unknown, member: string, problems: string[]): boolean {
  if (value === undefined || value === null) return false
  if (typeof value !== 'boolean') {
    problems.push(`Value at '${member}' failed to satisfy constraint: Member must be a boolean`)
    return false
  }
  return value
}
