import { describe, expect, it } from 'vitest'
import { validatePasswordParameter } from './validate-password-parameter'

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
