// The account password policy's rules, as AWS has them: the PasswordPolicy shape of
// GetAccountPasswordPolicy, AWS's limits and its default policy for accounts without a
// custom one, and the check of a password against either, worded as the console words
// each rule and as the API words a PasswordPolicyViolation. The API's input checks are
// lib/iam/account/validate-password-policy-input.ts; the database row is
// lib/iam/account/password-policy-row.ts.
//
// Sources: IAM User Guide "Set an account password policy for IAM users" (default
// policy, custom options, the symbol set); API reference UpdateAccountPasswordPolicy
// (ranges); a CloudFormation error from AWS quoted in redhat-cop/agnosticd#6594 for the
// PasswordPolicyViolation text under the default policy.
import { verifyPassword } from './password-hash'

/** The non-alphanumeric characters AWS counts as symbols, exactly these and no others. */
export const PASSWORD_SYMBOLS = "!@#$%^&*()_+-=[]{}|'"

/** As AWS writes the set in the console and the docs: the characters separated by spaces. */
export const PASSWORD_SYMBOLS_DISPLAY = [...PASSWORD_SYMBOLS].join(' ')

/** GetAccountPasswordPolicy's PasswordPolicy. Optional members are absent, as in AWS's response, when not set. */
export type PasswordPolicy = {
  MinimumPasswordLength: number
  RequireSymbols: boolean
  RequireNumbers: boolean
  RequireUppercaseCharacters: boolean
  RequireLowercaseCharacters: boolean
  AllowUsersToChangePassword: boolean
  /** True exactly when MaxPasswordAge is set. */
  ExpirePasswords: boolean
  MaxPasswordAge?: number
  PasswordReusePrevention?: number
  HardExpiry?: boolean
}

export const PASSWORD_LENGTH_LIMITS = { min: 6, max: 128 } as const
export const MAX_PASSWORD_AGE_LIMITS = { min: 1, max: 1095 } as const
export const PASSWORD_REUSE_PREVENTION_LIMITS = { min: 1, max: 24 } as const

/**
 * AWS's default policy, used when the account has no custom policy (no PasswordPolicy
 * row): 8 to 128 characters, three of the four character types, and not identical to
 * the account name or email address. Not expressible in PasswordPolicy's fields, so
 * checkPassword takes `null` for it.
 */
export const DEFAULT_PASSWORD_POLICY_RULES = {
  minimumLength: 8,
  maximumLength: 128,
  characterTypesRequired: 3,
} as const

export type PasswordRule =
  | 'MinimumPasswordLength'
  | 'MaximumPasswordLength'
  | 'RequireUppercaseCharacters'
  | 'RequireLowercaseCharacters'
  | 'RequireNumbers'
  | 'RequireSymbols'
  | 'CharacterTypeMix'
  | 'NotAccountNameOrEmail'
  | 'PasswordReusePrevention'

/** One unmet rule: `message` is the console's wording of the rule. */
export type PasswordRuleViolation = {
  rule: PasswordRule
  message: string
  /** CharacterTypeMix only: the character types the password lacks, in AWS's order. */
  missingCharacterTypes?: CharacterType[]
  /** CharacterTypeMix only: how many more types the password needs. */
  moreTypesNeeded?: number
  /** Length rules: the limit; PasswordReusePrevention: how many previous passwords count. */
  limit?: number
}

export type CharacterType = 'uppercase' | 'lowercase' | 'number' | 'symbol'

export type CheckPasswordContext = {
  /** The account's name as shown to users; here the account alias (the default policy compares with it). */
  accountName?: string | null
  /** The root user's email address (the default policy compares with it). */
  rootEmail?: string | null
  /** scrypt hashes of the user's current and earlier passwords, newest first. */
  previousPasswordHashes?: readonly string[]
}

const CONSOLE_WORDING = {
  uppercase: 'Require at least one uppercase letter from the Latin alphabet (A-Z)',
  lowercase: 'Require at least one lowercase letter from the Latin alphabet (a-z)',
  number: 'Require at least one number',
  symbol: `Require at least one non-alphanumeric character (${PASSWORD_SYMBOLS_DISPLAY})`,
  mix: `Include a minimum of three of the following mix of character types: uppercase, lowercase, numbers, and ${PASSWORD_SYMBOLS_DISPLAY} symbols`,
  notIdentical: 'Not be identical to your AWS account name or email address',
  reuse: 'Prevent password reuse',
} as const

const CHARACTER_TYPES: readonly CharacterType[] = ['uppercase', 'lowercase', 'number', 'symbol']

/** Which of AWS's four character types the password contains (Latin letters, ASCII digits, AWS's symbols only). */
export function characterTypesIn(password: string): Record<CharacterType, boolean> {
  const present = { uppercase: false, lowercase: false, number: false, symbol: false }
  for (const ch of password) {
    if (ch >= 'A' && ch <= 'Z') present.uppercase = true
    else if (ch >= 'a' && ch <= 'z') present.lowercase = true
    else if (ch >= '0' && ch <= '9') present.number = true
    else if (PASSWORD_SYMBOLS.includes(ch)) present.symbol = true
  }
  return present
}

/**
 * Every rule of the policy the password does not meet, one entry per rule, in the
 * order the console lists them. `policy` null = the account has no custom policy, so
 * AWS's default policy applies. Reuse is checked only when the policy prevents it and
 * hashes are given (scrypt: each comparison takes tens of milliseconds).
 */
export async function checkPassword(
  password: string,
  policy: PasswordPolicy | null,
  context: CheckPasswordContext = {},
): Promise<PasswordRuleViolation[]> {
  const violations = checkPasswordComposition(password, policy, context)
  const reuse = policy?.PasswordReusePrevention
  if (reuse && context.previousPasswordHashes?.length) {
    for (const hash of context.previousPasswordHashes.slice(0, reuse)) {
      if (await verifyPassword(password, hash)) {
        violations.push({ rule: 'PasswordReusePrevention', message: CONSOLE_WORDING.reuse, limit: reuse })
        break
      }
    }
  }
  return violations
}

/** checkPassword without the reuse check: synchronous, for forms and generators. */
export function checkPasswordComposition(
  password: string,
  policy: PasswordPolicy | null,
  context: Pick<CheckPasswordContext, 'accountName' | 'rootEmail'> = {},
): PasswordRuleViolation[] {
  const violations: PasswordRuleViolation[] = []
  const length = [...password].length
  const present = characterTypesIn(password)

  if (policy === null) {
    const { minimumLength, maximumLength, characterTypesRequired } = DEFAULT_PASSWORD_POLICY_RULES
    if (length < minimumLength) {
      violations.push({ rule: 'MinimumPasswordLength', message: `Minimum password length is ${minimumLength} characters`, limit: minimumLength })
    }
    if (length > maximumLength) {
      violations.push({ rule: 'MaximumPasswordLength', message: `Maximum password length is ${maximumLength} characters`, limit: maximumLength })
    }
    const missing = CHARACTER_TYPES.filter((type) => !present[type])
    const moreTypesNeeded = characterTypesRequired - (CHARACTER_TYPES.length - missing.length)
    if (moreTypesNeeded > 0) {
      violations.push({ rule: 'CharacterTypeMix', message: CONSOLE_WORDING.mix, missingCharacterTypes: missing, moreTypesNeeded })
    }
    const lowered = password.toLowerCase()
    const identical = [context.accountName, context.rootEmail].some((name) => !!name && name.toLowerCase() === lowered)
    if (identical) violations.push({ rule: 'NotAccountNameOrEmail', message: CONSOLE_WORDING.notIdentical })
    return violations
  }

  if (length < policy.MinimumPasswordLength) {
    violations.push({
      rule: 'MinimumPasswordLength',
      message: `Minimum password length is ${policy.MinimumPasswordLength} characters`,
      limit: policy.MinimumPasswordLength,
    })
  }
  if (length > PASSWORD_LENGTH_LIMITS.max) {
    violations.push({ rule: 'MaximumPasswordLength', message: `Maximum password length is ${PASSWORD_LENGTH_LIMITS.max} characters`, limit: PASSWORD_LENGTH_LIMITS.max })
  }
  if (policy.RequireUppercaseCharacters && !present.uppercase) {
    violations.push({ rule: 'RequireUppercaseCharacters', message: CONSOLE_WORDING.uppercase })
  }
  if (policy.RequireLowercaseCharacters && !present.lowercase) {
    violations.push({ rule: 'RequireLowercaseCharacters', message: CONSOLE_WORDING.lowercase })
  }
  if (policy.RequireNumbers && !present.number) {
    violations.push({ rule: 'RequireNumbers', message: CONSOLE_WORDING.number })
  }
  if (policy.RequireSymbols && !present.symbol) {
    violations.push({ rule: 'RequireSymbols', message: CONSOLE_WORDING.symbol })
  }
  return violations
}

const API_CHARACTER_TYPE_WORDING: Record<CharacterType, string> = {
  uppercase: 'Password should have at least one uppercase letter',
  lowercase: 'Password should have at least one lowercase letter',
  number: 'Password should have at least one number',
  symbol: 'Password should have at least one symbol',
}

/**
 * The message of the PasswordPolicyViolation error the API returns for these
 * violations (empty list: no error, so this throws). Recorded from AWS: under the
 * default policy, "Password should meet 1 more of the following requirements:
 * Password should have at least one uppercase letter, Password should have at least
 * one symbol". The other sentences follow that wording; several rules are joined
 * with "; " (AWS's joining of several custom-policy rules is not recorded anywhere
 * we could find).
 */
export function passwordPolicyViolationMessage(violations: readonly PasswordRuleViolation[]): string {
  if (violations.length === 0) throw new Error('passwordPolicyViolationMessage needs at least one violation')
  return violations.map(apiSentence).join('; ')
}

function apiSentence(violation: PasswordRuleViolation): string {
  switch (violation.rule) {
    case 'MinimumPasswordLength':
      return `Password should have a minimum length of ${violation.limit}`
    case 'MaximumPasswordLength':
      return `Password should have a maximum length of ${violation.limit}`
    case 'RequireUppercaseCharacters':
      return API_CHARACTER_TYPE_WORDING.uppercase
    case 'RequireLowercaseCharacters':
      return API_CHARACTER_TYPE_WORDING.lowercase
    case 'RequireNumbers':
      return API_CHARACTER_TYPE_WORDING.number
    case 'RequireSymbols':
      return API_CHARACTER_TYPE_WORDING.symbol
    case 'CharacterTypeMix': {
      const missing = (violation.missingCharacterTypes ?? []).map((type) => API_CHARACTER_TYPE_WORDING[type])
      return `Password should meet ${violation.moreTypesNeeded} more of the following requirements: ${missing.join(', ')}`
    }
    case 'NotAccountNameOrEmail':
      return 'Password should not be identical to the AWS account name or email address'
    case 'PasswordReusePrevention':
      return `Password should not be one of the last ${violation.limit} passwords`
  }
}

/** The PasswordPolicyViolation error AWS's API returns (HTTP 400), or null when the password passes. */
export function passwordPolicyViolationError(
  violations: readonly PasswordRuleViolation[],
): { code: 'PasswordPolicyViolation'; message: string } | null {
  return violations.length === 0 ? null : { code: 'PasswordPolicyViolation', message: passwordPolicyViolationMessage(violations) }
}
