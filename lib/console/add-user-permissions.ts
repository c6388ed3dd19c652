// Add permissions (and Add user to groups) for an existing user: one AddUserToGroup per
// chosen group, or one AttachUserPolicy per chosen policy, or the permissions of another
// user (copy-permissions.ts). All of a choice's calls are asked of the gate before the
// first: a caller refused one of them changes nothing.
import type { Caller } from '@/lib/iam/caller'
import { addUserToGroup, attachUserPolicy } from '@/lib/iam'
import { copyPermissions } from './copy-permissions'
import { nameOfArn } from '@/lib/iam/arn'
import { runWorkflow, step, type WorkflowResult } from './workflow'

export type TAddUserPermissionsInput =
  | { permissionsOption: 'group'; GroupNames: string[] }
  | { permissionsOption: 'attach'; PolicyArns: string[] }
  | { permissionsOption: 'copy'; CopyFrom: string }

export function addUserPermissions(caller: Caller, UserName: string, input: TAddUserPermissionsInput): Promise<WorkflowResult> {
  switch (input.permissionsOption) {
    case 'group':
      return runWorkflow(caller, input.GroupNames.map((GroupName) => step(`Add user to group ${GroupName}`, addUserToGroup, { UserName, GroupName })))
    case 'attach':
      return runWorkflow(caller, input.PolicyArns.map((PolicyArn) => step(`Attach policy ${nameOfArn(PolicyArn)}`, attachUserPolicy, { UserName, PolicyArn })))
    case 'copy':
      return copyPermissions(caller, UserName, input.CopyFrom)
  }
}
