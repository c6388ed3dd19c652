// Gate-coverage cases for the Policies pages' server actions. Destructive ones target a
// policy that does not exist, so root's calls change nothing other cases rely on.
import * as policies from '@/app/(console)/policies/actions'
import type { Caller } from '@/lib/iam/caller'
import { callActionAs } from '@/tests/support/call-action-as'

const F = 'app/(console)/policies/actions.ts'
const DOC = JSON.stringify({ Version: '2012-10-17', Statement: [{ Effect: 'Allow', Action: 'iam:GetUser', Resource: '*' }] })
const missing = (c: Caller) => `arn:aws:iam::${c.accountId}:policy/cov-u2-missing-policy`

export const POLICIES_ACTION_CASES: Record<string, (caller: Caller) => Promise<unknown>> = {
  [`${F}#createPolicyAction`]: (c) => callActionAs(c, policies.createPolicyAction, { PolicyName: 'cov-u2-policy', PolicyDocument: DOC, 'tagKeys[]': ['team'], 'tagValues[]': ['iam'] }),
  [`${F}#createPolicyVersionAction`]: (c) => callActionAs(c, policies.createPolicyVersionAction, { PolicyArn: missing(c), PolicyDocument: DOC, SetAsDefault: 'on' }),
  [`${F}#setDefaultPolicyVersionAction`]: (c) => callActionAs(c, policies.setDefaultPolicyVersionAction, { PolicyArn: missing(c), VersionId: 'v1' }),
  [`${F}#deletePolicyVersionAction`]: (c) => callActionAs(c, policies.deletePolicyVersionAction, { PolicyArn: missing(c), VersionId: 'v2' }),
  [`${F}#deletePolicyAction`]: (c) => callActionAs(c, policies.deletePolicyAction, { PolicyArn: missing(c) }),
  [`${F}#attachPolicyToEntityAction`]: (c) => callActionAs(c, policies.attachPolicyToEntityAction, { PolicyArn: missing(c), EntityType: 'Role', EntityName: 'cov-u2-missing-role' }),
  [`${F}#detachPolicyFromEntityAction`]: (c) => callActionAs(c, policies.detachPolicyFromEntityAction, { PolicyArn: missing(c), EntityType: 'User', EntityName: 'cov-u2-missing-user' }),
  [`${F}#tagPolicyAction`]: (c) => callActionAs(c, policies.tagPolicyAction, { PolicyArn: missing(c), Key: 'k', Value: 'v' }),
  [`${F}#untagPolicyAction`]: (c) => callActionAs(c, policies.untagPolicyAction, { PolicyArn: missing(c), Key: 'k' }),
}
