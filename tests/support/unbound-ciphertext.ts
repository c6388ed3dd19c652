// A secret encrypted as the server wrote it before ciphertexts were bound to their row
// (format v1: AES-256-GCM, no additional data), for tests of the upgrade path.
import { createCipheriv, randomBytes } from 'node:crypto'
import { loadSecret } from '@/lib/credentials/secrets'

export function unboundCiphertext(plaintext: string, tagBytes = 16): string {
  const iv = randomBytes(12)
  const cipher = createCipheriv('aes-256-gcm', loadSecret('encryption-key'), iv, { authTagLength: tagBytes })
  const body = Buffer.concat([cipher.update(plaintext, 'utf8'), cipher.final()])
  return ['v1', iv.toString('base64url'), cipher.getAuthTag().toString('base64url'), body.toString('base64url')].join('.')
}
