// The role page's "Revoke active sessions", as AWS's console does it: the inline policy
// AWSRevokeOlderSessions on the role, denying everything to credentials issued before
// now (IAM User Guide, "Revoke IAM role temporary security credentials"); sessions
// assumed afterwards are not affected. A second revocation moves the time forward.
// What AWS checks is iam:PutRolePolicy on the role, so this operation is gated as that
// action; sharing it with putRolePolicy, it is not in IAM_OPERATIONS (keyed by action).
import { z } from 'zod'
import { existingEntityArn } from '../entities'
import { putInlinePolicy } from '../inline-policies/inline-policy-store'
import { defineIamOperation } from '../operation'
import { ZRoleName } from '../schemas'

export const REVOKE_OLDER_SESSIONS_POLICY_NAME = 'AWSRevokeOlderSessions'

/** The policy AWS's console writes, with the moment of revocation to the millisecond. */
export function revokeOlderSessionsPolicy(revokedAt: Date): string {
  return JSON.stringify({
    Version: '2012-10-17',
    Statement: [{ Effect: 'Deny', Action: '*', Resource: '*', Condition: { DateLessThan: { 'aws:TokenIssueTime': revokedAt.toISOString() } } }],
  })
}

export const ZRevokeRoleSessionsInput = z.strictObject({ RoleName: ZRoleName })

export const revokeRoleSessions = defineIamOperation({
  name: 'PutRolePolicy',
  readOnly: false,
  input: ZRevokeRoleSessionsInput,
  resource: (db, input, caller) => existingEntityArn(db, caller, 'role', input.RoleName),
  async run(tx, input, caller): Promise<{ PolicyName: string; RevokedBefore: Date }> {
    const revokedAt = new Date()
    await putInlinePolicy(tx, caller, 'role', input.RoleName, REVOKE_OLDER_SESSIONS_POLICY_NAME, revokeOlderSessionsPolicy(revokedAt))
    return { PolicyName: REVOKE_OLDER_SESSIONS_POLICY_NAME, RevokedBefore: revokedAt }
  },
})
