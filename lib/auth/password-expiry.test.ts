import { describe, expect, it } from 'vitest'
import { passwordAgeAt, type PasswordAge } from './password-expiry'
import type { PasswordPolicy } from './password-policy'

const BASE: PasswordPolicy = {
  MinimumPasswordLength: 8,
  RequireSymbols: false,
  RequireNumbers: false,
  RequireUppercaseCharacters: false,
  RequireLowercaseCharacters: false,
  AllowUsersToChangePassword: true,
  ExpirePasswords: false,
}
const CHANGED = new Date('2026-01-01T00:00:00Z')
const days = (n: number) => new Date(CHANGED.getTime() + n * 24 * 60 * 60 * 1000)

const cases: { name: string; policy: PasswordPolicy | null; now: Date; expected: PasswordAge }[] = [
  { name: "AWS's default policy never expires passwords", policy: null, now: days(5000), expected: 'current' },
  { name: 'a custom policy without MaxPasswordAge never expires them', policy: BASE, now: days(5000), expected: 'current' },
  { name: 'one second before MaxPasswordAge days the password is current', policy: { ...BASE, ExpirePasswords: true, MaxPasswordAge: 90 }, now: new Date(days(90).getTime() - 1000), expected: 'current' },
  { name: 'at MaxPasswordAge days it has expired and must be changed at sign-in', policy: { ...BASE, ExpirePasswords: true, MaxPasswordAge: 90 }, now: days(90), expected: 'expired' },
  { name: 'with HardExpiry an expired password needs an administrator reset', policy: { ...BASE, ExpirePasswords: true, MaxPasswordAge: 1, HardExpiry: true }, now: days(2), expected: 'expired-admin-reset' },
  { name: 'HardExpiry does nothing before the password expires', policy: { ...BASE, ExpirePasswords: true, MaxPasswordAge: 30, HardExpiry: true }, now: days(29), expected: 'current' },
]

describe('passwordAgeAt', () => {
  it.each(cases)('$name', ({ policy, now, expected }) => {
    expect(passwordAgeAt(policy, CHANGED, now)).toBe(expected)
  })
})
