// Secrets at rest are bound to their row and column: these cases are what an attacker
// with write access to the database file (but not the key) would try, and the one
// compatibility promise, that ciphertexts written before binding still open.
import { describe, expect, it } from 'vitest'
import { unboundCiphertext } from '@/tests/support/unbound-ciphertext'
import { decryptSecret, encryptSecret, isUnboundSecret, type SecretBinding } from './secrets'

process.env.SANDBOX_IAM_ENCRYPTION_KEY ??= 'secrets-test-key'

const ALICE_KEY: SecretBinding = { table: 'AccessKey', rowId: 'AKIAALICE', column: 'secretEncrypted' }
const SECRET = 'wJalrXUtnFEMI/K7MDENG/bPxRfiCYEXAMPLEKEY'

/** The stored text with its tag (third part) replaced by `bytes` of it. */
function withTag(stored: string, bytes: (tag: Buffer) => Buffer): string {
  const parts = stored.split('.')
  parts[2] = bytes(Buffer.from(parts[2]!, 'base64url')).toString('base64url')
  return parts.join('.')
}

describe('a ciphertext opens only where it was stored', () => {
  const cases: { name: string; readAs: SecretBinding }[] = [
    { name: "copied into another user's access key row", readAs: { ...ALICE_KEY, rowId: 'AKIABOB' } },
    { name: 'copied into another column of the same row', readAs: { ...ALICE_KEY, column: 'seedEncrypted' } },
    { name: 'copied into another table with the same row id', readAs: { ...ALICE_KEY, table: 'MfaDevice' } },
    // JSON encoding of the binding: "a.b" + "c" must not equal "a" + "b.c".
    { name: 'read with the row id and column run together differently', readAs: { table: 'AccessKey', rowId: 'AKIAALICEsecret', column: 'Encrypted' } },
  ]
  const sealed = encryptSecret(SECRET, ALICE_KEY)
  it('opens in its own row and column', () => {
    expect(decryptSecret(sealed, ALICE_KEY)).toBe(SECRET)
  })
  for (const c of cases) {
    it(`fails when ${c.name}`, () => {
      expect(() => decryptSecret(sealed, c.readAs)).toThrow(/authenticate/)
    })
  }
})

describe('a tag of the wrong length is refused before decryption', () => {
  const cases: { name: string; tag: (tag: Buffer) => Buffer }[] = [
    { name: 'truncated to 12 bytes', tag: (t) => t.subarray(0, 12) },
    { name: 'truncated to 4 bytes (the shortest GCM allows)', tag: (t) => t.subarray(0, 4) },
    { name: 'truncated to 1 byte', tag: (t) => t.subarray(0, 1) },
    { name: 'extended to 17 bytes', tag: (t) => Buffer.concat([t, Buffer.from([0])]) },
  ]
  for (const c of cases) {
    it(`v2 tag ${c.name}`, () => {
      expect(() => decryptSecret(withTag(encryptSecret(SECRET, ALICE_KEY), c.tag), ALICE_KEY)).toThrow(/16 bytes expected/)
    })
  }
  it('v1 ciphertext written with a genuine 4-byte tag', () => {
    expect(() => decryptSecret(unboundCiphertext(SECRET, 4), ALICE_KEY)).toThrow(/16 bytes expected/)
  })
})

describe('ciphertexts written before binding (v1)', () => {
  it('still decrypt, in any row (they carry no binding)', () => {
    const stored = unboundCiphertext(SECRET)
    expect(decryptSecret(stored, ALICE_KEY)).toBe(SECRET)
    expect(isUnboundSecret(stored)).toBe(true)
  })
  it('are told apart from bound ones, which new writes always are', () => {
    expect(isUnboundSecret(encryptSecret(SECRET, ALICE_KEY))).toBe(false)
    expect(encryptSecret(SECRET, ALICE_KEY)).toMatch(/^v2\./)
  })
  it('refuse a tampered body like bound ones', () => {
    const parts = unboundCiphertext(SECRET).split('.')
    const body = Buffer.from(parts[3]!, 'base64url')
    body[0]! ^= 1
    parts[3] = body.toString('base64url')
    expect(() => decryptSecret(parts.join('.'), ALICE_KEY)).toThrow(/authenticate/)
  })
})

describe('unknown formats are refused', () => {
  const cases = [
    { name: 'a future version', stored: () => encryptSecret(SECRET, ALICE_KEY).replace(/^v2\./, 'v3.') },
    { name: 'a missing part', stored: () => encryptSecret(SECRET, ALICE_KEY).split('.').slice(0, 3).join('.') },
    { name: 'an extra part', stored: () => `${encryptSecret(SECRET, ALICE_KEY)}.AAAA` },
    { name: 'plain text', stored: () => SECRET },
  ]
  for (const c of cases) {
    it(c.name, () => {
      expect(() => decryptSecret(c.stored(), ALICE_KEY)).toThrow()
    })
  }
})
