import { afterAll, beforeAll, describe, expect } from 'vitest'
import { totpCodeAt } from '@/lib/credentials/totp'
import { deleteUserWithDependents } from '@/lib/console/delete-user'
import {
  addUserToGroup, attachUserPolicy, createAccessKey, createLoginProfile, createUser, createVirtualMFADevice, enableMFADevice, putUserPolicy,
} from '@/lib/iam'
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
