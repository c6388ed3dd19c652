import fc from 'fast-check'
import { describe, expect, it } from 'vitest'
import { generatePassword, GENERATED_PASSWORD_LENGTH } from './generate-password'
import { characterTypesIn, checkPassword, PASSWORD_SYMBOLS, type PasswordPolicy } from '@/lib/credentials/password-policy'
import { validatePasswordParameter } from '@/lib/iam/passwords/validate-password-parameter'

const policyArbitrary: fc.Arbitrary<PasswordPolicy | null> = fc.option(
  fc.record({
    MinimumPasswordLength: fc.integer({ min: 6, max: 128 }),
    RequireSymbols: fc.boolean(),
    RequireNumbers: fc.boolean(),
    RequireUppercaseCharacters: fc.boolean(),
    RequireLowercaseCharacters: fc.boolean(),
    AllowUsersToChangePassword: fc.boolean(),
    ExpirePasswords: fc.boolean(),
  }),
  { nil: null, freq: 4 },
)

describe('generatePassword', () => {
  it('always passes checkPassword and the Password parameter constraint, for any policy', async () => {
    await fc.assert(
      fc.asyncProperty(policyArbitrary, async (policy) => {
        const password = generatePassword(policy)
        expect(await checkPassword(password, policy)).toEqual([])
        expect(validatePasswordParameter(password)).toBeNull()
      }),
      { numRuns: 500 },
    )
  })

  const lengthCases: { name: string; policy: PasswordPolicy | null; length: number }[] = [
    { name: 'default policy: 16 characters', policy: null, length: GENERATED_PASSWORD_LENGTH },
    { name: 'a 6-character minimum still gets 16', policy: policy(6), length: 16 },
    { name: 'a 14-character minimum gets 16', policy: policy(14), length: 16 },
    { name: 'a 40-character minimum gets 40', policy: policy(40), length: 40 },
    { name: 'the 128 maximum gets 128', policy: policy(128), length: 128 },
  ]
  for (const c of lengthCases) {
    it(c.name, () => {
      expect([...generatePassword(c.policy)].length).toBe(c.length)
    })
  }

  it('contains every character type and only AWS characters', () => {
    for (let i = 0; i < 200; i++) {
      const password = generatePassword(policy(6))
      expect(characterTypesIn(password)).toEqual({ uppercase: true, lowercase: true, number: true, symbol: true })
      expect(password).toMatch(new RegExp(`^[A-Za-z0-9${PASSWORD_SYMBOLS.replace(/[\]\\^-]/g, '\\$&')}]+$`))
    }
  })

  it('does not repeat itself (random, not a fixed answer)', () => {
    const seen = new Set(Array.from({ length: 1000 }, () => generatePassword(null)))
    expect(seen.size).toBe(1000)
  })

  it('spreads the guaranteed characters over every position', () => {
    // If the one-of-each characters were not shuffled, position 0 would always be uppercase.
    const firstIsUpper = Array.from({ length: 400 }, () => /^[A-Z]/.test(generatePassword(null))).filter(Boolean).length
    expect(firstIsUpper).toBeLessThan(200)
  })
})

function policy(minimum: number): PasswordPolicy {
  return {
    MinimumPasswordLength: minimum,
    RequireSymbols: true,
    RequireNumbers: true,
    RequireUppercaseCharacters: true,
    RequireLowercaseCharacters: true,
    AllowUsersToChangePassword: true,
    ExpirePasswords: false,
  }
}
