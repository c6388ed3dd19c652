import { describe, expect, it } from 'vitest'
import {
  accountIdFromAccessKeyId,
  isAccountId,
  newAccessKeyId,
  newAccountId,
  newGroupId,
  newPolicyId,
  newRoleId,
  newSecretAccessKey,
  newTemporaryAccessKeyId,
  newUserId,
} from './ids'

const SAMPLES = 200

describe('unique ids', () => {
  const cases = [
    { name: 'user', make: newUserId, pattern: /^AIDA[A-Z2-7]{17}$/ },
    { name: 'group', make: newGroupId, pattern: /^AGPA[A-Z2-7]{17}$/ },
    { name: 'role', make: newRoleId, pattern: /^AROA[A-Z2-7]{17}$/ },
    { name: 'managed policy', make: newPolicyId, pattern: /^ANPA[A-Z2-7]{17}$/ },
    { name: 'access key', make: () => newAccessKeyId('123456789012'), pattern: /^AKIA[A-Z2-7]{16}$/ },
    { name: 'temporary access key', make: () => newTemporaryAccessKeyId('123456789012'), pattern: /^ASIA[A-Z2-7]{16}$/ },
  ]
  it.each(cases)('$name ids have the AWS prefix, length and alphabet, and do not repeat', ({ make, pattern }) => {
    const ids = Array.from({ length: SAMPLES }, make)
    for (const id of ids) expect(id).toMatch(pattern)
    expect(new Set(ids).size).toBe(SAMPLES)
  })
})

describe('access key ids carry the account id', () => {
  it.each([
    // A real key id and its account, published by Aidan Steele and Tal Be'ery.
    { name: 'published AWS key', keyId: 'ASIAY34FZKBOKMUTVV7A', account: '609629065308' },
    { name: 'not a key id (unique id prefix)', keyId: 'AIDAY34FZKBOKMUTVV7AB', account: null },
    { name: 'wrong length', keyId: 'AKIAY34FZKBOKMUTVV7', account: null },
    { name: 'characters outside base32', keyId: 'AKIAY34FZKBOKMUTVV10', account: null },
  ])('$name', ({ keyId, account }) => {
    expect(accountIdFromAccessKeyId(keyId)).toBe(account)
  })

  it.each(['000000000001', '123456789012', '999999999999', '100000000000'])('round-trips account %s', (account) => {
    for (let i = 0; i < 20; i++) {
      expect(accountIdFromAccessKeyId(newAccessKeyId(account))).toBe(account)
      expect(accountIdFromAccessKeyId(newTemporaryAccessKeyId(account))).toBe(account)
    }
  })

  it('rejects an account id that is not 12 digits', () => {
    expect(() => newAccessKeyId('12345')).toThrow(/12-digit/)
  })
})

describe('account ids and secrets', () => {
  it('account ids are 12 digits and never start with 0', () => {
    const ids = Array.from({ length: SAMPLES }, newAccountId)
    for (const id of ids) {
      expect(id).toMatch(/^[1-9]\d{11}$/)
      expect(isAccountId(id)).toBe(true)
    }
    expect(new Set(ids).size).toBe(SAMPLES)
  })

  it.each([
    { value: '123456789012', expected: true },
    { value: '12345678901', expected: false },
    { value: '1234567890123', expected: false },
    { value: '12345678901a', expected: false },
  ])('isAccountId($value) = $expected', ({ value, expected }) => {
    expect(isAccountId(value)).toBe(expected)
  })

  it('secret access keys are 40 characters of base64', () => {
    const secret = newSecretAccessKey()
    expect(secret).toMatch(/^[A-Za-z0-9+/]{40}$/)
    expect(newSecretAccessKey()).not.toBe(secret)
  })
})
