// AWS-style identifiers. See "Unique identifiers" and "Understanding unique ID
// prefixes" in the IAM User Guide (reference_identifiers.html): a unique id is 21
// characters, a four-character prefix naming the entity type and 17 characters of the
// base32 alphabet (A-Z, 2-7). Access key ids are 20 characters (AKIA/ASIA + 16) and,
// as AWS's do, carry the account id, so sts:GetAccessKeyInfo can be answered from the
// key id alone.
import { randomBytes, randomInt, randomUUID } from 'node:crypto'

export const ID_PREFIX = {
  user: 'AIDA',
  group: 'AGPA',
  role: 'AROA',
  policy: 'ANPA',
  accessKey: 'AKIA',
  temporaryAccessKey: 'ASIA',
} as const

const BASE32 = 'ABCDEFGHIJKLMNOPQRSTUVWXYZ234567'

function base32(bytes: Uint8Array): string {
  let bits = 0
  let value = 0
  let out = ''
  for (const byte of bytes) {
    value = (value << 8) | byte
    bits += 8
    while (bits >= 5) {
      out += BASE32[(value >>> (bits - 5)) & 31]
      bits -= 5
    }
    value &= (1 << bits) - 1
  }
  if (bits > 0) out += BASE32[(value << (5 - bits)) & 31]
  return out
}

function randomBase32(length: number): string {
  let out = ''
  for (let i = 0; i < length; i++) out += BASE32[randomInt(32)]
  return out
}

function uniqueId(prefix: string): string {
  return prefix + randomBase32(17)
}

export const newUserId = () => uniqueId(ID_PREFIX.user)
export const newGroupId = () => uniqueId(ID_PREFIX.group)
export const newRoleId = () => uniqueId(ID_PREFIX.role)
export const newPolicyId = () => uniqueId(ID_PREFIX.policy)
// AWS gives an MFA device no unique id (its serial number names it); the row needs one
// known before the insert, because the seed's ciphertext is bound to it.
export const newMfaDeviceId = () => randomUUID()

// Layout observed in AWS's own keys (not documented by AWS; see Aidan Steele, "AWS
// Access Key ID formats", and Tal Be'ery's follow-up): the 16 characters after the
// prefix are 10 base32-encoded bytes; bits 46..7 of the first 6 bytes hold the account
// id. The top bit is set, as in current AWS keys (they read AKIAQ..AKIA7), and the
// rest is random.
function accessKeyIdFor(prefix: string, accountId: string): string {
  if (!isAccountId(accountId)) throw new Error(`Not a 12-digit account id: "${accountId}"`)
  const head = (1n << 47n) | (BigInt(accountId) << 7n) | BigInt(randomInt(128))
  const bytes = new Uint8Array(10)
  for (let i = 0; i < 6; i++) bytes[i] = Number((head >> BigInt(8 * (5 - i))) & 0xffn)
  bytes.set(randomBytes(4), 6)
  return prefix + base32(bytes)
}

export const newAccessKeyId = (accountId: string) => accessKeyIdFor(ID_PREFIX.accessKey, accountId)
export const newTemporaryAccessKeyId = (accountId: string) => accessKeyIdFor(ID_PREFIX.temporaryAccessKey, accountId)

/** The account an AKIA/ASIA key id belongs to (what sts:GetAccessKeyInfo returns), or null. */
export function accountIdFromAccessKeyId(accessKeyId: string): string | null {
  if (!/^(AKIA|ASIA)[A-Z2-7]{16}$/.test(accessKeyId)) return null
  let head = 0n
  // The first 6 bytes are the first 48 bits: 9 characters give 45 bits, the 10th adds 5 more.
  for (const ch of accessKeyId.slice(4, 14)) head = (head << 5n) | BigInt(BASE32.indexOf(ch))
  head >>= 2n
  const account = (head & 0x7fffffffff80n) >> 7n
  return account > 999_999_999_999n ? null : account.toString().padStart(12, '0')
}

/** A 40-character secret access key, AWS's length and alphabet (base64 without padding). */
export function newSecretAccessKey(): string {
  return randomBytes(30).toString('base64')
}

/** A random 12-digit AWS account id; never starts with 0 (so it survives being read as a number). */
export function newAccountId(): string {
  return String(randomInt(1, 10)) + String(randomInt(0, 100_000_000_000)).padStart(11, '0')
}

export function isAccountId(value: string): boolean {
  return /^\d{12}$/.test(value)
}
