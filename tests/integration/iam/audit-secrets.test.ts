// The event history never holds a secret. CloudTrail writes
// "HIDDEN_DUE_TO_SECURITY_REASONS" for passwords in requestParameters and leaves issued
// secrets out of responseElements; lib/iam/audit.ts does the same, by member name, for
// every operation. Each case runs one credential operation (allowed, denied or refused)
// and reads the AuditEvent rows it wrote. Guards against MFA codes, or a secret returned
// as an ordinary property, reaching the database in plain text.
import { afterAll, beforeAll, describe, expect, test } from 'vitest'
import { totpCodeAt } from '@/lib/credentials/totp'
import {
  changePassword, createAccessKey, createLoginProfile, createUser, createVirtualMFADevice, enableMFADevice, putUserPolicy,
  resyncMFADevice, updateLoginProfile,
} from '@/lib/iam'
import { HIDDEN_DUE_TO_SECURITY_REASONS, recordAuditEvent } from '@/lib/iam/audit'
import { doc, setUpIamTest, type IamTestContext } from './iam-test-setup'

let t: IamTestContext

interface AuditRow {
  eventName: string
  requestParameters: string | null
  responseElements: string | null
  errorCode: string | null
  errorMessage: string | null
}

interface SecretCase {
  name: string
  /** Runs the operation (its outcome does not matter); returns the secrets it handled. */
  run: () => Promise<string[]>
  /** requestParameters members that must read HIDDEN_DUE_TO_SECURITY_REASONS. */
  hidden?: string[]
  /** responseElements members (at any depth) that must be absent. */
  omitted?: string[]
}

const NOW = () => Date.now() / 1000
let seed = ''
let serial = ''
const settled = (p: Promise<unknown>) => p.then(() => undefined, () => undefined)

beforeAll(async () => {
  t = await setUpIamTest()
  await createUser(t.root, { UserName: 'lee' })
  await putUserPolicy(t.root, { UserName: 'lee', PolicyName: 'ChangeOwn', PolicyDocument: doc({ Effect: 'Allow', Action: 'iam:ChangePassword', Resource: 'arn:aws:iam::*:user/${aws:username}' }) })
  await createUser(t.root, { UserName: 'nobody-audit' })
})
afterAll(() => t.cleanup())

const cases: SecretCase[] = [
  {
    name: 'CreateLoginProfile: the password is hidden',
    run: async () => (await createLoginProfile(t.root, { UserName: 'lee', Password: 'Lee-first-passw0rd!' }), ['Lee-first-passw0rd!']),
    hidden: ['password'],
  },
  {
    name: 'UpdateLoginProfile: the new password is hidden',
    run: async () => (await updateLoginProfile(t.root, { UserName: 'lee', Password: 'Lee-second-passw0rd!' }), ['Lee-second-passw0rd!']),
    hidden: ['password'],
  },
  {
    name: 'ChangePassword: the old and the new password are hidden',
    run: async () => (
      await changePassword(await t.asUser('lee'), { OldPassword: 'Lee-second-passw0rd!', NewPassword: 'Lee-third-passw0rd!' }),
      ['Lee-second-passw0rd!', 'Lee-third-passw0rd!']
    ),
    hidden: ['oldPassword', 'newPassword'],
  },
  {
    name: 'ChangePassword refused (wrong old password): both hidden in the error event',
    run: async () => (
      await settled(changePassword(await t.asUser('lee'), { OldPassword: 'Not-lees-passw0rd!', NewPassword: 'Lee-fourth-passw0rd!' })),
      ['Not-lees-passw0rd!', 'Lee-fourth-passw0rd!']
    ),
    hidden: ['oldPassword', 'newPassword'],
  },
  {
    name: 'CreateAccessKey: the secret access key is left out of the response',
    run: async () => [(await createAccessKey(t.root, { UserName: 'lee' })).AccessKey.SecretAccessKey],
    omitted: ['SecretAccessKey'],
  },
  {
    name: 'CreateVirtualMFADevice: the seed and the QR code are left out of the response',
    run: async () => {
      const { VirtualMFADevice } = await createVirtualMFADevice(t.root, { VirtualMFADeviceName: 'lee-phone' })
      seed = VirtualMFADevice.Base32StringSeed
      serial = VirtualMFADevice.SerialNumber
      return [seed, VirtualMFADevice.QRCodePNG.slice(-40)]
    },
    omitted: ['Base32StringSeed', 'QRCodePNG'],
  },
  {
    name: 'EnableMFADevice: both authentication codes are hidden',
    run: async () => {
      const codes = [totpCodeAt(seed, NOW() - 30), totpCodeAt(seed, NOW())]
      await enableMFADevice(t.root, { UserName: 'lee', SerialNumber: serial, AuthenticationCode1: codes[0]!, AuthenticationCode2: codes[1]! })
      return codes
    },
    hidden: ['authenticationCode1', 'authenticationCode2'],
  },
  {
    name: 'ResyncMFADevice: both authentication codes are hidden',
    run: async () => {
      const codes = [totpCodeAt(seed, NOW() + 30), totpCodeAt(seed, NOW() + 60)]
      await settled(resyncMFADevice(t.root, { UserName: 'lee', SerialNumber: serial, AuthenticationCode1: codes[0]!, AuthenticationCode2: codes[1]! }))
      return codes
    },
    hidden: ['authenticationCode1', 'authenticationCode2'],
  },
  {
    name: 'EnableMFADevice denied: the codes are hidden in the AccessDenied event',
    run: async () => {
      await settled(enableMFADevice(await t.asUser('nobody-audit'), { UserName: 'lee', SerialNumber: serial, AuthenticationCode1: '409182', AuthenticationCode2: '771203' }))
      return ['409182', '771203']
    },
    hidden: ['authenticationCode1', 'authenticationCode2'],
  },
  {
    name: 'EnableMFADevice with a malformed code: the recorded ValidationError message does not quote it',
    run: async () => {
      await settled(enableMFADevice(t.root, { UserName: 'lee', SerialNumber: serial, AuthenticationCode1: '90817', AuthenticationCode2: '771203' }))
      return ['90817', '771203']
    },
    hidden: ['authenticationCode1', 'authenticationCode2'],
  },
  {
    name: 'a result carrying a secret as an ordinary property: left out all the same',
    run: async () => {
      await recordAuditEvent(t.db.prisma, {
        caller: t.root,
        eventName: 'CreateAccessKey',
        readOnly: false,
        requestParameters: { UserName: 'lee' },
        responseElements: { AccessKey: { AccessKeyId: 'AKIAIOSFODNN7EXAMPLE', SecretAccessKey: 'wJalrXUtnFEMI/K7MDENG/bPxRfiCYEXAMPLEKEY' } },
      })
      return ['wJalrXUtnFEMI/K7MDENG/bPxRfiCYEXAMPLEKEY']
    },
    omitted: ['SecretAccessKey'],
  },
]

const hasMember = (value: unknown, member: string): boolean =>
  Array.isArray(value) ? value.some((v) => hasMember(v, member))
  : value !== null && typeof value === 'object' ? Object.entries(value).some(([k, v]) => k.toLowerCase() === member.toLowerCase() || hasMember(v, member))
  : false

describe('no audit event holds a secret', () => {
  for (const c of cases) {
    test(c.name, async () => {
      const before = new Set((await t.db.prisma.auditEvent.findMany({ select: { id: true } })).map((r) => r.id))
      const secrets = await c.run()
      expect(secrets.length).toBeGreaterThan(0)
      for (const s of secrets) expect(s.length).toBeGreaterThanOrEqual(5)
      const rows: AuditRow[] = (await t.db.prisma.auditEvent.findMany({ orderBy: { eventTime: 'asc' } })).filter((r) => !before.has(r.id))
      // Guards against a scan of nothing: the operation was recorded.
      expect(rows.length).toBeGreaterThan(0)
      for (const row of rows) {
        const text = [row.requestParameters, row.responseElements, row.errorMessage].join('\n')
        for (const s of secrets) expect(text.includes(s), `${row.eventName} records a secret: ${text}`).toBe(false)
      }
      const row = rows.at(-1)!
      const params = JSON.parse(row.requestParameters ?? '{}') as Record<string, unknown>
      for (const member of c.hidden ?? []) expect(params[member], member).toBe(HIDDEN_DUE_TO_SECURITY_REASONS)
      for (const member of c.omitted ?? []) {
        expect(row.responseElements, 'the response is recorded').not.toBeNull()
        expect(hasMember(JSON.parse(row.responseElements!), member), member).toBe(false)
      }
    })
  }
})
