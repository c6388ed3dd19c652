// Access keys: at most 2 per user, the secret returned once and kept encrypted but
// recoverable (secretForAccessKey, for request signing), Active/Inactive, delete, last
// used ("N/A" when never), and self-service on one's own user.
import { afterAll, beforeAll, describe, expect, test } from 'vitest'
import { ACCESS_KEY_ID_PATTERN, SECRET_ACCESS_KEY_PATTERN } from '@/lib/credentials/access-key-material'
import { createAccessKey, createUser, deleteAccessKey, getAccessKeyLastUsed, listAccessKeys, putUserPolicy, updateAccessKey } from '@/lib/iam'
import { recordAccessKeyUse, secretForAccessKey } from '@/lib/iam/access-keys/secret-for-access-key'
import { doc, iamErrorOf, setUpIamTest, type IamTestContext } from '../iam/iam-test-setup'
import { runCases } from '@/tests/support/iam-case-table'

let t: IamTestContext
const root = () => t.root
const keys: { id: string; secret: string }[] = []
const NO_SUCH_KEY = 'AKIAIOSFODNN7EXAMPLE'

beforeAll(async () => {
  t = await setUpIamTest()
  await createUser(root(), { UserName: 'ivan' })
})
afterAll(() => t.cleanup())

describe('access key operations', () => {
  runCases([
    { name: 'CreateAccessKey returns an AKIA id and a 40-character secret, Active', call: () => createAccessKey(root(), { UserName: 'ivan' }), then: (value) => {
      const { AccessKey } = value as { AccessKey: { AccessKeyId: string; SecretAccessKey: string; Status: string; UserName: string } }
      expect(AccessKey.AccessKeyId).toMatch(ACCESS_KEY_ID_PATTERN)
      expect(AccessKey.SecretAccessKey).toMatch(SECRET_ACCESS_KEY_PATTERN)
      expect(AccessKey).toMatchObject({ UserName: 'ivan', Status: 'Active' })
      // Shown once: not in anything serialized, so not in the event history either.
      expect(JSON.stringify(AccessKey)).not.toContain(AccessKey.SecretAccessKey)
      keys.push({ id: AccessKey.AccessKeyId, secret: AccessKey.SecretAccessKey })
    } },
    { name: 'a second key is allowed', call: () => createAccessKey(root(), { UserName: 'ivan' }), then: (value) => {
      const { AccessKey } = value as { AccessKey: { AccessKeyId: string; SecretAccessKey: string } }
      keys.push({ id: AccessKey.AccessKeyId, secret: AccessKey.SecretAccessKey })
    } },
    { name: 'a third: LimitExceeded', call: () => createAccessKey(root(), { UserName: 'ivan' }),
      error: { code: 'LimitExceeded', message: 'Cannot exceed quota for AccessKeysPerUser: 2' } },
    { name: 'for a user that does not exist: NoSuchEntity', call: () => createAccessKey(root(), { UserName: 'nobody-here' }),
      error: { code: 'NoSuchEntity', message: 'The user with name nobody-here cannot be found.' } },
    { name: 'ListAccessKeys lists both, without secrets', call: () => listAccessKeys(root(), { UserName: 'ivan' }), then: (value) => {
      const { AccessKeyMetadata } = value as { AccessKeyMetadata: object[] }
      expect(AccessKeyMetadata).toEqual(keys.map((k) => ({ UserName: 'ivan', AccessKeyId: k.id, Status: 'Active', CreateDate: expect.any(String) })))
    } },
    { name: 'UpdateAccessKey deactivates a key', call: () => updateAccessKey(root(), { UserName: 'ivan', AccessKeyId: keys[0]!.id, Status: 'Inactive' }), then: async () => {
      expect((await listAccessKeys(root(), { UserName: 'ivan' })).AccessKeyMetadata[0]!.Status).toBe('Inactive')
      expect((await secretForAccessKey(keys[0]!.id))?.status).toBe('Inactive')
    } },
    { name: 'a status other than Active/Inactive: ValidationError', call: () => updateAccessKey(root(), { UserName: 'ivan', AccessKeyId: keys[0]!.id, Status: 'Disabled' as never }),
      error: { code: 'ValidationError', message: /at 'status' failed to satisfy constraint: Member must satisfy enum value set: \[Active, Inactive\]/ } },
    { name: 'UpdateAccessKey for an unknown key: NoSuchEntity', call: () => updateAccessKey(root(), { UserName: 'ivan', AccessKeyId: NO_SUCH_KEY, Status: 'Active' }),
      error: { code: 'NoSuchEntity', message: `The Access Key with id ${NO_SUCH_KEY} cannot be found.` } },
    { name: 'GetAccessKeyLastUsed for a key never used: N/A', call: () => getAccessKeyLastUsed(root(), { AccessKeyId: keys[1]!.id }),
      then: (value) => expect(value).toEqual({ UserName: 'ivan', AccessKeyLastUsed: { ServiceName: 'N/A', Region: 'N/A' } }) },
    { name: 'GetAccessKeyLastUsed after a use: date, service, region', call: async () => {
      await recordAccessKeyUse(keys[1]!.id, { service: 'iam', region: 'us-east-1', at: new Date('2026-11-30T12:00:00Z') })
      return getAccessKeyLastUsed(root(), { AccessKeyId: keys[1]!.id })
    }, then: (value) => expect(value).toEqual({ UserName: 'ivan', AccessKeyLastUsed: { LastUsedDate: '2026-11-30T12:00:00.000Z', ServiceName: 'iam', Region: 'us-east-1' } }) },
    { name: 'GetAccessKeyLastUsed for an unknown key: NoSuchEntity', call: () => getAccessKeyLastUsed(root(), { AccessKeyId: NO_SUCH_KEY }),
      error: { code: 'NoSuchEntity' } },
    { name: 'DeleteAccessKey removes it, and the quota frees up', call: () => deleteAccessKey(root(), { UserName: 'ivan', AccessKeyId: keys[0]!.id }), then: async () => {
      expect((await listAccessKeys(root(), { UserName: 'ivan' })).AccessKeyMetadata.map((k) => k.AccessKeyId)).toEqual([keys[1]!.id])
      expect(await secretForAccessKey(keys[0]!.id)).toBeNull()
    } },
    { name: 'DeleteAccessKey again: NoSuchEntity', call: () => deleteAccessKey(root(), { UserName: 'ivan', AccessKeyId: keys[0]!.id }),
      error: { code: 'NoSuchEntity' } },
  ])
})

describe('secrets are recoverable by the server only', () => {
  test('secretForAccessKey returns the secret that was shown at creation; the row holds ciphertext', async () => {
    const found = await secretForAccessKey(keys[1]!.id)
    expect(found).toMatchObject({ accessKeyId: keys[1]!.id, secretAccessKey: keys[1]!.secret, status: 'Active', accountId: t.accountId, userName: 'ivan' })
    const row = await t.db.prisma.accessKey.findUniqueOrThrow({ where: { id: keys[1]!.id } })
    expect(row.secretEncrypted).not.toContain(keys[1]!.secret)
    expect(row.secretEncrypted).toMatch(/^v2\./)
  })
})

describe('self-service on one\'s own user (UserName omitted)', () => {
  test('a user with the ${aws:username} pattern manages their own keys and no one else\'s', async () => {
    await createUser(root(), { UserName: 'judy' })
    await putUserPolicy(root(), { UserName: 'judy', PolicyName: 'OwnAccessKeys', PolicyDocument: doc({
      Effect: 'Allow', Action: ['iam:CreateAccessKey', 'iam:ListAccessKeys', 'iam:UpdateAccessKey', 'iam:DeleteAccessKey', 'iam:GetAccessKeyLastUsed'], Resource: 'arn:aws:iam::*:user/${aws:username}',
    }) })
    const judy = await t.asUser('judy')
    const { AccessKey } = await createAccessKey(judy, {})
    expect(AccessKey.UserName).toBe('judy')
    expect((await listAccessKeys(judy, {})).AccessKeyMetadata).toHaveLength(1)
    expect((await getAccessKeyLastUsed(judy, { AccessKeyId: AccessKey.AccessKeyId })).UserName).toBe('judy')
    const denied = await iamErrorOf(listAccessKeys(judy, { UserName: 'ivan' }))
    expect(denied.message).toMatch(/not authorized to perform: iam:ListAccessKeys on resource: arn:aws:iam::\d{12}:user\/ivan/)
    expect((await iamErrorOf(getAccessKeyLastUsed(judy, { AccessKeyId: keys[1]!.id }))).code).toBe('AccessDenied')
    await deleteAccessKey(judy, { AccessKeyId: AccessKey.AccessKeyId })
  })
  test('the root user without UserName: refused (no root access keys here)', async () => {
    expect((await iamErrorOf(createAccessKey(root(), {}))).code).toBe('InvalidInput')
  })
})
