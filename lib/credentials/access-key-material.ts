// Access key material: a new key pair, the console's "Download .csv file", and the
// secret's encryption at rest. The secret is shown once, at creation; the server keeps
// it only encrypted (AES-256-GCM), recoverable because verifying SigV4-signed requests
// needs the secret itself, not a hash of it.
import { newAccessKeyId, newSecretAccessKey } from '@/lib/credentials/ids'
import { decryptSecret, encryptSecret, type SecretBinding } from './secrets'

export type AccessKeyMaterial = {
  /** 20 characters: AKIA + 16 of A-Z2-7 (carrying the account id, as AWS's keys do). */
  accessKeyId: string
  /** 40 characters of the base64 alphabet (A-Z a-z 0-9 + /), as AWS's. */
  secretAccessKey: string
}

export const ACCESS_KEY_ID_PATTERN = /^AKIA[A-Z2-7]{16}$/
export const SECRET_ACCESS_KEY_PATTERN = /^[A-Za-z0-9+/]{40}$/

export function generateAccessKey(accountId: string): AccessKeyMaterial {
  return { accessKeyId: newAccessKeyId(accountId), secretAccessKey: newSecretAccessKey() }
}

/**
 * The file the console's "Download .csv file" saves after creating an access key:
 * a header row "Access key ID,Secret access key" and one row with the pair.
 */
export function accessKeyCsv(key: AccessKeyMaterial): string {
  return [['Access key ID', 'Secret access key'], [key.accessKeyId, key.secretAccessKey]]
    .map((row) => row.map(csvField).join(','))
    .join('\n') + '\n'
}

/** The console names the file after the user: NAME_accessKeys.csv; the root user's is rootkey.csv. */
export function accessKeyCsvFileName(userName: string | null | undefined): string {
  return userName ? `${userName}_accessKeys.csv` : 'rootkey.csv'
}

// Key material never needs quoting (no comma, quote or newline), but a CSV writer
// that silently broke on such input would be wrong; RFC 4180 quoting.
function csvField(value: string): string {
  return /[",\r\n]/.test(value) ? `"${value.replace(/"/g, '""')}"` : value
}

/** Where a key's secret is stored: AccessKey.secretEncrypted of the row with that id. */
export const accessKeySecretBinding = (accessKeyId: string): SecretBinding => ({ table: 'AccessKey', rowId: accessKeyId, column: 'secretEncrypted' })

/** The secret as stored in AccessKey.secretEncrypted, readable only in that key's row. */
export function sealSecretAccessKey(secretAccessKey: string, accessKeyId: string): string {
  return encryptSecret(secretAccessKey, accessKeySecretBinding(accessKeyId))
}

export function openSecretAccessKey(secretEncrypted: string, accessKeyId: string): string {
  return decryptSecret(secretEncrypted, accessKeySecretBinding(accessKeyId))
}
