// The console's "Delete user": removes what DeleteUser would refuse over, in the order
// AWS documents for deleting a user ("Deleting an IAM user (AWS CLI)", IAM User Guide):
// access keys, password, MFA devices, inline policies, attached managed policies, group
// memberships, then the user. As in the console, each step is its own gated IAM call
// (audited as such), so a principal allowed some steps but not others stops at the first
// denied one, with that step's AccessDenied.
import type { Caller } from '../caller'
import { iamDatabase } from '../database'
import { isIamError } from '../errors'
import { gateCall } from '../gate-call'
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
  const db = iamDatabase()
  const steps: string[] = []
  const { User } = await getUser(caller, { UserName: input.UserName })
  const UserName = User.UserName
  const user = await db.user.findUniqueOrThrow({
    where: { id: User.UserId },
    select: { accessKeys: { select: { id: true } }, mfaDevices: { select: { id: true, serialNumber: true } } },
  })

  // Access keys and MFA devices are the credentials issue's; until it brings their
  // operations, these steps ask the gate for the same actions the console would call.
  if (user.accessKeys.length) await gateCall(db, caller, { eventName: 'ListAccessKeys', readOnly: true, resourceArn: User.Arn, requestParameters: { UserName } })
  for (const key of user.accessKeys) {
    await gateCall(db, caller, { eventName: 'DeleteAccessKey', readOnly: false, resourceArn: User.Arn, requestParameters: { UserName, AccessKeyId: key.id } })
    await db.accessKey.delete({ where: { id: key.id } })
    steps.push(`DeleteAccessKey ${key.id}`)
  }

  const hasPassword = await getLoginProfile(caller, { UserName }).then(() => true, (e: unknown) => {
    if (isIamError(e, 'NoSuchEntity')) return false
    throw e
  })
  if (hasPassword) {
    await deleteLoginProfile(caller, { UserName })
    steps.push('DeleteLoginProfile')
  }

  if (user.mfaDevices.length) await gateCall(db, caller, { eventName: 'ListMFADevices', readOnly: true, resourceArn: User.Arn, requestParameters: { UserName } })
  for (const device of user.mfaDevices) {
    await gateCall(db, caller, { eventName: 'DeactivateMFADevice', readOnly: false, resourceArn: User.Arn, requestParameters: { UserName, SerialNumber: device.serialNumber } })
    await db.mfaDevice.delete({ where: { id: device.id } })
    steps.push(`DeactivateMFADevice ${device.serialNumber}`)
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
