// Gate-coverage cases for the inline policy pages of users, groups and roles. Puts write
// a policy name of their own on the gate-coverage entities; deletes target a missing one.
import * as groupInline from '@/app/(console)/groups/[groupName]/inline-policies/actions'
import * as roleInline from '@/app/(console)/roles/[roleName]/inline-policies/actions'
import * as userInline from '@/app/(console)/users/[userName]/inline-policies/actions'
import type { Caller } from '@/lib/iam/caller'
import { callActionAs } from '@/tests/support/call-action-as'

const DOC = JSON.stringify({ Version: '2012-10-17', Statement: [{ Effect: 'Allow', Action: 'iam:GetUser', Resource: '*' }] })
const PUT = { PolicyName: 'cov-u2-inline', PolicyDocument: DOC }
const DELETE = { PolicyName: 'cov-u2-missing-inline' }
const U = 'app/(console)/users/[userName]/inline-policies/actions.ts'
const G = 'app/(console)/groups/[groupName]/inline-policies/actions.ts'
const R = 'app/(console)/roles/[roleName]/inline-policies/actions.ts'

export const INLINE_POLICIES_ACTION_CASES: Record<string, (caller: Caller) => Promise<unknown>> = {
  [`${U}#putUserPolicyAction`]: (c) => callActionAs(c, userInline.putUserPolicyAction, { UserName: 'cov-user', ...PUT }),
  [`${U}#deleteUserPolicyAction`]: (c) => callActionAs(c, userInline.deleteUserPolicyAction, { UserName: 'cov-user', ...DELETE }),
  [`${G}#putGroupPolicyAction`]: (c) => callActionAs(c, groupInline.putGroupPolicyAction, { GroupName: 'cov-group', ...PUT }),
  [`${G}#deleteGroupPolicyAction`]: (c) => callActionAs(c, groupInline.deleteGroupPolicyAction, { GroupName: 'cov-group', ...DELETE }),
  [`${R}#putRolePolicyAction`]: (c) => callActionAs(c, roleInline.putRolePolicyAction, { RoleName: 'cov-role', ...PUT }),
  [`${R}#deleteRolePolicyAction`]: (c) => callActionAs(c, roleInline.deleteRolePolicyAction, { RoleName: 'cov-role', ...DELETE }),
}
