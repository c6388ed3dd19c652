import { afterAll, beforeAll, describe, expect, test } from 'vitest'
import { totpCodeAt } from '@/lib/credentials/totp'
import { deleteUserWithDependents } from '@/lib/console/delete-user'
import {
  addUserToGroup, attachUserPolicy, createAccessKey, createLoginProfile, createUser, createVirtualMFADevice, enableMFADevice, putUserPolicy,
} from '@/lib/iam'
import { finishSecurityKeyRegistration } from '@/lib/iam/mfa/finish-security-key-registration'
import { startSecurityKeyRegistration } from '@/lib/iam/mfa/start-security-key-registration'
import { RP, SoftwareAuthenticator } from '../credentials/software-authenticator'
import { doc, setUpIamTest, type IamTestContext } from '../iam/iam-test-setup'
import { workflowCases } from './workflow-test-setup'

let t: IamTestContext
const userArn = () => `arn:aws:iam::${t.accountId}:user/leaver`
const deviceArn = () => `arn:aws:iam::${t.accountId}:mfa/leaver-phone`

beforeAll(async () => {
  t = await setUpIamTest()
  await createUser(t.root, { UserName: 'workflow-operator' })
  await createUser(t.root, { UserName: 'leaver' })
  await createAccessKey(t.root, { UserName: 'leaver' })
  await createLoginProfile(t.root, { UserName: 'leaver', Password: 'Leaver-password-1!' })
  const { VirtualMFADevice } = await createVirtualMFADevice(t.root, { VirtualMFADeviceName: 'leaver-phone' })
  const now = Date.now() / 1000
  await enableMFADevice(t.root, {
    UserName: 'leaver', SerialNumber: VirtualMFADevice.SerialNumber,
    AuthenticationCode1: totpCodeAt(VirtualMFADevice.Base32StringSeed, now - 30), AuthenticationCode2: totpCodeAt(VirtualMFADevice.Base32StringSeed, now),
  })
  await putUserPolicy(t.root, { UserName: 'leaver', PolicyName: 'inline', PolicyDocument: doc({ Effect: 'Allow', Action: 'iam:GetUser', Resource: '*' }) })
  await attachUserPolicy(t.root, { UserName: 'leaver', PolicyArn: 'arn:aws:iam::aws:policy/ReadOnlyAccess' })
  await addUserToGroup(t.root, { GroupName: 'Auditors', UserName: 'leaver' })
})
afterAll(() => t.cleanup())

describe('Delete user: access keys, password, MFA, inline and attached policies, groups, then the user', () => {
  workflowCases(() => t, {
    run: (caller) => deleteUserWithDependents(caller, { UserName: 'leaver' }),
    refused: [
      ...['iam:GetUser', 'iam:ListAccessKeys', 'iam:DeleteAccessKey', 'iam:DeleteLoginProfile', 'iam:DeactivateMFADevice', 'iam:DeleteUserPolicy', 'iam:DetachUserPolicy']
        .map((action) => ({ action, resource: userArn })),
      { action: 'iam:DeleteVirtualMFADevice', resource: deviceArn },
      { action: 'iam:RemoveUserFromGroup', resource: () => `arn:aws:iam::${t.accountId}:group/Auditors` },
      { action: 'iam:DeleteUser', resource: userArn },
    ],
    allowed: {
      changes: ['DeleteAccessKey', 'DeleteLoginProfile', 'DeactivateMFADevice', 'DeleteVirtualMFADevice', 'DeleteUserPolicy', 'DetachUserPolicy', 'RemoveUserFromGroup', 'DeleteUser'],
      async then(result) {
        expect(result).toEqual({
          steps: [
            { label: expect.stringMatching(/^Delete access key AKIA/), status: 'done' },
            { label: 'Delete console password', status: 'done' },
            { label: `Deactivate MFA device ${deviceArn()}`, status: 'done' },
            { label: `Delete virtual MFA device ${deviceArn()}`, status: 'done' },
            { label: 'Delete inline policy inline', status: 'done' },
            { label: 'Detach policy ReadOnlyAccess', status: 'done' },
            { label: 'Remove from group Auditors', status: 'done' },
            { label: 'Delete user', status: 'done' },
          ],
        })
        expect(await t.db.prisma.user.count({ where: { name: 'leaver' } })).toBe(0)
        expect(await t.db.prisma.mfaDevice.count({ where: { serialNumber: deviceArn() } })).toBe(0)
      },
    },
  })
})

describe('Delete user with a security key', () => {
  test('the key is deactivated (it is gone with that) and the user deleted; there is no virtual device to delete', async () => {
    await createUser(t.root, { UserName: 'key-leaver' })
    const { Options } = await startSecurityKeyRegistration(t.root, { UserName: 'key-leaver', RelyingParty: RP })
    const key = new SoftwareAuthenticator()
    const { SerialNumber } = await finishSecurityKeyRegistration(t.root, {
      UserName: 'key-leaver', DeviceName: 'yubikey', RelyingParty: RP, Response: key.register(Options.challenge) as never,
    })
    const result = await deleteUserWithDependents(t.root, { UserName: 'key-leaver' })
    expect(result).toEqual({
      steps: [
        { label: `Deactivate MFA device ${SerialNumber}`, status: 'done' },
        { label: 'Delete user', status: 'done' },
      ],
    })
    expect(await t.db.prisma.user.count({ where: { name: 'key-leaver' } })).toBe(0)
    expect(await t.db.prisma.mfaDevice.count({ where: { serialNumber: SerialNumber } })).toBe(0)
  })
})
