// Gate-coverage cases for the user groups pages' server actions (see users.cases.ts).
import * as groupsActions from '@/app/(console)/groups/actions'
import * as groupActions from '@/app/(console)/groups/[groupName]/actions'
import type { Caller } from '@/lib/iam/caller'
import { callActionAs } from '@/tests/support/call-action-as'

const READ_ONLY = 'arn:aws:iam::aws:policy/IAMReadOnlyAccess'

export const GROUPS_ACTION_CASES: Record<string, (caller: Caller) => Promise<unknown>> = {
  'app/(console)/groups/actions.ts#createGroupAction': (caller) =>
    callActionAs(caller, groupsActions.createGroupAction, { GroupName: 'GateCaseGroup', 'UserNames[]': ['bob'], 'PolicyArns[]': [READ_ONLY] }),
  'app/(console)/groups/actions.ts#deleteGroupAction': (caller) => callActionAs(caller, groupsActions.deleteGroupAction, { GroupName: 'Developers' }),
  'app/(console)/groups/[groupName]/actions.ts#addUsersToGroupAction': (caller) =>
    callActionAs(caller, groupActions.addUsersToGroupAction, { GroupName: 'Auditors', 'UserNames[]': ['bob'] }),
  'app/(console)/groups/[groupName]/actions.ts#removeUserFromThisGroupAction': (caller) =>
    callActionAs(caller, groupActions.removeUserFromThisGroupAction, { GroupName: 'Auditors', UserName: 'carol' }),
  'app/(console)/groups/[groupName]/actions.ts#attachGroupPoliciesAction': (caller) =>
    callActionAs(caller, groupActions.attachGroupPoliciesAction, { GroupName: 'Developers', 'PolicyArns[]': [READ_ONLY] }),
  'app/(console)/groups/[groupName]/actions.ts#detachGroupPolicyAction': (caller) =>
    callActionAs(caller, groupActions.detachGroupPolicyAction, { GroupName: 'Auditors', PolicyArn: READ_ONLY }),
  'app/(console)/groups/[groupName]/actions.ts#deleteGroupInlinePolicyAction': (caller) =>
    callActionAs(caller, groupActions.deleteGroupInlinePolicyAction, { GroupName: 'Auditors', PolicyName: 'NoSuchInlinePolicy' }),
}
