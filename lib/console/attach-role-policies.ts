// A role's Add permissions > Attach policies: one AttachRolePolicy per chosen policy,
// all asked of the gate before the first, so a caller refused one attaches none.
import type { Caller } from '@/lib/iam/caller'
import { attachRolePolicy } from '@/lib/iam'
import { nameOfArn } from '@/lib/iam/arn'
import { runWorkflow, step, type WorkflowResult } from './workflow'

export function attachRolePolicies(caller: Caller, RoleName: string, PolicyArns: string[]): Promise<WorkflowResult> {
  return runWorkflow(caller, PolicyArns.map((PolicyArn) => step(`Attach policy ${nameOfArn(PolicyArn)}`, attachRolePolicy, { RoleName, PolicyArn })))
}
