// Server secrets: the key that encrypts MFA seeds and access key secrets at rest, and
// the key that signs console session cookies. Each comes from the environment, or is
// generated once into ./data/secrets/ with owner-only permissions, so a fresh clone
// needs no configuration and restarts keep sessions and ciphertexts valid.
import { createCipheriv, createDecipheriv, createHash, randomBytes } from 'node:crypto'
import { chmodSync, existsSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs'
import path from 'node:path'

export type SecretName = 'encryption-key' | 'session-secret'

const ENV_VARIABLE: Record<SecretName, string> = {
  'encryption-key': 'SANDBOX_IAM_ENCRYPTION_KEY',
  'session-secret': 'NEXTAUTH_SECRET',
}

const cache = new Map<SecretName, Buffer>()

function secretsDir(): string {
  return path.resolve(process.env.SANDBOX_IAM_DATA_DIR ?? 'data', 'secrets')
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
      mkdirSync(path.dirname(file), { recursive: true, mode: 0o700 })
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

/** AES-256-GCM; output "v1.<iv>.<tag>.<ciphertext>" in base64url, safe to store as text. */
export function encryptSecret(plaintext: string): string {
  const iv = randomBytes(12)
  const cipher = createCipheriv('aes-256-gcm', loadSecret('encryption-key'), iv)
  const body = Buffer.concat([cipher.update(plaintext, 'utf8'), cipher.final()])
  return ['v1', iv.toString('base64url'), cipher.getAuthTag().toString('base64url'), body.toString('base64url')].join('.')
}

export function decryptSecret(stored: string): string {
  const [version, iv, tag, body] = stored.split('.')
  if (version !== 'v1' || !iv || !tag || body === undefined) throw new Error('Unrecognised encrypted secret format')
  const decipher = createDecipheriv('aes-256-gcm', loadSecret('encryption-key'), Buffer.from(iv, 'base64url'))
  decipher.setAuthTag(Buffer.from(tag, 'base64url'))
  return Buffer.concat([decipher.update(Buffer.from(body, 'base64url')), decipher.final()]).toString('utf8')
}
