// Edit policy > Save changes: a new version. With 5 versions already, the console has
// the user pick a non-default version to delete first (DeleteVersionId). Both calls are
// asked of the gate before the delete, so a caller refused CreatePolicyVersion keeps
// the version it picked.
import type { Caller } from '@/lib/iam/caller'
import { createPolicyVersion, deletePolicyVersion } from '@/lib/iam'
import { runWorkflow, step, type WorkflowResult } from './workflow'

export interface TSavePolicyVersionInput {
  PolicyArn: string
  PolicyDocument: string
  SetAsDefault: boolean
  DeleteVersionId?: string
}

export function savePolicyVersion(caller: Caller, input: TSavePolicyVersionInput): Promise<WorkflowResult> {
  const { PolicyArn, DeleteVersionId } = input
  return runWorkflow(caller, [
    ...(DeleteVersionId ? [step(`Delete version ${DeleteVersionId}`, deletePolicyVersion, { PolicyArn, VersionId: DeleteVersionId })] : []),
    step('Create version', createPolicyVersion, { PolicyArn, PolicyDocument: input.PolicyDocument, SetAsDefault: input.SetAsDefault }),
  ])
}
