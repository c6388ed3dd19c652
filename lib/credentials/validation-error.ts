// AWS's ValidationError, worded as the IAM API words it, so clients and people who know
// AWS recognise it:
//   1 validation error detected: Value 'a b' at 'userName' failed to satisfy constraint: Member must satisfy regular expression pattern: [\w+=,.@-]+
//   3 validation errors detected: Value at 'minimumPasswordLength' failed to satisfy constraint: ...; ...; ...
// Plain data, so that both lib/iam (which throws it as an IamError) and the password
// rules (which also run in the browser) build it here.

export type AwsValidationError = { code: 'ValidationError'; message: string }

/**
 * One member breaking one constraint. AWS shows the offending value quoted, or "null"
 * for a missing member, and leaves it out where the value is not text (numbers, booleans,
 * secrets): `value` undefined.
 */
export function constraintViolation(member: string, constraint: string, value?: string | null): string {
  const shown = value === undefined ? '' : value === null ? ' null' : ` '${value}'`
  return `Value${shown} at '${member}' failed to satisfy constraint: ${constraint}`
}

/** "1 validation error detected: a" / "3 validation errors detected: a; b; c". */
export function validationError(problems: readonly string[]): AwsValidationError {
  const count = `${problems.length} validation error${problems.length === 1 ? '' : 's'} detected`
  return { code: 'ValidationError', message: `${count}: ${problems.join('; ')}` }
}
