import { describe, expect, it } from 'vitest'
import { hashPassword } from './password-hash'
import {
  checkPassword,
  checkPasswordComposition,
  characterTypesIn,
  passwordPolicyFromRow,
  passwordPolicyToRow,
  passwordPolicyViolationError,
  passwordPolicyViolationMessage,
  validatePasswordParameter,
  validatePasswordPolicyInput,
  type PasswordPolicy,
  type UpdateAccountPasswordPolicyInput,
} from './password-policy'

const STRICT_14: PasswordPolicy = {
  MinimumPasswordLength: 14,
  RequireSymbols: true,
  RequireNumbers: true,
  RequireUppercaseCharacters: true,
  RequireLowercaseCharacters: true,
  AllowUsersToChangePassword: true,
  ExpirePasswords: true,
  MaxPasswordAge: 90,
  PasswordReusePrevention: 3,
}

const NO_RULES: PasswordPolicy = {
  MinimumPasswordLength: 6,
  RequireSymbols: false,
  RequireNumbers: false,
  RequireUppercaseCharacters: false,
  RequireLowercaseCharacters: false,
  AllowUsersToChangePassword: false,
  ExpirePasswords: false,
}

const UPPER = 'Require at least one uppercase letter from the Latin alphabet (A-Z)'
const LOWER = 'Require at least one lowercase letter from the Latin alphabet (a-z)'
const NUMBER = 'Require at least one number'
const SYMBOL = "Require at least one non-alphanumeric character (! @ # $ % ^ & * ( ) _ + - = [ ] { } | ')"
const MIX =
  "Include a minimum of three of the following mix of character types: uppercase, lowercase, numbers, and ! @ # $ % ^ & * ( ) _ + - = [ ] { } | ' symbols"

describe('validatePasswordPolicyInput', () => {
  const cases: { name: string; input: UpdateAccountPasswordPolicyInput; policy?: PasswordPolicy; error?: string }[] = [
    {
      // AWS's recorded answer to an UpdateAccountPasswordPolicy with no parameters.
      name: 'no parameters sets the API defaults',
      input: {},
      policy: NO_RULES,
    },
    {
      name: 'every member, as in the recorded custom-values response',
      input: {
        AllowUsersToChangePassword: true, HardExpiry: true, MaxPasswordAge: 60, MinimumPasswordLength: 10,
        PasswordReusePrevention: 3, RequireLowercaseCharacters: true, RequireNumbers: true, RequireSymbols: true,
        RequireUppercaseCharacters: true,
      },
      policy: {
        AllowUsersToChangePassword: true, ExpirePasswords: true, HardExpiry: true, MaxPasswordAge: 60,
        MinimumPasswordLength: 10, PasswordReusePrevention: 3, RequireLowercaseCharacters: true,
        RequireNumbers: true, RequireSymbols: true, RequireUppercaseCharacters: true,
      },
    },
    { name: 'lower bounds are accepted', input: { MinimumPasswordLength: 6, MaxPasswordAge: 1, PasswordReusePrevention: 1 },
      policy: { ...NO_RULES, MinimumPasswordLength: 6, MaxPasswordAge: 1, ExpirePasswords: true, PasswordReusePrevention: 1 } },
    { name: 'upper bounds are accepted', input: { MinimumPasswordLength: 128, MaxPasswordAge: 1095, PasswordReusePrevention: 24 },
      policy: { ...NO_RULES, MinimumPasswordLength: 128, MaxPasswordAge: 1095, ExpirePasswords: true, PasswordReusePrevention: 24 } },
    {
      // Recorded from AWS: the three range errors together, in this order.
      name: 'three members above range: AWS recorded message',
      input: { MaxPasswordAge: 1096, MinimumPasswordLength: 129, PasswordReusePrevention: 25 },
      error:
        "3 validation errors detected: Value at 'minimumPasswordLength' failed to satisfy constraint: Member must have value less than or equal to 128; Value at 'passwordReusePrevention' failed to satisfy constraint: Member must have value less than or equal to 24; Value at 'maxPasswordAge' failed to satisfy constraint: Member must have value less than or equal to 1095",
    },
    {
      name: 'minimum length 5 is below range',
      input: { MinimumPasswordLength: 5 },
      error: "1 validation error detected: Value at 'minimumPasswordLength' failed to satisfy constraint: Member must have value greater than or equal to 6",
    },
    {
      // 0 is the "never expires" default, which AWS does not let you set explicitly.
      name: 'max age 0 cannot be set explicitly',
      input: { MaxPasswordAge: 0 },
      error: "1 validation error detected: Value at 'maxPasswordAge' failed to satisfy constraint: Member must have value greater than or equal to 1",
    },
    {
      name: 'reuse prevention 0 is below range',
      input: { PasswordReusePrevention: 0 },
      error: "1 validation error detected: Value at 'passwordReusePrevention' failed to satisfy constraint: Member must have value greater than or equal to 1",
    },
    {
      name: 'a fractional length is not an integer',
      input: { MinimumPasswordLength: 8.5 },
      error: "1 validation error detected: Value at 'minimumPasswordLength' failed to satisfy constraint: Member must be an integer",
    },
    {
      name: 'a string flag is not a boolean',
      input: { RequireSymbols: 'yes' },
      error: "1 validation error detected: Value at 'requireSymbols' failed to satisfy constraint: Member must be a boolean",
    },
  ]
  for (const c of cases) {
    it(c.name, () => {
      const result = validatePasswordPolicyInput(c.input)
      if (c.error) {
        expect(result).toEqual({ ok: false, error: { code: 'ValidationError', message: c.error } })
      } else {
        expect(result).toEqual({ ok: true, policy: c.policy })
      }
    })
  }
})

describe('password policy rows', () => {
  it('round-trips a full policy through the database row', () => {
    const policy = { ...STRICT_14, HardExpiry: true }
    expect(passwordPolicyFromRow({ ...passwordPolicyToRow(policy) })).toEqual(policy)
  })
  it('a policy without expiry or reuse prevention stores nulls and reads back without those members', () => {
    expect(passwordPolicyToRow(NO_RULES)).toMatchObject({ maxPasswordAge: null, passwordReusePrevention: null, hardExpiry: false })
    expect(passwordPolicyFromRow(passwordPolicyToRow(NO_RULES))).toEqual(NO_RULES)
  })
  it('no row means the default policy (null)', () => {
    expect(passwordPolicyFromRow(null)).toBeNull()
  })
})

describe('characterTypesIn', () => {
  const cases: { name: string; password: string; types: string[] }[] = [
    { name: 'Latin letters and digits', password: 'aZ9', types: ['uppercase', 'lowercase', 'number'] },
    { name: "every AWS symbol counts", password: "!@#$%^&*()_+-=[]{}|'", types: ['symbol'] },
    { name: 'symbols outside AWS\'s set do not count', password: '~`"<>?,./;:\\ ', types: [] },
    { name: 'non-Latin letters and digits do not count', password: 'ÉéßÄ٣', types: [] },
  ]
  for (const c of cases) {
    it(c.name, () => {
      const present = characterTypesIn(c.password)
      expect(Object.entries(present).filter(([, v]) => v).map(([k]) => k)).toEqual(c.types)
    })
  }
})

describe('checkPassword against a custom policy', () => {
  const cases: { name: string; password: string; policy: PasswordPolicy; unmet: string[] }[] = [
    { name: 'a strong password meets the 14-character policy', password: 'Correct-Horse-9-Battery', policy: STRICT_14, unmet: [] },
    {
      name: 'a weak password lists each unmet rule once, in console order',
      password: 'weak',
      policy: STRICT_14,
      unmet: ['Minimum password length is 14 characters', UPPER, NUMBER, SYMBOL],
    },
    { name: 'only lowercase missing', password: 'ALLUPPERCASE-123', policy: STRICT_14, unmet: [LOWER] },
    { name: 'exactly the minimum length passes', password: 'Abcdefghij-123', policy: STRICT_14, unmet: [] },
    { name: 'one short of the minimum fails', password: 'Abcdefghi-123', policy: STRICT_14, unmet: ['Minimum password length is 14 characters'] },
    { name: 'a symbol outside the set does not satisfy RequireSymbols', password: 'Abcdefghij~123', policy: STRICT_14, unmet: [SYMBOL] },
    { name: 'no rules: any 6 characters pass', password: 'aaaaaa', policy: NO_RULES, unmet: [] },
    { name: 'no rules: 5 characters fail', password: 'aaaaa', policy: NO_RULES, unmet: ['Minimum password length is 6 characters'] },
    {
      name: 'length counts characters, not UTF-16 units',
      password: 'ÿÿÿÿÿ\u{1F600}',
      policy: NO_RULES,
      unmet: [],
    },
    { name: 'a custom policy does not apply the default mix rule', password: 'aaaaaaaa', policy: { ...NO_RULES, MinimumPasswordLength: 8 }, unmet: [] },
  ]
  for (const c of cases) {
    it(c.name, async () => {
      const violations = await checkPassword(c.password, c.policy)
      expect(violations.map((v) => v.message)).toEqual(c.unmet)
    })
  }
})

describe('checkPassword against the default policy (no custom policy)', () => {
  const context = { accountName: 'example-corp', rootEmail: 'Admin@Example.com' }
  const cases: { name: string; password: string; unmet: string[] }[] = [
    { name: 'three types and 8 characters pass', password: 'abcdEF12', unmet: [] },
    { name: 'lowercase, number, symbol pass without uppercase', password: 'abcd-123', unmet: [] },
    { name: 'two types fail the mix rule', password: 'abcd1234', unmet: [MIX] },
    { name: '7 characters fail the length rule', password: 'abcDE12', unmet: ['Minimum password length is 8 characters'] },
    { name: '129 characters fail the maximum', password: 'aB1'.repeat(43), unmet: ['Maximum password length is 128 characters'] },
    { name: 'identical to the root email (any case) fails', password: 'admin@example.com', unmet: [MIX, 'Not be identical to your AWS account name or email address'] },
    { name: 'identical to the account name fails', password: 'Example-Corp', unmet: ['Not be identical to your AWS account name or email address'] },
    { name: 'containing the account name is allowed', password: 'Example-Corp-2', unmet: [] },
  ]
  for (const c of cases) {
    it(c.name, async () => {
      const violations = await checkPassword(c.password, null, context)
      expect(violations.map((v) => v.message)).toEqual(c.unmet)
    })
  }
})

describe('checkPassword: password reuse', () => {
  it('refuses any of the last N passwords and allows older ones', async () => {
    const history = await Promise.all(['Newest-Pass-0001', 'Middle-Pass-0002', 'Oldest-Pass-0003'].map((p) => hashPassword(p)))
    const policy = { ...STRICT_14, PasswordReusePrevention: 2 }
    const reused = await checkPassword('Middle-Pass-0002', policy, { previousPasswordHashes: history })
    expect(reused).toEqual([{ rule: 'PasswordReusePrevention', message: 'Prevent password reuse', limit: 2 }])
    // Third newest: outside the last 2, so reuse is allowed.
    expect(await checkPassword('Oldest-Pass-0003', policy, { previousPasswordHashes: history })).toEqual([])
    expect(await checkPassword('Brand-New-Pass-04', policy, { previousPasswordHashes: history })).toEqual([])
  })
  it('is not checked when the policy does not prevent reuse', async () => {
    const history = [await hashPassword('Newest-Pass-0001')]
    const policy = { ...STRICT_14 }
    delete policy.PasswordReusePrevention
    expect(await checkPassword('Newest-Pass-0001', policy, { previousPasswordHashes: history })).toEqual([])
  })
})

describe('passwordPolicyViolationMessage', () => {
  it('under the default policy, matches the message AWS returned for a lowercase+number password', () => {
    const violations = checkPasswordComposition('abcd1234', null)
    // Recorded from AWS (CloudFormation, Error Code: PasswordPolicyViolation).
    expect(passwordPolicyViolationMessage(violations)).toBe(
      'Password should meet 1 more of the following requirements: Password should have at least one uppercase letter, Password should have at least one symbol',
    )
  })
  it('counts how many more types a one-type password needs', () => {
    expect(passwordPolicyViolationMessage(checkPasswordComposition('abcdefgh', null))).toBe(
      'Password should meet 2 more of the following requirements: Password should have at least one uppercase letter, Password should have at least one number, Password should have at least one symbol',
    )
  })
  it('lists each unmet custom rule', () => {
    expect(passwordPolicyViolationError(checkPasswordComposition('weak', STRICT_14))).toEqual({
      code: 'PasswordPolicyViolation',
      message:
        'Password should have a minimum length of 14; Password should have at least one uppercase letter; Password should have at least one number; Password should have at least one symbol',
    })
  })
  it('no violations, no error', () => {
    expect(passwordPolicyViolationError([])).toBeNull()
    expect(() => passwordPolicyViolationMessage([])).toThrow()
  })
})

describe('validatePasswordParameter', () => {
  const cases: { name: string; password: string; message: string | null }[] = [
    { name: 'printable ASCII and Latin-1 are allowed', password: 'Pässwörd-1 ok', message: null },
    { name: 'tab, LF and CR are allowed', password: 'a\tb\nc\rd', message: null },
    { name: 'empty is too short', password: '', message: "1 validation error detected: Value at 'password' failed to satisfy constraint: Member must have length greater than or equal to 1" },
    { name: '129 characters are too long', password: 'a'.repeat(129), message: "1 validation error detected: Value at 'password' failed to satisfy constraint: Member must have length less than or equal to 128" },
    { name: 'characters above U+00FF are refused', password: 'pass€word', message: "1 validation error detected: Value at 'password' failed to satisfy constraint: Member must satisfy regular expression pattern: [\\u0009\\u000A\\u000D\\u0020-\\u00FF]+" },
  ]
  for (const c of cases) {
    it(c.name, () => {
      expect(validatePasswordParameter(c.password)?.message ?? null).toBe(c.message)
    })
  }
})
