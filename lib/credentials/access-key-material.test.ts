import { describe, expect, it } from 'vitest'
import { accountIdFromAccessKeyId } from '@/lib/credentials/ids'
import {
  ACCESS_KEY_ID_PATTERN,
  accessKeyCsv,
  accessKeyCsvFileName,
  generateAccessKey,
  openSecretAccessKey,
  SECRET_ACCESS_KEY_PATTERN,
  sealSecretAccessKey,
} from './access-key-material'

process.env.SANDBOX_IAM_ENCRYPTION_KEY ??= 'access-key-test-key'

const ACCOUNT = '123456789012'

describe('generateAccessKey', () => {
  it("has AWS's shape: AKIA + 16 base32 characters, and a 40-character base64 secret", () => {
    for (let i = 0; i < 200; i++) {
      const key = generateAccessKey(ACCOUNT)
      expect(key.accessKeyId).toHaveLength(20)
      expect(key.accessKeyId).toMatch(ACCESS_KEY_ID_PATTERN)
      expect(key.secretAccessKey).toHaveLength(40)
      expect(key.secretAccessKey).toMatch(SECRET_ACCESS_KEY_PATTERN)
    }
  })
  it('carries the account id in the key id', () => {
    expect(accountIdFromAccessKeyId(generateAccessKey(ACCOUNT).accessKeyId)).toBe(ACCOUNT)
  })
  it('is random: no two keys or secrets repeat', () => {
    const keys = Array.from({ length: 500 }, () => generateAccessKey(ACCOUNT))
    expect(new Set(keys.map((k) => k.accessKeyId)).size).toBe(500)
    expect(new Set(keys.map((k) => k.secretAccessKey)).size).toBe(500)
  })
  it('refuses an account id that is not 12 digits', () => {
    expect(() => generateAccessKey('12345')).toThrow(/12-digit/)
  })
})

describe('accessKeyCsv', () => {
  const cases: { name: string; key: { accessKeyId: string; secretAccessKey: string }; csv: string }[] = [
    {
      name: "AWS's documentation example pair",
      key: { accessKeyId: 'AKIAIOSFODNN7EXAMPLE', secretAccessKey: 'wJalrXUtnFEMI/K7MDENG/bPxRfiCYEXAMPLEKEY' },
      csv: 'Access key ID,Secret access key\nAKIAIOSFODNN7EXAMPLE,wJalrXUtnFEMI/K7MDENG/bPxRfiCYEXAMPLEKEY\n',
    },
    {
      name: 'a field with a comma or quote is quoted (RFC 4180)',
      key: { accessKeyId: 'A,B', secretAccessKey: 'say "hi"' },
      csv: 'Access key ID,Secret access key\n"A,B","say ""hi"""\n',
    },
  ]
  for (const c of cases) {
    it(c.name, () => {
      expect(accessKeyCsv(c.key)).toBe(c.csv)
    })
  }
  it('names the file after the user, or rootkey.csv for the root user', () => {
    expect(accessKeyCsvFileName('alice')).toBe('alice_accessKeys.csv')
    expect(accessKeyCsvFileName(null)).toBe('rootkey.csv')
  })
})

describe('secret access keys at rest', () => {
  const KEY_ID = generateAccessKey(ACCOUNT).accessKeyId
  it('are sealed without the plaintext in the stored text, and open to the same secret', () => {
    const { secretAccessKey } = generateAccessKey(ACCOUNT)
    const sealed = sealSecretAccessKey(secretAccessKey, KEY_ID)
    expect(sealed).not.toContain(secretAccessKey)
    expect(sealed).not.toContain(Buffer.from(secretAccessKey).toString('base64url'))
    expect(openSecretAccessKey(sealed, KEY_ID)).toBe(secretAccessKey)
  })
  it('seal the same secret differently each time (random IV)', () => {
    const { secretAccessKey } = generateAccessKey(ACCOUNT)
    expect(sealSecretAccessKey(secretAccessKey, KEY_ID)).not.toBe(sealSecretAccessKey(secretAccessKey, KEY_ID))
  })
  it('refuse a tampered ciphertext', () => {
    const sealed = sealSecretAccessKey(generateAccessKey(ACCOUNT).secretAccessKey, KEY_ID)
    const parts = sealed.split('.')
    const body = Buffer.from(parts[3], 'base64url')
    body[0] ^= 1
    parts[3] = body.toString('base64url')
    expect(() => openSecretAccessKey(parts.join('.'), KEY_ID)).toThrow()
  })
})
