// Gate-coverage cases for the Roles pages' server actions: how to call each as a given
// caller. They act on the gate-coverage test's entities (cov-role, cov-policy) or, for
// destructive actions, on names no other case uses, so root's calls change nothing the
// other cases rely on (NoSuchEntity past the gate is an answer, not a bypass).
import * as roles from '@/app/(console)/roles/actions'
import type { Caller } from '@/lib/iam/caller'
import { callActionAs } from '@/tests/support/call-action-as'

const R = 'cov-role'
const MISSING = 'cov-u2-missing-role'
const AWS_POLICY = 'arn:aws:iam::aws:policy/ReadOnlyAccess'
const TRUST = JSON.stringify({ Version: '2012-10-17', Statement: [{ Effect: 'Allow', Principal: { Service: 'ec2.amazonaws.com' }, Action: 'sts:AssumeRole' }] })
const F = 'app/(console)/roles/actions.ts'

export const ROLES_ACTION_CASES: Record<string, (caller: Caller) => Promise<unknown>> = {
  [`${F}#createRoleAction`]: (c) =>
    callActionAs(c, roles.createRoleAction, { RoleName: 'cov-u2-role', AssumeRolePolicyDocument: TRUST, 'PolicyArns[]': [AWS_POLICY], 'tagKeys[]': ['team'], 'tagValues[]': ['iam'] }),
  [`${F}#deleteRoleAction`]: (c) => callActionAs(c, roles.deleteRoleAction, { RoleName: MISSING }),
  [`${F}#updateRoleMaxSessionDurationAction`]: (c) => callActionAs(c, roles.updateRoleMaxSessionDurationAction, { RoleName: R, MaxSessionDuration: '7200' }),
  [`${F}#updateAssumeRolePolicyAction`]: (c) => callActionAs(c, roles.updateAssumeRolePolicyAction, { RoleName: R, PolicyDocument: TRUST }),
  [`${F}#attachRolePoliciesAction`]: (c) => callActionAs(c, roles.attachRolePoliciesAction, { RoleName: MISSING, 'PolicyArns[]': [AWS_POLICY] }),
  [`${F}#detachRolePolicyAction`]: (c) => callActionAs(c, roles.detachRolePolicyAction, { RoleName: MISSING, PolicyArn: AWS_POLICY }),
  [`${F}#putRolePermissionsBoundaryAction`]: (c) => callActionAs(c, roles.putRolePermissionsBoundaryAction, { RoleName: MISSING, PermissionsBoundary: AWS_POLICY }),
  [`${F}#deleteRolePermissionsBoundaryAction`]: (c) => callActionAs(c, roles.deleteRolePermissionsBoundaryAction, { RoleName: MISSING }),
  [`${F}#tagRoleAction`]: (c) => callActionAs(c, roles.tagRoleAction, { RoleName: MISSING, Key: 'k', Value: 'v' }),
  [`${F}#revokeRoleSessionsAction`]: (c) => callActionAs(c, roles.revokeRoleSessionsAction, { RoleName: MISSING }),
  [`${F}#untagRoleAction`]: (c) => callActionAs(c, roles.untagRoleAction, { RoleName: MISSING, Key: 'k' }),
}
