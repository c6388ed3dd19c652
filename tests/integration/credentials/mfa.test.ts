// MFA devices end to end below the console: a virtual device enabled with two
// consecutive codes computed from its secret, wrong and reused codes refused, the quota
// of 8, deactivation by an administrator (ending the user's sessions), the root user's
// own device, security keys registered and used with a software authenticator, and
// AWS's "BlockMostAccessUnlessSignedInWithMFA" policy through the gate.
import { afterAll, beforeAll, describe, expect, test } from 'vitest'
import { createConsoleSession, findActiveConsoleSession } from '@/lib/auth/console-session'
import { timeStepAt, totpCodeAt } from '@/lib/credentials/totp'
import {
  createUser, createVirtualMFADevice, deactivateMFADevice, deleteVirtualMFADevice, enableMFADevice, listAccessKeys,
  listMFADevices, listVirtualMFADevices, putUserPolicy, resyncMFADevice,
} from '@/lib/iam'
import { MAX_MFA_DEVICES_PER_PRINCIPAL } from '@/lib/iam/mfa/mfa-devices'
import { finishSecurityKeyAuthentication, signInMfaMethods, startSecurityKeyAuthentication, verifyMfaCodeForSignIn } from '@/lib/iam/mfa/sign-in-mfa'
import { finishSecurityKeyRegistration } from '@/lib/iam/mfa/finish-security-key-registration'
import { startSecurityKeyRegistration } from '@/lib/iam/mfa/start-security-key-registration'
import { doc, iamErrorOf, setUpIamTest, type IamTestContext } from '../iam/iam-test-setup'
import { runCases } from '@/tests/support/iam-case-table'
import { RP, SoftwareAuthenticator } from './software-authenticator'

let t: IamTestContext
const root = () => t.root
const serial = (name: string) => `arn:aws:iam::${t.accountId}:mfa/${name}`
const nowSeconds = () => Date.now() / 1000
/** Two consecutive codes, as a person reads them off the app: the previous step's, then the current one's. */
const consecutiveCodes = (seed: string) => {
  const now = nowSeconds()
  return { AuthenticationCode1: totpCodeAt(seed, now - 30), AuthenticationCode2: totpCodeAt(seed, now) }
}
async function newVirtualDevice(name: string): Promise<string> {
  return (await createVirtualMFADevice(root(), { VirtualMFADeviceName: name })).VirtualMFADevice.Base32StringSeed
}
const principalOf = async (name: string) => {
  const u = await t.db.prisma.user.findFirstOrThrow({ where: { accountId: t.accountId, name } })
  return { accountId: t.accountId, userId: u.id, arn: u.arn }
}

beforeAll(async () => {
  t = await setUpIamTest()
  for (const name of ['erin', 'frank', 'grace']) await createUser(root(), { UserName: name })
})
afterAll(() => t.cleanup())

describe('a virtual MFA device', () => {
  let seed = ''
  runCases([
    { name: 'CreateVirtualMFADevice returns the serial (arn:aws:iam::ACCOUNT:mfa/NAME), the seed and a QR code', call: async () => {
      const { VirtualMFADevice } = await createVirtualMFADevice(root(), { VirtualMFADeviceName: 'erin-phone' })
      seed = VirtualMFADevice.Base32StringSeed
      return VirtualMFADevice
    }, then: (value) => {
      const device = value as { SerialNumber: string; Base32StringSeed: string; QRCodePNG: string }
      expect(device.SerialNumber).toBe(serial('erin-phone'))
      expect(device.Base32StringSeed).toMatch(/^[A-Z2-7]{32}$/)
      expect(device.QRCodePNG).toMatch(/^data:image\/png;base64,/)
      // The secrets are not part of what is serialized (and so not in the event history).
      expect(JSON.parse(JSON.stringify(device))).toEqual({ SerialNumber: serial('erin-phone') })
    } },
    { name: 'the same name again: EntityAlreadyExists', call: () => createVirtualMFADevice(root(), { VirtualMFADeviceName: 'erin-phone' }),
      error: { code: 'EntityAlreadyExists', message: 'MFADevice entity at the same path and name already exists.' } },
    { name: 'a name outside AWS\'s pattern: ValidationError', call: () => createVirtualMFADevice(root(), { VirtualMFADeviceName: 'my phone' }),
      error: { code: 'ValidationError', message: "1 validation error detected: Value 'my phone' at 'virtualMFADeviceName' failed to satisfy constraint: Member must satisfy regular expression pattern: [\\w+=,.@-]+" } },
    { name: 'it is listed as Unassigned', call: () => listVirtualMFADevices(root(), { AssignmentStatus: 'Unassigned' }),
      then: (value) => expect(value).toEqual({ VirtualMFADevices: [{ SerialNumber: serial('erin-phone') }], IsTruncated: false }) },
    { name: 'enabling with a wrong code: InvalidAuthenticationCode (403)', call: () => {
      const codes = consecutiveCodes(seed)
      const wrong = String((Number(codes.AuthenticationCode2) + 1) % 1_000_000).padStart(6, '0')
      return enableMFADevice(root(), { UserName: 'erin', SerialNumber: serial('erin-phone'), AuthenticationCode1: codes.AuthenticationCode1, AuthenticationCode2: wrong })
    }, error: { code: 'InvalidAuthenticationCode', message: 'Authentication code for device is not valid.' } },
    { name: 'enabling with the same code twice (not consecutive): refused', call: () => {
      const code = totpCodeAt(seed, nowSeconds())
      return enableMFADevice(root(), { UserName: 'erin', SerialNumber: serial('erin-phone'), AuthenticationCode1: code, AuthenticationCode2: code })
    }, error: { code: 'InvalidAuthenticationCode' } },
    { name: 'enabling an unknown serial: NoSuchEntity', call: () => enableMFADevice(root(), { UserName: 'erin', SerialNumber: serial('nope'), AuthenticationCode1: '123456', AuthenticationCode2: '654321' }),
      error: { code: 'NoSuchEntity', message: /^VirtualMFADevice with serial number arn:aws:iam::\d{12}:mfa\/nope doesn't exist\.$/ } },
    { name: 'two consecutive codes computed from the secret enable it for erin', call: () => enableMFADevice(root(), { UserName: 'erin', SerialNumber: serial('erin-phone'), ...consecutiveCodes(seed) }), then: async () => {
      const { MFADevices } = await listMFADevices(root(), { UserName: 'erin' })
      expect(MFADevices).toEqual([{ UserName: 'erin', SerialNumber: serial('erin-phone'), EnableDate: expect.any(String) }])
      const { VirtualMFADevices } = await listVirtualMFADevices(root(), { AssignmentStatus: 'Assigned' })
      expect(VirtualMFADevices).toEqual([expect.objectContaining({ SerialNumber: serial('erin-phone'), User: expect.objectContaining({ UserName: 'erin' }) })])
    } },
    { name: 'enabling it again: EntityAlreadyExists', call: () => enableMFADevice(root(), { UserName: 'frank', SerialNumber: serial('erin-phone'), ...consecutiveCodes(seed) }),
      error: { code: 'EntityAlreadyExists' } },
    { name: 'an assigned device cannot be deleted: DeleteConflict', call: () => deleteVirtualMFADevice(root(), { SerialNumber: serial('erin-phone') }),
      error: { code: 'DeleteConflict' } },
  ])

  test('sign-in: a code is accepted once only; the codes used to enable are already spent; a wrong code is refused', async () => {
    const erin = await principalOf('erin')
    expect(await signInMfaMethods(t.db.prisma, erin)).toEqual({ totp: true, securityKey: false })
    const now = new Date()
    // The enabling codes' step is the last accepted one.
    expect(await verifyMfaCodeForSignIn(t.db.prisma, erin, totpCodeAt(seed, now.getTime() / 1000), now)).toEqual({ ok: false, reason: 'reused' })
    const later = new Date(now.getTime() + 30_000)
    const code = totpCodeAt(seed, later.getTime() / 1000)
    expect(await verifyMfaCodeForSignIn(t.db.prisma, erin, code, later)).toEqual({ ok: true, serialNumber: serial('erin-phone') })
    expect(await verifyMfaCodeForSignIn(t.db.prisma, erin, code, later)).toEqual({ ok: false, reason: 'reused' })
    const wrong = String((Number(code) + 1) % 1_000_000).padStart(6, '0')
    expect(await verifyMfaCodeForSignIn(t.db.prisma, erin, wrong, new Date(later.getTime() + 30_000))).toEqual({ ok: false, reason: 'invalid' })
    const device = await t.db.prisma.mfaDevice.findUniqueOrThrow({ where: { serialNumber: serial('erin-phone') } })
    expect(device.lastTimeStep).toBe(timeStepAt(later.getTime() / 1000))
    // frank has no device: nothing to check against.
    expect(await verifyMfaCodeForSignIn(t.db.prisma, await principalOf('frank'), code, later)).toEqual({ ok: false, reason: 'no-device' })
  })

  test('ResyncMFADevice accepts two fresh consecutive codes and refuses spent ones', async () => {
    // The last accepted step is 30 s in the future (the sign-in test above): codes up to it are spent.
    expect((await iamErrorOf(resyncMFADevice(root(), { UserName: 'erin', SerialNumber: serial('erin-phone'), ...consecutiveCodes(seed) }))).code).toBe('InvalidAuthenticationCode')
    await t.db.prisma.mfaDevice.update({ where: { serialNumber: serial('erin-phone') }, data: { lastTimeStep: timeStepAt(nowSeconds()) - 5 } })
    await resyncMFADevice(root(), { UserName: 'erin', SerialNumber: serial('erin-phone'), ...consecutiveCodes(seed) })
    expect((await t.db.prisma.mfaDevice.findUniqueOrThrow({ where: { serialNumber: serial('erin-phone') } })).lastTimeStep).toBeGreaterThanOrEqual(timeStepAt(nowSeconds()) - 1)
  })

  test('an administrator with iam:DeactivateMFADevice removes the lost device; erin\'s sessions end; the device is unassigned again', async () => {
    const erin = await principalOf('erin')
    const session = await createConsoleSession(t.db.prisma, { accountId: t.accountId, userId: erin.userId, principalArn: erin.arn, mfaAuthenticatedAt: new Date() }, new Date())
    await createUser(root(), { UserName: 'mfa-admin' })
    const admin = await t.asUser('mfa-admin')
    const denied = await iamErrorOf(deactivateMFADevice(admin, { UserName: 'erin', SerialNumber: serial('erin-phone') }))
    expect(denied.message).toMatch(/not authorized to perform: iam:DeactivateMFADevice on resource: arn:aws:iam::\d{12}:user\/erin/)
    await putUserPolicy(root(), { UserName: 'mfa-admin', PolicyName: 'RemoveLostMfa', PolicyDocument: doc({ Effect: 'Allow', Action: 'iam:DeactivateMFADevice', Resource: '*' }) })
    await deactivateMFADevice(admin, { UserName: 'erin', SerialNumber: serial('erin-phone') })
    expect((await listMFADevices(root(), { UserName: 'erin' })).MFADevices).toEqual([])
    expect(await findActiveConsoleSession(t.db.prisma, session, new Date())).toBeNull()
    expect((await verifyMfaCodeForSignIn(t.db.prisma, erin, totpCodeAt(seed, nowSeconds() + 60), new Date(Date.now() + 60_000))).ok).toBe(false)
    expect((await listVirtualMFADevices(root(), { AssignmentStatus: 'Unassigned' })).VirtualMFADevices.map((d) => d.SerialNumber)).toContain(serial('erin-phone'))
    await deleteVirtualMFADevice(root(), { SerialNumber: serial('erin-phone') })
    expect(await t.db.prisma.mfaDevice.count({ where: { serialNumber: serial('erin-phone') } })).toBe(0)
  })
})

describe('MFA operations: AWS errors', () => {
  runCases([
    { name: 'CreateVirtualMFADevice with a path: the serial carries it', call: () => createVirtualMFADevice(root(), { VirtualMFADeviceName: 'pathed', Path: '/team/' }),
      then: (value) => expect((value as { VirtualMFADevice: { SerialNumber: string } }).VirtualMFADevice.SerialNumber).toBe(`arn:aws:iam::${t.accountId}:mfa/team/pathed`) },
    { name: 'CreateVirtualMFADevice with a name longer than 226: ValidationError', call: () => createVirtualMFADevice(root(), { VirtualMFADeviceName: 'x'.repeat(227) }),
      error: { code: 'ValidationError', message: /Member must have length less than or equal to 226$/ } },
    { name: 'DeleteVirtualMFADevice of an unknown serial: NoSuchEntity', call: () => deleteVirtualMFADevice(root(), { SerialNumber: serial('ghost') }),
      error: { code: 'NoSuchEntity', message: /^VirtualMFADevice with serial number arn:aws:iam::\d{12}:mfa\/ghost doesn't exist\.$/ } },
    { name: 'DeactivateMFADevice of a device the user does not have: NoSuchEntity', call: () => deactivateMFADevice(root(), { UserName: 'grace', SerialNumber: serial('pathed') }),
      error: { code: 'NoSuchEntity', message: /^MFA Device with serial number arn:aws:iam::\d{12}:mfa\/pathed does not exist\.$/ } },
    { name: 'ResyncMFADevice of an unassigned device: NoSuchEntity', call: () => resyncMFADevice(root(), { UserName: 'grace', SerialNumber: `arn:aws:iam::${t.accountId}:mfa/team/pathed`, AuthenticationCode1: '123456', AuthenticationCode2: '234567' }),
      error: { code: 'NoSuchEntity' } },
    { name: 'ListMFADevices for an unknown user: NoSuchEntity', call: () => listMFADevices(root(), { UserName: 'no-such-user' }),
      error: { code: 'NoSuchEntity', message: 'The user with name no-such-user cannot be found.' } },
    { name: 'EnableMFADevice with a 5-digit code: ValidationError', call: () => enableMFADevice(root(), { UserName: 'grace', SerialNumber: serial('pathed'), AuthenticationCode1: '12345', AuthenticationCode2: '123456' }),
      error: { code: 'ValidationError', message: "1 validation error detected: Value '12345' at 'authenticationCode1' failed to satisfy constraint: Member must have length greater than or equal to 6" } },
    { name: 'EnableMFADevice with letters: ValidationError', call: () => enableMFADevice(root(), { UserName: 'grace', SerialNumber: serial('pathed'), AuthenticationCode1: 'abcdef', AuthenticationCode2: '123456' }),
      error: { code: 'ValidationError', message: /Member must satisfy regular expression pattern: \[\\d\]\+$/ } },
    { name: 'ListVirtualMFADevices with an unknown AssignmentStatus: ValidationError', call: () => listVirtualMFADevices(root(), { AssignmentStatus: 'Some' as never }),
      error: { code: 'ValidationError', message: /Member must satisfy enum value set: \[Assigned, Unassigned, Any\]$/ } },
  ])
})

describe('quota and the root user', () => {
  test(`at most ${MAX_MFA_DEVICES_PER_PRINCIPAL} devices per user: the 9th is LimitExceeded`, async () => {
    for (let i = 1; i <= MAX_MFA_DEVICES_PER_PRINCIPAL; i++) {
      const seed = await newVirtualDevice(`frank-${i}`)
      await enableMFADevice(root(), { UserName: 'frank', SerialNumber: serial(`frank-${i}`), ...consecutiveCodes(seed) })
    }
    const seed = await newVirtualDevice('frank-9')
    const error = await iamErrorOf(enableMFADevice(root(), { UserName: 'frank', SerialNumber: serial('frank-9'), ...consecutiveCodes(seed) }))
    expect(error.code).toBe('LimitExceeded')
    expect(error.message).toBe('Cannot exceed quota for MFADevicesPerUser: 8')
    expect((await listMFADevices(root(), { UserName: 'frank' })).MFADevices).toHaveLength(8)
  })

  test('the root user assigns its own device (UserName omitted) and signs in with it', async () => {
    const seed = await newVirtualDevice('root-phone')
    await enableMFADevice(root(), { SerialNumber: serial('root-phone'), ...consecutiveCodes(seed) })
    expect((await listMFADevices(root(), {})).MFADevices).toEqual([{ SerialNumber: serial('root-phone'), EnableDate: expect.any(String) }])
    const rootPrincipal = { accountId: t.accountId, userId: null }
    const later = new Date(Date.now() + 30_000)
    expect(await verifyMfaCodeForSignIn(t.db.prisma, rootPrincipal, totpCodeAt(seed, later.getTime() / 1000), later)).toEqual({ ok: true, serialNumber: serial('root-phone') })
    // An IAM user's listing does not include root's device, and vice versa.
    expect((await listMFADevices(root(), { UserName: 'grace' })).MFADevices).toEqual([])
    const { VirtualMFADevices } = await listVirtualMFADevices(root(), { AssignmentStatus: 'Assigned' })
    expect(VirtualMFADevices.find((d) => d.SerialNumber === serial('root-phone'))?.User).toEqual({ UserId: t.accountId, Arn: `arn:aws:iam::${t.accountId}:root` })
  })
})

describe('a security key (passkey)', () => {
  const key = new SoftwareAuthenticator()
  let serialNumber = ''

  test('registration: options, then the authenticator\'s answer, gated as iam:EnableMFADevice with iam:RegisterSecurityKey', async () => {
    await createUser(root(), { UserName: 'keyholder' })
    const grace = await t.asUser('grace')
    // grace may register keys for herself only in the "Create" step: the "Activate" step is denied.
    await putUserPolicy(root(), { UserName: 'grace', PolicyName: 'CreateOnly', PolicyDocument: doc({ Effect: 'Allow', Action: 'iam:EnableMFADevice', Resource: 'arn:aws:iam::*:user/${aws:username}', Condition: { StringEquals: { 'iam:RegisterSecurityKey': 'Create' } } }) })
    const { Options } = await startSecurityKeyRegistration(grace, { RelyingParty: RP })
    const denied = await iamErrorOf(finishSecurityKeyRegistration(grace, { DeviceName: 'grace-key', RelyingParty: RP, Response: key.register(Options.challenge) as never }))
    expect(denied.code).toBe('AccessDenied')
    expect(denied.message).toMatch(/iam:EnableMFADevice on resource: arn:aws:iam::\d{12}:user\/grace/)

    const { Options: options } = await startSecurityKeyRegistration(root(), { UserName: 'keyholder', RelyingParty: RP })
    expect(options.rp.id).toBe('localhost')
    const result = await finishSecurityKeyRegistration(root(), { UserName: 'keyholder', DeviceName: 'yubikey', RelyingParty: RP, Response: key.register(options.challenge) as never })
    serialNumber = result.SerialNumber
    expect(serialNumber).toMatch(/^arn:aws:iam::\d{12}:u2f\/user\/keyholder\/yubikey-[A-Z2-7]{26}$/)
    expect((await listMFADevices(root(), { UserName: 'keyholder' })).MFADevices.map((d) => d.SerialNumber)).toEqual([serialNumber])
    // The challenge was consumed: the same answer cannot register again.
    const replay = await iamErrorOf(finishSecurityKeyRegistration(root(), { UserName: 'keyholder', DeviceName: 'again', RelyingParty: RP, Response: key.register(options.challenge) as never }))
    expect(replay.code).toBe('InvalidInput')
  })

  test('sign-in with the key: the counter is checked and stored; a replayed or cloned assertion is refused', async () => {
    const keyholder = await principalOf('keyholder')
    expect(await signInMfaMethods(t.db.prisma, keyholder)).toEqual({ totp: false, securityKey: true })
    const options = await startSecurityKeyAuthentication(t.db.prisma, keyholder, RP, new Date())
    expect(options?.allowCredentials?.map((c) => c.id)).toEqual([key.id])
    const assertion = key.authenticate(options!.challenge)
    expect(await finishSecurityKeyAuthentication(t.db.prisma, keyholder, assertion, RP, new Date())).toEqual({ ok: true, serialNumber })
    expect((await t.db.prisma.mfaDevice.findUniqueOrThrow({ where: { serialNumber } })).counter).toBe(1)
    // The same assertion again: its challenge is spent.
    expect(await finishSecurityKeyAuthentication(t.db.prisma, keyholder, assertion, RP, new Date())).toMatchObject({ ok: false, reason: 'expired-challenge' })
    // A clone whose counter did not move on.
    const again = await startSecurityKeyAuthentication(t.db.prisma, keyholder, RP, new Date())
    expect(await finishSecurityKeyAuthentication(t.db.prisma, keyholder, key.authenticate(again!.challenge, 1), RP, new Date())).toMatchObject({ ok: false, reason: 'cloned-authenticator' })
    // An expired challenge (issued more than 5 minutes ago).
    const old = await startSecurityKeyAuthentication(t.db.prisma, keyholder, RP, new Date(Date.now() - 6 * 60_000))
    expect(await finishSecurityKeyAuthentication(t.db.prisma, keyholder, key.authenticate(old!.challenge), RP, new Date())).toMatchObject({ ok: false, reason: 'expired-challenge' })
  })

  test('after the key is removed, signing in with it fails', async () => {
    const keyholder = await principalOf('keyholder')
    await deactivateMFADevice(root(), { UserName: 'keyholder', SerialNumber: serialNumber })
    expect(await t.db.prisma.mfaDevice.count({ where: { serialNumber } })).toBe(0)
    expect(await startSecurityKeyAuthentication(t.db.prisma, keyholder, RP, new Date())).toBeNull()
    expect(await finishSecurityKeyAuthentication(t.db.prisma, keyholder, key.authenticate('AAAA'), RP, new Date())).toMatchObject({ ok: false, reason: 'unknown-key' })
  })
})

// AWS's example "IAM: Allows IAM users to self-manage an MFA device" (IAM User Guide,
// reference_policies_examples_iam_mfa-selfmanage.html), statement for statement.
const SELF_MANAGE_MFA = doc(
  { Sid: 'AllowListActions', Effect: 'Allow', Action: ['iam:ListUsers', 'iam:ListVirtualMFADevices'], Resource: '*' },
  { Sid: 'AllowUserToCreateVirtualMFADevice', Effect: 'Allow', Action: ['iam:CreateVirtualMFADevice'], Resource: 'arn:aws:iam::*:mfa/*' },
  { Sid: 'AllowUserToManageTheirOwnMFA', Effect: 'Allow', Action: ['iam:EnableMFADevice', 'iam:GetMFADevice', 'iam:ListMFADevices', 'iam:ResyncMFADevice'], Resource: 'arn:aws:iam::*:user/${aws:username}' },
  { Sid: 'AllowUserToDeactivateTheirOwnMFAOnlyWhenUsingMFA', Effect: 'Allow', Action: ['iam:DeactivateMFADevice'], Resource: ['arn:aws:iam::*:user/${aws:username}'], Condition: { Bool: { 'aws:MultiFactorAuthPresent': 'true' } } },
  { Sid: 'BlockMostAccessUnlessSignedInWithMFA', Effect: 'Deny', NotAction: ['iam:CreateVirtualMFADevice', 'iam:EnableMFADevice', 'iam:ListMFADevices', 'iam:ListUsers', 'iam:ListVirtualMFADevices', 'iam:ResyncMFADevice'], Resource: '*', Condition: { BoolIfExists: { 'aws:MultiFactorAuthPresent': 'false' } } },
)

describe('BlockMostAccessUnlessSignedInWithMFA, through the gate', () => {
  beforeAll(async () => {
    await createUser(root(), { UserName: 'heidi' })
    await putUserPolicy(root(), { UserName: 'heidi', PolicyName: 'SelfManageMFA', PolicyDocument: SELF_MANAGE_MFA })
    await putUserPolicy(root(), { UserName: 'heidi', PolicyName: 'OwnKeys', PolicyDocument: doc({ Effect: 'Allow', Action: 'iam:ListAccessKeys', Resource: 'arn:aws:iam::*:user/${aws:username}' }) })
  })
  test('a password-only session may set up MFA but nothing else', async () => {
    const heidi = await t.asUser('heidi', { sessionId: 'password-only' })
    const error = await iamErrorOf(listAccessKeys(heidi, {}))
    expect(error.code).toBe('AccessDenied')
    expect(error.message).toMatch(/not authorized to perform: iam:ListAccessKeys on resource: arn:aws:iam::\d{12}:user\/heidi with an explicit deny in an identity-based policy$/)
    expect(error.evaluation?.matchedStatements.some((s) => s.sid === 'BlockMostAccessUnlessSignedInWithMFA')).toBe(true)
    // Setting up MFA stays possible.
    const seed = (await createVirtualMFADevice(heidi, { VirtualMFADeviceName: 'heidi' })).VirtualMFADevice.Base32StringSeed
    await enableMFADevice(heidi, { UserName: 'heidi', SerialNumber: serial('heidi'), ...consecutiveCodes(seed) })
    // Removing it needs MFA (Bool aws:MultiFactorAuthPresent true).
    expect((await iamErrorOf(deactivateMFADevice(heidi, { UserName: 'heidi', SerialNumber: serial('heidi') }))).code).toBe('AccessDenied')
  })
  test('the same user signed in with MFA works', async () => {
    const heidi = await t.asUser('heidi', { sessionId: 'with-mfa', mfaAuthenticatedAt: new Date() })
    expect(await listAccessKeys(heidi, {})).toEqual({ AccessKeyMetadata: [], IsTruncated: false })
    await deactivateMFADevice(heidi, { UserName: 'heidi', SerialNumber: serial('heidi') })
  })
})
