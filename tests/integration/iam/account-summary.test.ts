// GetAccountSummary: the dashboard's counts follow what the account holds (and nothing of
// another account's), AccountMFAEnabled follows the root user's MFA device, the quotas are
// the ones lib/iam enforces, and the call is gated.
import { afterAll, beforeAll, describe, expect, test } from 'vitest'
import { createGroup, createPolicy, createRole, createUser, createVirtualMFADevice, getAccountSummary } from '@/lib/iam'
import type { Caller } from '@/lib/iam/caller'
import { createAccount, createUser as createUserRow } from '@/tests/support/fixtures'
import { runCases } from '@/tests/support/iam-case-table'
import type { TestDatabase } from '@/tests/support/test-database'
import { doc, setUpEmptyAccount, type EmptyAccountContext } from './iam-test-setup'

let t: EmptyAccountContext
let db: TestDatabase
let accountId: string
let root: Caller
let nobody: Caller
const TRUST = doc({ Effect: 'Allow', Principal: { Service: 'ec2.amazonaws.com' }, Action: 'sts:AssumeRole' })

beforeAll(async () => {
  t = await setUpEmptyAccount()
  ;({ db, accountId, root } = t)
  nobody = t.callerOf(await createUserRow(db.prisma, accountId, { name: 'nobody' }))
  // Another account's entities never count here.
  const other = (await createAccount(db.prisma)).id
  await createUserRow(db.prisma, other, { name: 'elsewhere', mfa: ['virtual'] })
})
afterAll(() => t.cleanup())

const summary = async () => (await getAccountSummary(root, {})).SummaryMap

describe('GetAccountSummary', () => {
  runCases([
    { name: 'AccessDenied without iam:GetAccountSummary on *', call: () => getAccountSummary(nobody, {}), error: { code: 'AccessDenied', message: /is not authorized to perform: iam:GetAccountSummary on resource: \*/ } },
    {
      name: 'a new account: its one user, no root MFA, AWS\'s quotas',
      call: () => getAccountSummary(root, {}),
      result: {
        SummaryMap: {
          Users: 1, Groups: 0, Roles: 0, Policies: 0, PolicyVersionsInUse: 0, MFADevices: 0, MFADevicesInUse: 0,
          AccountMFAEnabled: 0, AccountAccessKeysPresent: 0, AccountPasswordPresent: 1, AccountSigningCertificatesPresent: 0,
          UsersQuota: 5000, GroupsQuota: 300, RolesQuota: 1000, PoliciesQuota: 1500, AccessKeysPerUserQuota: 2, GroupsPerUserQuota: 10,
          AttachedPoliciesPerUserQuota: 10, AttachedPoliciesPerGroupQuota: 10, AttachedPoliciesPerRoleQuota: 10, VersionsPerPolicyQuota: 5,
          PolicySizeQuota: 6144, UserPolicySizeQuota: 2048, GroupPolicySizeQuota: 5120, RolePolicySizeQuota: 10240, AssumeRolePolicySizeQuota: 2048,
        },
      },
    },
  ])
  test('every key of the API Reference\'s SummaryMap is there, as a number', async () => {
    const keys = 'Users UsersQuota Groups GroupsQuota ServerCertificates ServerCertificatesQuota UserPolicySizeQuota GroupPolicySizeQuota GroupsPerUserQuota SigningCertificatesPerUserQuota AccessKeysPerUserQuota MFADevices MFADevicesInUse AccountMFAEnabled AccountAccessKeysPresent AccountPasswordPresent AccountSigningCertificatesPresent AttachedPoliciesPerGroupQuota AttachedPoliciesPerRoleQuota AttachedPoliciesPerUserQuota Policies PoliciesQuota PolicySizeQuota PolicyVersionsInUse PolicyVersionsInUseQuota VersionsPerPolicyQuota GlobalEndpointTokenVersion AssumeRolePolicySizeQuota InstanceProfiles InstanceProfilesQuota Providers RolePolicySizeQuota Roles RolesQuota'.split(' ')
    const map = await summary()
    expect(Object.keys(map).sort()).toEqual([...keys].sort())
    for (const key of keys) expect(typeof map[key as keyof typeof map]).toBe('number')
  })
  test('the counts follow created entities', async () => {
    await createUser(root, { UserName: 'counted' })
    await createGroup(root, { GroupName: 'counted' })
    await createRole(root, { RoleName: 'counted', AssumeRolePolicyDocument: TRUST })
    await createPolicy(root, { PolicyName: 'counted', PolicyDocument: doc({ Effect: 'Allow', Action: 'iam:GetUser', Resource: '*' }) })
    await createVirtualMFADevice(root, { VirtualMFADeviceName: 'unassigned' })
    expect(await summary()).toMatchObject({ Users: 2, Groups: 1, Roles: 1, Policies: 1, PolicyVersionsInUse: 1, MFADevices: 1, MFADevicesInUse: 0, AccountMFAEnabled: 0 })
  })
  test('AccountMFAEnabled is 1 once the root user has an MFA device assigned', async () => {
    await db.prisma.mfaDevice.create({ data: { accountId, userId: null, serialNumber: `arn:aws:iam::${accountId}:mfa/root-device`, name: 'root-device', type: 'virtual', enabled: true } })
    expect(await summary()).toMatchObject({ MFADevices: 2, MFADevicesInUse: 1, AccountMFAEnabled: 1 })
  })
})
