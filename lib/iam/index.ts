// Every lib/iam operation, and IAM_OPERATIONS: API name -> the function, its gate
// action and whether it only reads. The gate-coverage test enumerates this module's
// exports and fails on any operation missing from the registry or not calling the gate.
import type { Caller } from './caller'
import { iamDatabase } from './database'
import { attachUserPolicy } from './users/attach-user-policy'
import { createLoginProfile } from './users/create-login-profile'
import { createUser } from './users/create-user'
import { deleteLoginProfile } from './users/delete-login-profile'
import { deleteUserPermissionsBoundary } from './users/delete-user-permissions-boundary'
import { deleteUser } from './users/delete-user'
import { detachUserPolicy } from './users/detach-user-policy'
import { getLoginProfile } from './users/get-login-profile'
import { getUser } from './users/get-user'
import { listAttachedUserPolicies } from './users/list-attached-user-policies'
import { listGroupsForUser } from './users/list-groups-for-user'
import { listUserTags } from './users/list-user-tags'
import { putUserPermissionsBoundary } from './users/put-user-permissions-boundary'
import { tagUser } from './users/tag-user'
import { untagUser } from './users/untag-user'
import { updateLoginProfile } from './users/update-login-profile'
import { updateUser } from './users/update-user'
import { addUserToGroup } from './groups/add-user-to-group'
import { attachGroupPolicy } from './groups/attach-group-policy'
import { createGroup } from './groups/create-group'
import { deleteGroup } from './groups/delete-group'
import { detachGroupPolicy } from './groups/detach-group-policy'
import { getGroup } from './groups/get-group'
import { listAttachedGroupPolicies } from './groups/list-attached-group-policies'
import { listGroups } from './groups/list-groups'
import { removeUserFromGroup } from './groups/remove-user-from-group'
import { updateGroup } from './groups/update-group'
import { attachRolePolicy } from './roles/attach-role-policy'
import { createRole } from './roles/create-role'
import { deleteRolePermissionsBoundary } from './roles/delete-role-permissions-boundary'
import { deleteRole } from './roles/delete-role'
import { detachRolePolicy } from './roles/detach-role-policy'
import { getRole } from './roles/get-role'
import { listAttachedRolePolicies } from './roles/list-attached-role-policies'
import { listRoleTags } from './roles/list-role-tags'
import { listRoles } from './roles/list-roles'
import { putRolePermissionsBoundary } from './roles/put-role-permissions-boundary'
import { tagRole } from './roles/tag-role'
import { untagRole } from './roles/untag-role'
import { updateAssumeRolePolicy } from './roles/update-assume-role-policy'
import { updateRole } from './roles/update-role'
import { createPolicyVersion } from './policies/create-policy-version'
import { createPolicy } from './policies/create-policy'
import { deletePolicyVersion } from './policies/delete-policy-version'
import { deletePolicy } from './policies/delete-policy'
import { getPolicyVersion } from './policies/get-policy-version'
import { getPolicy } from './policies/get-policy'
import { listEntitiesForPolicy } from './policies/list-entities-for-policy'
import { listPolicies } from './policies/list-policies'
import { listPolicyTags } from './policies/list-policy-tags'
import { listPolicyVersions } from './policies/list-policy-versions'
import { setDefaultPolicyVersion } from './policies/set-default-policy-version'
import { tagPolicy } from './policies/tag-policy'
import { untagPolicy } from './policies/untag-policy'
import { deleteGroupPolicy } from './inline-policies/delete-group-policy'
import { deleteRolePolicy } from './inline-policies/delete-role-policy'
import { deleteUserPolicy } from './inline-policies/delete-user-policy'
import { getGroupPolicy } from './inline-policies/get-group-policy'
import { getRolePolicy } from './inline-policies/get-role-policy'
import { getUserPolicy } from './inline-policies/get-user-policy'
import { listGroupPolicies } from './inline-policies/list-group-policies'
import { listRolePolicies } from './inline-policies/list-role-policies'
import { listUserPolicies } from './inline-policies/list-user-policies'
import { putGroupPolicy } from './inline-policies/put-group-policy'
import { putRolePolicy } from './inline-policies/put-role-policy'
import { putUserPolicy } from './inline-policies/put-user-policy'
import { listUsers, type TListUsersInput } from './users/list-users'
// Credentials: password policy, passwords, MFA devices, access keys.
import { deleteAccountPasswordPolicy } from './account/delete-account-password-policy'
import { getAccountPasswordPolicy } from './account/get-account-password-policy'
import { getAccountSummary } from './account/get-account-summary'
import { updateAccountPasswordPolicy } from './account/update-account-password-policy'
// The account: its alias and its authorization snapshot.
import { createAccountAlias } from './account/create-account-alias'
import { deleteAccountAlias } from './account/delete-account-alias'
import { getAccountAuthorizationDetails } from './account/get-account-authorization-details'
import { listAccountAliases } from './account/list-account-aliases'
import { createAccessKey } from './access-keys/create-access-key'
import { deleteAccessKey } from './access-keys/delete-access-key'
import { getAccessKeyLastUsed } from './access-keys/get-access-key-last-used'
import { listAccessKeys } from './access-keys/list-access-keys'
import { updateAccessKey } from './access-keys/update-access-key'
import { createVirtualMFADevice } from './mfa/create-virtual-mfa-device'
import { deactivateMFADevice } from './mfa/deactivate-mfa-device'
import { deleteVirtualMFADevice } from './mfa/delete-virtual-mfa-device'
import { enableMFADevice } from './mfa/enable-mfa-device'
import { listMFADevices } from './mfa/list-mfa-devices'
import { listVirtualMFADevices } from './mfa/list-virtual-mfa-devices'
import { resyncMFADevice } from './mfa/resync-mfa-device'
import { changePassword } from './passwords/change-password'
// Reports.
import { generateCredentialReport } from './reports/generate-credential-report'
import { getCredentialReport } from './reports/get-credential-report'
// The policy simulator.
import { getContextKeysForCustomPolicy } from './simulation/get-context-keys-for-custom-policy'
import { getContextKeysForPrincipalPolicy } from './simulation/get-context-keys-for-principal-policy'
import { simulateCustomPolicy } from './simulation/simulate-custom-policy'
import { simulatePrincipalPolicy } from './simulation/simulate-principal-policy'

export { addUserToGroup, attachGroupPolicy, attachRolePolicy, attachUserPolicy, createGroup, createLoginProfile, createPolicy, createPolicyVersion, createRole, createUser, deleteGroup, deleteGroupPolicy, deleteLoginProfile, deletePolicy, deletePolicyVersion, deleteRole, deleteRolePermissionsBoundary, deleteRolePolicy, deleteUser, deleteUserPermissionsBoundary, deleteUserPolicy, detachGroupPolicy, detachRolePolicy, detachUserPolicy, getGroup, getGroupPolicy, getLoginProfile, getPolicy, getPolicyVersion, getRole, getRolePolicy, getUser, getUserPolicy, listAttachedGroupPolicies, listAttachedRolePolicies, listAttachedUserPolicies, listEntitiesForPolicy, listGroupPolicies, listGroups, listGroupsForUser, listPolicies, listPolicyTags, listPolicyVersions, listRolePolicies, listRoleTags, listRoles, listUserPolicies, listUserTags, listUsers, putGroupPolicy, putRolePermissionsBoundary, putRolePolicy, putUserPermissionsBoundary, putUserPolicy, removeUserFromGroup, setDefaultPolicyVersion, tagPolicy, tagRole, tagUser, untagPolicy, untagRole, untagUser, updateAssumeRolePolicy, updateGroup, updateLoginProfile, updateRole, updateUser }
export { changePassword, createAccessKey, createVirtualMFADevice, deactivateMFADevice, deleteAccessKey, deleteAccountPasswordPolicy, deleteVirtualMFADevice, enableMFADevice, getAccessKeyLastUsed, getAccountPasswordPolicy, listAccessKeys, listMFADevices, listVirtualMFADevices, resyncMFADevice, updateAccessKey, updateAccountPasswordPolicy }
export { generateCredentialReport, getAccountSummary, getCredentialReport }
export { createAccountAlias, deleteAccountAlias, getAccountAuthorizationDetails, listAccountAliases }
export type { GetAccountAuthorizationDetailsResponse, TGetAccountAuthorizationDetailsInput } from './account/get-account-authorization-details'
export type { AccountSummaryKey } from './account/get-account-summary'
export type { GenerateCredentialReportResponse } from './reports/generate-credential-report'
export type { GetCredentialReportResponse } from './reports/get-credential-report'
export { getContextKeysForCustomPolicy, getContextKeysForPrincipalPolicy, simulateCustomPolicy, simulatePrincipalPolicy }
// The event history.
import { lookupEvents } from './events/lookup-events'
export { lookupEvents }
// Access Advisor (services last accessed).
import { generateServiceLastAccessedDetails } from './access-advisor/generate-service-last-accessed-details'
import { getServiceLastAccessedDetails } from './access-advisor/get-service-last-accessed-details'
import { getServiceLastAccessedDetailsWithEntities } from './access-advisor/get-service-last-accessed-details-with-entities'
import { listPoliciesGrantingServiceAccess } from './access-advisor/list-policies-granting-service-access'
export { generateServiceLastAccessedDetails, getServiceLastAccessedDetails, getServiceLastAccessedDetailsWithEntities, listPoliciesGrantingServiceAccess }
export type { GenerateServiceLastAccessedDetailsResponse, TGenerateServiceLastAccessedDetailsInput } from './access-advisor/generate-service-last-accessed-details'
export type { GetServiceLastAccessedDetailsResponse, TGetServiceLastAccessedDetailsInput } from './access-advisor/get-service-last-accessed-details'
export type { EntityDetails, GetServiceLastAccessedDetailsWithEntitiesResponse, TGetServiceLastAccessedDetailsWithEntitiesInput } from './access-advisor/get-service-last-accessed-details-with-entities'
export type { ListPoliciesGrantingServiceAccessResponse, TListPoliciesGrantingServiceAccessInput } from './access-advisor/list-policies-granting-service-access'
export type { GrantingPolicy } from './access-advisor/access-advisor-entity'
export type { ServiceLastAccessed, TrackedActionLastAccessed } from './access-advisor/service-last-accessed'
export type { LookedUpEvent, LookupEventsResponse, TLookupEventsInput } from './events/lookup-events'
export type { TGetContextKeysForCustomPolicyInput } from './simulation/get-context-keys-for-custom-policy'
export type { TGetContextKeysForPrincipalPolicyInput } from './simulation/get-context-keys-for-principal-policy'
export type { SimulateCustomPolicyResponse, TSimulateCustomPolicyInput } from './simulation/simulate-custom-policy'
export type { SimulatePrincipalPolicyResponse, TSimulatePrincipalPolicyInput } from './simulation/simulate-principal-policy'
export type { GetContextKeysForPolicyResponse, TContextEntry } from './simulation/simulation-input'

export interface IamOperationEntry {
  fn: (caller: Caller, input: never) => Promise<unknown>
  /** The gate action, e.g. iam:CreateUser. */
  action: string
  readOnly: boolean
}

const entry = (op: { apiName: string; action: string; readOnly: boolean } & ((caller: Caller, input: never) => Promise<unknown>)) =>
  [op.apiName, { fn: op, action: op.action, readOnly: op.readOnly }] as const

export const IAM_OPERATIONS: Record<string, IamOperationEntry> = Object.fromEntries([
  entry(addUserToGroup),
  entry(attachGroupPolicy),
  entry(attachRolePolicy),
  entry(attachUserPolicy),
  entry(createGroup),
  entry(createLoginProfile),
  entry(createPolicy),
  entry(createPolicyVersion),
  entry(createRole),
  entry(createUser),
  entry(deleteGroup),
  entry(deleteGroupPolicy),
  entry(deleteLoginProfile),
  entry(deletePolicy),
  entry(deletePolicyVersion),
  entry(deleteRole),
  entry(deleteRolePermissionsBoundary),
  entry(deleteRolePolicy),
  entry(deleteUser),
  entry(deleteUserPermissionsBoundary),
  entry(deleteUserPolicy),
  entry(detachGroupPolicy),
  entry(detachRolePolicy),
  entry(detachUserPolicy),
  entry(getGroup),
  entry(getGroupPolicy),
  entry(getLoginProfile),
  entry(getPolicy),
  entry(getPolicyVersion),
  entry(getRole),
  entry(getRolePolicy),
  entry(getUser),
  entry(getUserPolicy),
  entry(listAttachedGroupPolicies),
  entry(listAttachedRolePolicies),
  entry(listAttachedUserPolicies),
  entry(listEntitiesForPolicy),
  entry(listGroupPolicies),
  entry(listGroups),
  entry(listGroupsForUser),
  entry(listPolicies),
  entry(listPolicyTags),
  entry(listPolicyVersions),
  entry(listRolePolicies),
  entry(listRoleTags),
  entry(listRoles),
  entry(listUserPolicies),
  entry(listUserTags),
  entry(putGroupPolicy),
  entry(putRolePermissionsBoundary),
  entry(putRolePolicy),
  entry(putUserPermissionsBoundary),
  entry(putUserPolicy),
  entry(removeUserFromGroup),
  entry(setDefaultPolicyVersion),
  entry(tagPolicy),
  entry(tagRole),
  entry(tagUser),
  entry(untagPolicy),
  entry(untagRole),
  entry(untagUser),
  entry(updateAssumeRolePolicy),
  entry(updateGroup),
  entry(updateLoginProfile),
  entry(updateRole),
  entry(updateUser),
  entry(listUsers),
  // Credentials. The security-key registration steps and revokeUserSessions
  // share an action with an operation above (iam:EnableMFADevice, iam:PutUserPolicy), so
  // they are not here; tests/integration/credentials/gate-coverage.test.ts covers them.
  entry(changePassword),
  entry(createAccessKey),
  entry(createVirtualMFADevice),
  entry(deactivateMFADevice),
  entry(deleteAccessKey),
  entry(deleteAccountPasswordPolicy),
  entry(deleteVirtualMFADevice),
  entry(enableMFADevice),
  entry(getAccessKeyLastUsed),
  entry(getAccountPasswordPolicy),
  entry(getAccountSummary),
  entry(listAccessKeys),
  entry(listMFADevices),
  entry(listVirtualMFADevices),
  entry(resyncMFADevice),
  entry(updateAccessKey),
  entry(updateAccountPasswordPolicy),
  // The account.
  entry(createAccountAlias),
  entry(deleteAccountAlias),
  entry(getAccountAuthorizationDetails),
  entry(listAccountAliases),
  // Reports.
  entry(generateCredentialReport),
  entry(getCredentialReport),
  // The policy simulator.
  entry(getContextKeysForCustomPolicy),
  entry(getContextKeysForPrincipalPolicy),
  entry(simulateCustomPolicy),
  entry(simulatePrincipalPolicy),
  // The event history (CloudTrail's LookupEvents).
  entry(lookupEvents),
  // Access Advisor.
  entry(generateServiceLastAccessedDetails),
  entry(getServiceLastAccessedDetails),
  entry(getServiceLastAccessedDetailsWithEntities),
  entry(listPoliciesGrantingServiceAccess),
])
