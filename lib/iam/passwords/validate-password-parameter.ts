import { validationError, type AwsValidationError } from '@/lib/credentials/validation-error'

/**
 * The Password parameter's own constraint (CreateLoginProfile, UpdateLoginProfile,
 * ChangePassword): 1-128 characters from tab, LF, CR and U+0020-U+00FF. Broken before
 * the policy is consulted, it is a ValidationError, not a PasswordPolicyViolation.
 */
export function validatePasswordParameter(password: string, member = 'password'): AwsValidationError | null {
  const problems: string[] = []
  const length = [...password].length
  if (length < 1) problems.push(`Value at '${member}' failed to satisfy constraint: Member must have length greater than or equal to 1`)
  if (length > 128) problems.push(`Value at '${member}' failed to satisfy constraint: Member must have length less than or equal to 128`)
  if (length > 0 && !/^[\u0009\u000A\u000D\u0020-\u00FF]+$/.test(password)) {
    problems.push(`Value at '${member}' failed to satisfy constraint: Member must satisfy regular expression pattern: [\\u0009\\u000A\\u000D\\u0020-\\u00FF]+`)
  }
  return problems.length === 0 ? null : validationError(problems)
}
