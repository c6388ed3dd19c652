// The console's Create role: CreateRole (with its boundary and tags), then one
// AttachRolePolicy per chosen permissions policy. The attachments are asked of the gate
// with the new role's ARN before the role is created, so a caller refused one of them
// creates no role.
import type { Caller } from '@/lib/iam/caller'
import { nameOfArn, roleArn } from '@/lib/iam/arn'
import { attachRolePolicy, createRole } from '@/lib/iam'
import { runWorkflow, step, type WorkflowResult } from './workflow'

export type TCreateRoleWorkflowInput = Parameters<typeof createRole>[1] & { PolicyArns: string[] }

export function createRoleWithPolicies(caller: Caller, input: TCreateRoleWorkflowInput): Promise<WorkflowResult> {
  const { PolicyArns, ...role } = input
  const RoleName = role.RoleName
  const newRoleArn = roleArn(caller.accountId, role.Path ?? '/', RoleName)
  return runWorkflow(caller, [
    step(`Create role ${RoleName}`, createRole, role),
    ...PolicyArns.map((PolicyArn) => step(`Attach policy ${nameOfArn(PolicyArn)}`, attachRolePolicy, { RoleName, PolicyArn }, newRoleArn)),
  ])
}
