// "Copy permissions" (Create user and Add permissions): the source user's group
// memberships, attached managed policies and inline policies, each then added to the
// target by its own IAM request. Reading the source is gated like any read.
import type { Caller } from '@/lib/iam/caller'
import { addUserToGroup, attachUserPolicy, getUserPolicy, listAttachedUserPolicies, listGroupsForUser, listUserPolicies, putUserPolicy } from '@/lib/iam'

export interface Step {
  label: string
  call: () => Promise<unknown>
}

/** The permission steps of "Copy permissions": the source's groups, managed and inline policies. */
export async function copiedPermissionSteps(caller: Caller, userName: string, source: string): Promise<Step[]> {
  const [groups, attached, inline] = await Promise.all([
    listGroupsForUser(caller, { UserName: source, MaxItems: 1000 }),
    listAttachedUserPolicies(caller, { UserName: source, MaxItems: 1000 }),
    listUserPolicies(caller, { UserName: source, MaxItems: 1000 }),
  ])
  const inlineDocuments = await Promise.all(inline.PolicyNames.map((PolicyName) => getUserPolicy(caller, { UserName: source, PolicyName })))
  return [
    ...groups.Groups.map((g) => ({ label: `Add user to group ${g.GroupName}`, call: () => addUserToGroup(caller, { UserName: userName, GroupName: g.GroupName }) })),
    ...attached.AttachedPolicies.map((p) => ({
      label: `Attach policy ${p.PolicyName}`,
      call: () => attachUserPolicy(caller, { UserName: userName, PolicyArn: p.PolicyArn }),
    })),
    ...inlineDocuments.map((p) => ({
      label: `Add inline policy ${p.PolicyName}`,
      call: () => putUserPolicy(caller, { UserName: userName, PolicyName: p.PolicyName, PolicyDocument: p.PolicyDocument }),
    })),
  ]
}

