// The console's "Delete user": removes what DeleteUser would refuse over, in the order
// AWS documents for deleting a user ("Deleting an IAM user (AWS CLI)", IAM User Guide):
// access keys, password, MFA devices, inline policies, attached managed policies, group
// memberships, then the user. As in the console, each step is its own gated IAM call
// (audited as such), so a principal allowed some steps but not others stops at the first
// denied one, with that step's AccessDenied. One difference from the console: the final
// DeleteUser is asked of the gate first, so a user the caller may not delete (an explicit
// deny on protected users, say) never loses its password, keys, policies or groups.
import { deleteAccessKey } from '../access-keys/delete-access-key'
import { listAccessKeys } from '../access-keys/list-access-keys'
import { writeAuditEvent } from '../audit'
import type { Caller } from '../caller'
import { iamDatabase } from '../database'
import { isIamError } from '../errors'
import { authorize } from '../gate'
import { deactivateMFADevice } from '../mfa/deactivate-mfa-device'
import { deleteVirtualMFADevice } from '../mfa/delete-virtual-mfa-device'
import { listMFADevices } from '../mfa/list-mfa-devices'
import { deleteUserPolicy } from '../inline-policies/delete-user-policy'
import { listUserPolicies } from '../inline-policies/list-user-policies'
import { removeUserFromGroup } from '../groups/remove-user-from-group'
import { deleteLoginProfile } from './delete-login-profile'
import { deleteUser } from './delete-user'
import { detachUserPolicy } from './detach-user-policy'
import { getLoginProfile } from './get-login-profile'
import { getUser } from './get-user'
import { listAttachedUserPolicies } from './list-attached-user-policies'
import { listGroupsForUser } from './list-groups-for-user'

export interface TDeleteUserWithDependentsInput {
  UserName: string
}

export interface DeleteUserWithDependentsResult {
  /** The IAM calls made, in order, e.g. "DeleteLoginProfile", "DetachUserPolicy arn:...". */
  steps: string[]
}

export async function deleteUserWithDependents(caller: Caller, input: TDeleteUserWithDependentsInput): Promise<DeleteUserWithDependentsResult> {
  const steps: string[] = []
  const { User } = await getUser(caller, { UserName: input.UserName })
  const UserName = User.UserName
  await authorizeDeleteUserFirst(caller, UserName, User.Arn)

  for (const { AccessKeyId } of (await listAccessKeys(caller, { UserName, MaxItems: 1000 })).AccessKeyMetadata) {
    await deleteAccessKey(caller, { UserName, AccessKeyId })
    steps.push(`DeleteAccessKey ${AccessKeyId}`)
  }

  const hasPassword = await getLoginProfile(caller, { UserName }).then(() => true, (e: unknown) => {
    if (isIamError(e, 'NoSuchEntity')) return false
    throw e
  })
  if (hasPassword) {
    await deleteLoginProfile(caller, { UserName })
    steps.push('DeleteLoginProfile')
  }

  for (const { SerialNumber } of (await listMFADevices(caller, { UserName, MaxItems: 1000 })).MFADevices) {
    await deactivateMFADevice(caller, { UserName, SerialNumber })
    steps.push(`DeactivateMFADevice ${SerialNumber}`)
    // A virtual device goes back to unassigned when deactivated; the console deletes it too.
    // (A security key is gone once deactivated.)
    if (SerialNumber.startsWith('arn:')) {
      await deleteVirtualMFADevice(caller, { SerialNumber })
      steps.push(`DeleteVirtualMFADevice ${SerialNumber}`)
    }
  }

  for (const PolicyName of (await listUserPolicies(caller, { UserName, MaxItems: 1000 })).PolicyNames) {
    await deleteUserPolicy(caller, { UserName, PolicyName })
    steps.push(`DeleteUserPolicy ${PolicyName}`)
  }
  for (const { PolicyArn } of (await listAttachedUserPolicies(caller, { UserName, MaxItems: 1000 })).AttachedPolicies) {
    await detachUserPolicy(caller, { UserName, PolicyArn })
    steps.push(`DetachUserPolicy ${PolicyArn}`)
  }
  for (const { GroupName } of (await listGroupsForUser(caller, { UserName, MaxItems: 1000 })).Groups) {
    await removeUserFromGroup(caller, { GroupName, UserName })
    steps.push(`RemoveUserFromGroup ${GroupName}`)
  }
  await deleteUser(caller, { UserName })
  steps.push('DeleteUser')
  return { steps }
}

async function authorizeDeleteUserFirst(caller: Caller, UserName: string, userArn: string): Promise<void> {
  try {
    await authorize(caller, 'iam:DeleteUser', userArn)
  } catch (error) {
    // The refusal is the DeleteUser call's: record it as the operation would have.
    if (isIamError(error, 'AccessDenied')) {
      await writeAuditEvent(iamDatabase(), {
        caller, eventName: 'DeleteUser', readOnly: false, requestParameters: { UserName },
        errorCode: error.code, errorMessage: error.message, resources: [userArn],
      })
    }
    throw error
  }
}
