// "Copy permissions" (Create user and Add permissions): the source user's group
// memberships, attached managed policies and inline policies, each then added to the
// target by its own IAM request. Reading the source is gated like any read, and is done
// before any step, so a refused read changes nothing either.
import type { Caller } from '@/lib/iam/caller'
import { addUserToGroup, attachUserPolicy, getUserPolicy, listAttachedUserPolicies, listGroupsForUser, listUserPolicies, putUserPolicy } from '@/lib/iam'
import { runWorkflow, step, type WorkflowResult, type WorkflowStep } from './workflow'

/**
 * The steps that give `UserName` the source's groups, managed and inline policies.
 * `userArn`: the target's ARN when an earlier step creates it (Create user).
 */
export async function copiedPermissionSteps(caller: Caller, UserName: string, source: string, userArn?: string): Promise<WorkflowStep[]> {
  const [groups, attached, inline] = await Promise.all([
    listGroupsForUser(caller, { UserName: source, MaxItems: 1000 }),
    listAttachedUserPolicies(caller, { UserName: source, MaxItems: 1000 }),
    listUserPolicies(caller, { UserName: source, MaxItems: 1000 }),
  ])
  const inlineDocuments = await Promise.all(inline.PolicyNames.map((PolicyName) => getUserPolicy(caller, { UserName: source, PolicyName })))
  return [
    ...groups.Groups.map((g) => step(`Add user to group ${g.GroupName}`, addUserToGroup, { UserName, GroupName: g.GroupName })),
    ...attached.AttachedPolicies.map((p) => step(`Attach policy ${p.PolicyName}`, attachUserPolicy, { UserName, PolicyArn: p.PolicyArn }, userArn)),
    ...inlineDocuments.map((p) =>
      step(`Add inline policy ${p.PolicyName}`, putUserPolicy, { UserName, PolicyName: p.PolicyName, PolicyDocument: p.PolicyDocument }, userArn)),
  ]
}

/** Add permissions > Copy permissions, for an existing user. */
export async function copyPermissions(caller: Caller, UserName: string, source: string): Promise<WorkflowResult> {
  return runWorkflow(caller, await copiedPermissionSteps(caller, UserName, source))
}
