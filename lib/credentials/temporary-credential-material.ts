// Temporary security credentials (STS): an ASIA key id, a secret and a session token.
// The secret is kept encrypted as long-term keys' are (SigV4 verification needs the
// secret itself); the token only as a hash, since the server never needs it back: a
// request's token is hashed and compared.
import { createHash, randomBytes, timingSafeEqual } from 'node:crypto'
import { newSecretAccessKey, newTemporaryAccessKeyId } from './ids'
import { decryptSecret, encryptSecret, type SecretBinding } from './secrets'

export const TEMPORARY_ACCESS_KEY_ID_PATTERN = /^ASIA[A-Z2-7]{16}$/

export interface TemporaryCredentialMaterial {
  accessKeyId: string
  secretAccessKey: string
  sessionToken: string
}

export function generateTemporaryCredentials(accountId: string): TemporaryCredentialMaterial {
  // 64 random bytes: far beyond guessing, so an unsalted hash is enough to store it.
  return { accessKeyId: newTemporaryAccessKeyId(accountId), secretAccessKey: newSecretAccessKey(), sessionToken: randomBytes(64).toString('base64') }
}

export const hashSessionToken = (token: string): string => createHash('sha256').update(token, 'utf8').digest('hex')

/** Constant-time comparison of a presented token with the stored hash. */
export function sessionTokenMatches(token: string, storedHash: string): boolean {
  const a = Buffer.from(hashSessionToken(token), 'hex')
  const b = Buffer.from(storedHash, 'hex')
  return a.length === b.length && timingSafeEqual(a, b)
}

const binding = (rowId: string): SecretBinding => ({ table: 'RoleSession', rowId, column: 'secretEncrypted' })

export const sealTemporarySecret = (secretAccessKey: string, rowId: string): string => encryptSecret(secretAccessKey, binding(rowId))
export const openTemporarySecret = (stored: string, rowId: string): string => decryptSecret(stored, binding(rowId))
