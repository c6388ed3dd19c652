// Create user group: CreateGroup, then one AddUserToGroup per chosen user and one
// AttachGroupPolicy per chosen policy. All of them are asked of the gate, on the new
// group's ARN, before CreateGroup: a caller refused one of them creates no group.
import type { Caller } from '@/lib/iam/caller'
import { groupArn, nameOfArn } from '@/lib/iam/arn'
import { addUserToGroup, attachGroupPolicy, createGroup } from '@/lib/iam'
import { runWorkflow, step, type WorkflowResult } from './workflow'

export function createGroupWithMembers(caller: Caller, input: { GroupName: string; UserNames: string[]; PolicyArns: string[] }): Promise<WorkflowResult> {
  const { GroupName } = input
  const newGroupArn = groupArn(caller.accountId, '/', GroupName)
  return runWorkflow(caller, [
    step(`Create group ${GroupName}`, createGroup, { GroupName }),
    ...input.UserNames.map((UserName) => step(`Add user ${UserName}`, addUserToGroup, { GroupName, UserName }, newGroupArn)),
    ...input.PolicyArns.map((PolicyArn) => step(`Attach policy ${nameOfArn(PolicyArn)}`, attachGroupPolicy, { GroupName, PolicyArn }, newGroupArn)),
  ])
}
