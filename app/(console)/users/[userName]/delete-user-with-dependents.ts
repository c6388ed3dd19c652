// The console's "Delete user": IAM's DeleteUser refuses while anything is attached, so
// the console removes the dependents first, in the order of the IAM User Guide
// ("Deleting an IAM user", AWS CLI/API steps): login profile, access keys, signing
// certificates, SSH public keys, service-specific credentials, MFA devices, inline
// policies, attached managed policies, group memberships, then the user.
//
// DeleteUser is tried first: a caller who may not delete this user (no Allow, or an
// explicit Deny such as "protected=true") is refused before anything is removed, and a
// user without dependents is deleted in one request. Only a DeleteConflict, which IAM
// answers after the gate allowed the request, leads to removing the dependents.
//
// lib/iam has no operations for access keys, signing certificates, SSH keys,
// service-specific credentials or MFA devices yet (/work/coord/U1-needs.md): a user
// with any of them keeps DeleteUser's DeleteConflict, which the dialog shows.
import type { Caller } from '@/lib/iam/caller'
import { IamError, isIamError } from '@/lib/iam/errors'
import {
  deleteLoginProfile,
  deleteUser,
  deleteUserPolicy,
  detachUserPolicy,
  getLoginProfile,
  listAttachedUserPolicies,
  listGroupsForUser,
  listUserPolicies,
  removeUserFromGroup,
} from '@/lib/iam'

export async function deleteUserWithDependents(caller: Caller, userName: string): Promise<void> {
  try {
    await deleteUser(caller, { UserName: userName })
    return
  } catch (error) {
    if (!isIamError(error, 'DeleteConflict')) throw error
  }
  const removed: string[] = []
  try {
    const hasLoginProfile = await getLoginProfile(caller, { UserName: userName }).then(
      () => true,
      (error: unknown) => (isIamError(error, 'NoSuchEntity') ? false : Promise.reject(error)),
    )
    if (hasLoginProfile) {
      await deleteLoginProfile(caller, { UserName: userName })
      removed.push('console password')
    }
    const { PolicyNames } = await listUserPolicies(caller, { UserName: userName, MaxItems: 1000 })
    for (const PolicyName of PolicyNames) {
      await deleteUserPolicy(caller, { UserName: userName, PolicyName })
      removed.push(`inline policy ${PolicyName}`)
    }
    const { AttachedPolicies } = await listAttachedUserPolicies(caller, { UserName: userName, MaxItems: 1000 })
    for (const p of AttachedPolicies) {
      await detachUserPolicy(caller, { UserName: userName, PolicyArn: p.PolicyArn })
      removed.push(`policy ${p.PolicyName}`)
    }
    const { Groups } = await listGroupsForUser(caller, { UserName: userName, MaxItems: 1000 })
    for (const g of Groups) {
      await removeUserFromGroup(caller, { UserName: userName, GroupName: g.GroupName })
      removed.push(`membership of ${g.GroupName}`)
    }
    await deleteUser(caller, { UserName: userName })
  } catch (error) {
    if (!isIamError(error) || removed.length === 0) throw error
    // Say what is already gone: the user still exists, without these.
    throw new IamError(error.code, `${error.message} (Already removed from ${userName}: ${removed.join(', ')}.)`, {
      ...(error.field ? { field: error.field } : {}),
      ...(error.evaluation ? { evaluation: error.evaluation } : {}),
    })
  }
}
