// Reads every table of the database after credentials have been set up the ways the
// console sets them up, and finds no console password, no MFA seed and no secret access
// key in plain text: passwords only as scrypt hashes, seeds and secrets only as
// AES-256-GCM ciphertexts. The event history (AuditEvent) is read too: its request and
// response records are where a secret would most easily leak.
import { afterAll, beforeAll, expect, test } from 'vitest'
import { totpCodeAt } from '@/lib/credentials/totp'
import { changePassword, createAccessKey, createLoginProfile, createUser, createVirtualMFADevice, enableMFADevice, putUserPolicy, updateLoginProfile } from '@/lib/iam'
import { openVirtualMfaSeed } from '@/lib/credentials/totp'
import { upgradeSecretsAtRest } from '@/lib/auth/upgrade-secrets-at-rest'
import { secretForAccessKey } from '@/lib/iam/access-keys/secret-for-access-key'
import { testDatabaseKind } from '@/tests/support/test-database'
import { unboundCiphertext } from '@/tests/support/unbound-ciphertext'
import { doc, setUpIamTest, type IamTestContext } from '../iam/iam-test-setup'

let t: IamTestContext
const secrets: string[] = []
let kimKey: { id: string; secret: string }
let kimDevice: { serialNumber: string; seed: string }

async function allRows(): Promise<Record<string, unknown[]>> {
  const p = t.db.prisma
  const tables: { name: string }[] =
    testDatabaseKind() === 'sqlite'
      ? await p.$queryRawUnsafe(`SELECT name FROM sqlite_master WHERE type = 'table' AND name NOT LIKE 'sqlite_%'`)
      : await p.$queryRawUnsafe(`SELECT tablename AS name FROM pg_tables WHERE schemaname = current_schema()`)
  const out: Record<string, unknown[]> = {}
  for (const { name } of tables) out[name] = await p.$queryRawUnsafe(`SELECT * FROM "${name.replace(/"/g, '""')}"`)
  return out
}

// Bytes as base64 and as text, so a secret stored in a binary column is found too.
const asText = (value: unknown): string =>
  JSON.stringify(value, (_k, v: unknown) =>
    typeof v === 'bigint' ? v.toString()
    : v instanceof Uint8Array ? `${Buffer.from(v).toString('base64')} ${Buffer.from(v).toString('latin1')}`
    : v)

beforeAll(async () => {
  t = await setUpIamTest()
  const root = t.root
  await createUser(root, { UserName: 'kim' })
  await createLoginProfile(root, { UserName: 'kim', Password: 'Kim-first-password-1' })
  await updateLoginProfile(root, { UserName: 'kim', Password: 'Kim-second-password-2' })
  await putUserPolicy(root, { UserName: 'kim', PolicyName: 'ChangeOwn', PolicyDocument: doc({ Effect: 'Allow', Action: 'iam:ChangePassword', Resource: 'arn:aws:iam::*:user/${aws:username}' }) })
  await changePassword(await t.asUser('kim'), { OldPassword: 'Kim-second-password-2', NewPassword: 'Kim-third-password-3' })
  const { AccessKey } = await createAccessKey(root, { UserName: 'kim' })
  const { VirtualMFADevice } = await createVirtualMFADevice(root, { VirtualMFADeviceName: 'kim-phone' })
  const seed = VirtualMFADevice.Base32StringSeed
  const now = Date.now() / 1000
  await enableMFADevice(root, { UserName: 'kim', SerialNumber: VirtualMFADevice.SerialNumber, AuthenticationCode1: totpCodeAt(seed, now - 30), AuthenticationCode2: totpCodeAt(seed, now) })
  kimKey = { id: AccessKey.AccessKeyId, secret: AccessKey.SecretAccessKey }
  kimDevice = { serialNumber: VirtualMFADevice.SerialNumber, seed }
  secrets.push('Kim-first-password-1', 'Kim-second-password-2', 'Kim-third-password-3', AccessKey.SecretAccessKey, seed, VirtualMFADevice.QRCodePNG.slice(-40))
  // The seeded users' and root's passwords (iam-test-setup's seed options).
  secrets.push('Root-password-1!', 'User-password-1!')
})
afterAll(() => t.cleanup())

test('no table holds a password, seed or secret access key in plain text', async () => {
  const rows = await allRows()
  // Guards against a scan that reads nothing: the credential tables are there and filled.
  const tableNames = Object.keys(rows)
  for (const table of ['LoginProfile', 'PasswordHistory', 'AccessKey', 'MfaDevice', 'AuditEvent', 'Account']) expect(tableNames).toContain(table)
  expect(rows.PasswordHistory!.length).toBe(2)
  for (const [table, list] of Object.entries(rows)) {
    const text = asText(list)
    for (const secret of secrets) expect(text.includes(secret), `${table} contains a secret in plain text`).toBe(false)
    // The base32 seed is also what an otpauth URI would carry.
    expect(text, table).not.toMatch(/otpauth:\/\//)
  }
})

test('passwords are stored as scrypt hashes and seeds and key secrets as AES-GCM ciphertexts', async () => {
  const rows = await allRows()
  const hashes = [...rows.LoginProfile!, ...rows.PasswordHistory!].map((r) => (r as { passwordHash: string }).passwordHash)
  expect(hashes.length).toBeGreaterThanOrEqual(5)
  for (const hash of hashes) expect(hash).toMatch(/^scrypt\$\d+\$\d+\$\d+\$[A-Za-z0-9+/=]+\$[A-Za-z0-9+/=]+$/)
  for (const account of rows.Account!) expect((account as { rootPasswordHash: string }).rootPasswordHash).toMatch(/^scrypt\$/)
  for (const key of rows.AccessKey!) expect((key as { secretEncrypted: string }).secretEncrypted).toMatch(/^v2\.[\w-]+\.[\w-]+\.[\w-]+$/)
  const devices = rows.MfaDevice!.filter((d) => (d as { type: string }).type === 'virtual')
  expect(devices.length).toBe(1)
  for (const device of devices) expect((device as { seedEncrypted: string }).seedEncrypted).toMatch(/^v2\.[\w-]+\.[\w-]+\.[\w-]+$/)
})

test("a key secret copied into another key's row does not open there", async () => {
  const { AccessKey: second } = await createAccessKey(t.root, { UserName: 'kim' })
  const first = await t.db.prisma.accessKey.findUniqueOrThrow({ where: { id: kimKey.id } })
  await t.db.prisma.accessKey.update({ where: { id: second.AccessKeyId }, data: { secretEncrypted: first.secretEncrypted } })
  await expect(secretForAccessKey(second.AccessKeyId, t.db.prisma)).rejects.toThrow(/authenticate/)
  expect((await secretForAccessKey(kimKey.id, t.db.prisma))?.secretAccessKey).toBe(kimKey.secret)
})

test('secrets written before binding (v1) still open, and the start-up pass rebinds each once', async () => {
  const p = t.db.prisma
  await p.accessKey.update({ where: { id: kimKey.id }, data: { secretEncrypted: unboundCiphertext(kimKey.secret) } })
  await p.mfaDevice.update({ where: { serialNumber: kimDevice.serialNumber }, data: { seedEncrypted: unboundCiphertext(kimDevice.seed) } })
  expect((await secretForAccessKey(kimKey.id, p))?.secretAccessKey).toBe(kimKey.secret)

  expect(await upgradeSecretsAtRest(p)).toEqual({ accessKeys: 1, mfaSeeds: 1 })
  const key = await p.accessKey.findUniqueOrThrow({ where: { id: kimKey.id } })
  const device = await p.mfaDevice.findUniqueOrThrow({ where: { serialNumber: kimDevice.serialNumber } })
  expect(key.secretEncrypted).toMatch(/^v2\./)
  expect(device.seedEncrypted).toMatch(/^v2\./)
  expect((await secretForAccessKey(kimKey.id, p))?.secretAccessKey).toBe(kimKey.secret)
  expect(openVirtualMfaSeed(device.seedEncrypted!, device.id)).toBe(kimDevice.seed)
  expect(await upgradeSecretsAtRest(p)).toEqual({ accessKeys: 0, mfaSeeds: 0 })
})
