// The console's "Delete user": removes what DeleteUser would refuse over, in the order
// AWS documents for deleting a user ("Deleting an IAM user (AWS CLI)", IAM User Guide):
// access keys, password, MFA devices, inline policies, attached managed policies, group
// memberships, then the user. Each step is its own gated IAM call (recorded as such), and
// all of them are asked of the gate before the first: a user the caller may not delete
// (an explicit deny on protected users, say) never loses its password, keys, policies or
// groups.
import type { Caller } from '@/lib/iam/caller'
import { isVirtualMfaSerial } from '@/lib/iam/arn'
import { isIamError } from '@/lib/iam/errors'
import {
  deactivateMFADevice, deleteAccessKey, deleteLoginProfile, deleteUser, deleteUserPolicy, deleteVirtualMFADevice, detachUserPolicy,
  getLoginProfile, getUser, listAccessKeys, listAttachedUserPolicies, listGroupsForUser, listMFADevices, listUserPolicies, removeUserFromGroup,
} from '@/lib/iam'
import { runWorkflow, step, type WorkflowResult, type WorkflowStep } from './workflow'

export async function deleteUserWithDependents(caller: Caller, input: { UserName: string }): Promise<WorkflowResult> {
  const { User } = await getUser(caller, { UserName: input.UserName })
  const UserName = User.UserName
  const { AccessKeyMetadata } = await listAccessKeys(caller, { UserName, MaxItems: 1000 })
  const hasPassword = await getLoginProfile(caller, { UserName }).then(() => true, (e: unknown) => {
    if (isIamError(e, 'NoSuchEntity')) return false
    throw e
  })
  const { MFADevices } = await listMFADevices(caller, { UserName, MaxItems: 1000 })
  const { PolicyNames } = await listUserPolicies(caller, { UserName, MaxItems: 1000 })
  const { AttachedPolicies } = await listAttachedUserPolicies(caller, { UserName, MaxItems: 1000 })
  const { Groups } = await listGroupsForUser(caller, { UserName, MaxItems: 1000 })

  const mfaSteps = MFADevices.flatMap(({ SerialNumber }): WorkflowStep[] => [
    step(`Deactivate MFA device ${SerialNumber}`, deactivateMFADevice, { UserName, SerialNumber }),
    // A virtual device goes back to unassigned when deactivated; the console deletes it
    // too. (A security key is gone once deactivated.)
    ...(isVirtualMfaSerial(SerialNumber) ? [step(`Delete virtual MFA device ${SerialNumber}`, deleteVirtualMFADevice, { SerialNumber })] : []),
  ])
  return runWorkflow(caller, [
    ...AccessKeyMetadata.map(({ AccessKeyId }) => step(`Delete access key ${AccessKeyId}`, deleteAccessKey, { UserName, AccessKeyId })),
    ...(hasPassword ? [step('Delete console password', deleteLoginProfile, { UserName })] : []),
    ...mfaSteps,
    ...PolicyNames.map((PolicyName) => step(`Delete inline policy ${PolicyName}`, deleteUserPolicy, { UserName, PolicyName })),
    ...AttachedPolicies.map((p) => step(`Detach policy ${p.PolicyName}`, detachUserPolicy, { UserName, PolicyArn: p.PolicyArn })),
    ...Groups.map(({ GroupName }) => step(`Remove from group ${GroupName}`, removeUserFromGroup, { GroupName, UserName })),
    step('Delete user', deleteUser, { UserName }),
  ])
}
