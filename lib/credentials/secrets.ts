// Server secrets: the key that encrypts MFA seeds and access key secrets at rest, and
// the key that signs console session cookies. Each comes from the environment, or is
// generated once into ./data/secrets/ with owner-only permissions, so a fresh clone
// needs no configuration and restarts keep sessions and ciphertexts valid.
import { createCipheriv, createDecipheriv, createHash, randomBytes } from 'node:crypto'
import { chmodSync, existsSync, readFileSync, writeFileSync } from 'node:fs'
import path from 'node:path'
import { dataDirectory, ensurePrivateDirectory } from '@/lib/db/private-files'

export type SecretName = 'encryption-key' | 'session-secret'

const ENV_VARIABLE: Record<SecretName, string> = {
  'encryption-key': 'SANDBOX_IAM_ENCRYPTION_KEY',
  'session-secret': 'NEXTAUTH_SECRET',
}

const cache = new Map<SecretName, Buffer>()

function secretsDir(): string {
  return path.join(dataDirectory(), 'secrets')
}

/** 32 bytes of key material: from the environment (base64 or any text, hashed to 32 bytes) or ./data/secrets/NAME. */
export function loadSecret(name: SecretName): Buffer {
  const cached = cache.get(name)
  if (cached) return cached
  const fromEnv = process.env[ENV_VARIABLE[name]]
  let key: Buffer
  if (fromEnv) {
    key = keyFromText(fromEnv)
  } else {
    const file = path.join(secretsDir(), name)
    if (!existsSync(file)) {
      ensurePrivateDirectory(dataDirectory())
      ensurePrivateDirectory(path.dirname(file))
      // 'wx' fails if another process created it first; then we read theirs.
      try {
        writeFileSync(file, randomBytes(32).toString('base64') + '\n', { mode: 0o600, flag: 'wx' })
      } catch (err) {
        if ((err as NodeJS.ErrnoException).code !== 'EEXIST') throw err
      }
      chmodSync(file, 0o600)
    }
    key = keyFromText(readFileSync(file, 'utf8').trim())
  }
  cache.set(name, key)
  return key
}

function keyFromText(text: string): Buffer {
  const decoded = Buffer.from(text, 'base64')
  if (decoded.length === 32 && decoded.toString('base64').replace(/=+$/, '') === text.replace(/=+$/, '')) return decoded
  // Not a base64 32-byte key: derive one, so any passphrase works.
  // sha256 is enough here: the input is an operator-chosen secret, not a user password.
  return createHash('sha256').update(text).digest()
}

// Ciphertexts are bound to where they are stored: the additional authenticated data
// names the table, the row and the column, so a ciphertext copied into another row
// (another user's key, another device's seed) or another column fails to decrypt
// instead of handing that row someone else's secret.
//
//   v2.<iv>.<tag>.<ciphertext>   AAD = JSON ["sandbox-iam", table, rowId, column]
//   v1.<iv>.<tag>.<ciphertext>   no AAD (written before binding existed); still read,
//                                and rewritten as v2 by upgradeSecretsAtRest at start
//
// All parts are base64url. The tag is always 16 bytes: a shorter tag would be accepted
// by GCM (it allows 4 to 16) and make forging proportionally easier, so any other
// length is refused before decryption.

/** Where a ciphertext lives; the same binding must be given to read it back. */
export interface SecretBinding {
  table: string
  rowId: string
  column: string
}

const TAG_BYTES = 16
const IV_BYTES = 12
const CURRENT_VERSION = 'v2'
const LEGACY_VERSION = 'v1'

const additionalData = (b: SecretBinding): Buffer => Buffer.from(JSON.stringify(['sandbox-iam', b.table, b.rowId, b.column]), 'utf8')

export function encryptSecret(plaintext: string, binding: SecretBinding): string {
  const iv = randomBytes(IV_BYTES)
  const cipher = createCipheriv('aes-256-gcm', loadSecret('encryption-key'), iv, { authTagLength: TAG_BYTES })
  cipher.setAAD(additionalData(binding))
  const body = Buffer.concat([cipher.update(plaintext, 'utf8'), cipher.final()])
  return [CURRENT_VERSION, iv.toString('base64url'), cipher.getAuthTag().toString('base64url'), body.toString('base64url')].join('.')
}

export function decryptSecret(stored: string, binding: SecretBinding): string {
  const [version, iv, tag, body, extra] = stored.split('.')
  if ((version !== CURRENT_VERSION && version !== LEGACY_VERSION) || !iv || !tag || body === undefined || extra !== undefined) {
    throw new Error('Unrecognised encrypted secret format')
  }
  const tagBytes = Buffer.from(tag, 'base64url')
  const ivBytes = Buffer.from(iv, 'base64url')
  if (tagBytes.length !== TAG_BYTES) throw new Error(`Encrypted secret has a ${tagBytes.length}-byte tag; ${TAG_BYTES} bytes expected`)
  if (ivBytes.length !== IV_BYTES) throw new Error(`Encrypted secret has a ${ivBytes.length}-byte IV; ${IV_BYTES} bytes expected`)
  const decipher = createDecipheriv('aes-256-gcm', loadSecret('encryption-key'), ivBytes, { authTagLength: TAG_BYTES })
  if (version === CURRENT_VERSION) decipher.setAAD(additionalData(binding))
  decipher.setAuthTag(tagBytes)
  return Buffer.concat([decipher.update(Buffer.from(body, 'base64url')), decipher.final()]).toString('utf8')
}

/** A ciphertext written before binding: readable, but to be rewritten bound to its row. */
export function isUnboundSecret(stored: string): boolean {
  return stored.startsWith(`${LEGACY_VERSION}.`)
}
