// Rewrites ciphertexts stored before they were bound to their row (v1, see secrets.ts)
// as bound ones (v2). Run by `npm start` before serving; idempotent, and safe beside a
// running server: each row is rewritten only if it still holds the ciphertext that was
// read (compare-and-set), so a key or seed replaced meanwhile is left as it is. Rows
// not yet rewritten stay readable, so skipping this pass loses nothing.
import type { Db } from '@/lib/db/client'
import { accessKeySecretBinding } from '@/lib/credentials/access-key-material'
import { decryptSecret, encryptSecret, isUnboundSecret, type SecretBinding } from '@/lib/credentials/secrets'
import { virtualMfaSeedBinding } from '@/lib/credentials/totp'

export interface SecretsUpgrade {
  accessKeys: number
  mfaSeeds: number
}

const rebound = (stored: string, binding: SecretBinding): string => encryptSecret(decryptSecret(stored, binding), binding)

export async function upgradeSecretsAtRest(db: Db): Promise<SecretsUpgrade> {
  const result: SecretsUpgrade = { accessKeys: 0, mfaSeeds: 0 }
  const keys = await db.accessKey.findMany({ where: { secretEncrypted: { startsWith: 'v1.' } }, select: { id: true, secretEncrypted: true } })
  for (const key of keys.filter((k) => isUnboundSecret(k.secretEncrypted))) {
    const { count } = await db.accessKey.updateMany({
      where: { id: key.id, secretEncrypted: key.secretEncrypted },
      data: { secretEncrypted: rebound(key.secretEncrypted, accessKeySecretBinding(key.id)) },
    })
    result.accessKeys += count
  }
  const devices = await db.mfaDevice.findMany({ where: { seedEncrypted: { startsWith: 'v1.' } }, select: { id: true, seedEncrypted: true } })
  for (const device of devices) {
    const stored = device.seedEncrypted
    if (!stored || !isUnboundSecret(stored)) continue
    const { count } = await db.mfaDevice.updateMany({
      where: { id: device.id, seedEncrypted: stored },
      data: { seedEncrypted: rebound(stored, virtualMfaSeedBinding(device.id)) },
    })
    result.mfaSeeds += count
  }
  return result
}
