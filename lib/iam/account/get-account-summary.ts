// GetAccountSummary: the account's IAM entity usage and quotas, as the SummaryMap of the
// IAM API Reference (every one of its valid keys). Counts are of the caller's account
// only; quotas are AWS's defaults (IAM User Guide, "IAM and AWS STS quotas"), the same
// ones lib/iam enforces where it enforces one. Resource "*": the action has no resource
// type (Service Authorization Reference).
import { z } from 'zod'
import { MAX_ACCESS_KEYS_PER_USER } from '../access-keys/create-access-key'
import { MAX_ATTACHED_POLICIES } from '../attached-policies'
import { MAX_GROUPS_PER_USER } from '../groups/add-user-to-group'
import { defineIamOperation } from '../operation'
import { MAX_POLICY_VERSIONS } from '../policies/create-policy-version'
import { POLICY_SIZE_LIMIT } from '../policy-document'
import { MAX_USERS_PER_ACCOUNT } from '../users/create-user'

export const ZGetAccountSummaryInput = z.object({})

export type AccountSummaryKey =
  | 'Users' | 'UsersQuota' | 'Groups' | 'GroupsQuota' | 'ServerCertificates' | 'ServerCertificatesQuota' | 'UserPolicySizeQuota'
  | 'GroupPolicySizeQuota' | 'GroupsPerUserQuota' | 'SigningCertificatesPerUserQuota' | 'AccessKeysPerUserQuota' | 'MFADevices'
  | 'MFADevicesInUse' | 'AccountMFAEnabled' | 'AccountAccessKeysPresent' | 'AccountPasswordPresent' | 'AccountSigningCertificatesPresent'
  | 'AttachedPoliciesPerGroupQuota' | 'AttachedPoliciesPerRoleQuota' | 'AttachedPoliciesPerUserQuota' | 'Policies' | 'PoliciesQuota'
  | 'PolicySizeQuota' | 'PolicyVersionsInUse' | 'PolicyVersionsInUseQuota' | 'VersionsPerPolicyQuota' | 'GlobalEndpointTokenVersion'
  | 'AssumeRolePolicySizeQuota' | 'InstanceProfiles' | 'InstanceProfilesQuota' | 'Providers' | 'RolePolicySizeQuota' | 'Roles' | 'RolesQuota'

// AWS's default quotas for what lib/iam does not (yet) enforce itself.
const DEFAULT_QUOTAS = {
  GroupsQuota: 300,
  RolesQuota: 1000,
  PoliciesQuota: 1500,
  InstanceProfilesQuota: 1000,
  ServerCertificatesQuota: 20,
  PolicyVersionsInUseQuota: 10_000,
  SigningCertificatesPerUserQuota: 2,
} as const

export const getAccountSummary = defineIamOperation({
  name: 'GetAccountSummary',
  readOnly: true,
  input: ZGetAccountSummaryInput,
  resource: () => '*',
  async run(tx, _input, caller): Promise<{ SummaryMap: Record<AccountSummaryKey, number> }> {
    const accountId = caller.accountId
    const [users, groups, roles, policies, policyVersions, mfaDevices, mfaInUse, rootMfa] = await Promise.all([
      tx.user.count({ where: { accountId } }),
      tx.group.count({ where: { accountId } }),
      tx.role.count({ where: { accountId } }),
      // Customer managed policies: AWS managed ones (no account) are not the account's.
      tx.managedPolicy.count({ where: { accountId } }),
      // The API Reference gives no definition of "in use"; every stored version of the
      // account's customer managed policies counts, as each one takes from the quota.
      tx.policyVersion.count({ where: { policy: { accountId } } }),
      tx.mfaDevice.count({ where: { accountId } }),
      tx.mfaDevice.count({ where: { accountId, enabled: true } }),
      tx.mfaDevice.count({ where: { accountId, userId: null, enabled: true } }),
    ])
    return {
      SummaryMap: {
        Users: users,
        UsersQuota: MAX_USERS_PER_ACCOUNT,
        Groups: groups,
        Roles: roles,
        Policies: policies,
        PolicyVersionsInUse: policyVersions,
        MFADevices: mfaDevices,
        MFADevicesInUse: mfaInUse,
        AccountMFAEnabled: rootMfa > 0 ? 1 : 0,
        // A sandbox root user has no access keys and no signing certificates; it always has a password.
        AccountAccessKeysPresent: 0,
        AccountSigningCertificatesPresent: 0,
        AccountPasswordPresent: 1,
        // Not modelled in the sandbox: server certificates, instance profiles, identity providers.
        ServerCertificates: 0,
        InstanceProfiles: 0,
        Providers: 0,
        AccessKeysPerUserQuota: MAX_ACCESS_KEYS_PER_USER,
        GroupsPerUserQuota: MAX_GROUPS_PER_USER,
        AttachedPoliciesPerUserQuota: MAX_ATTACHED_POLICIES,
        AttachedPoliciesPerGroupQuota: MAX_ATTACHED_POLICIES,
        AttachedPoliciesPerRoleQuota: MAX_ATTACHED_POLICIES,
        VersionsPerPolicyQuota: MAX_POLICY_VERSIONS,
        PolicySizeQuota: POLICY_SIZE_LIMIT.managed,
        UserPolicySizeQuota: POLICY_SIZE_LIMIT.userInline,
        GroupPolicySizeQuota: POLICY_SIZE_LIMIT.groupInline,
        RolePolicySizeQuota: POLICY_SIZE_LIMIT.roleInline,
        AssumeRolePolicySizeQuota: POLICY_SIZE_LIMIT.trust,
        GlobalEndpointTokenVersion: 1,
        ...DEFAULT_QUOTAS,
      },
    }
  },
})
