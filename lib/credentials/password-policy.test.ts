import { describe, expect, it } from 'vitest'
import { hashPassword } from './password-hash'
import {
  checkPassword,
  checkPasswordComposition,
  characterTypesIn,
  passwordPolicyViolationError,
  passwordPolicyViolationMessage,
  type PasswordPolicy,
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
