// An administrator ends every console session of an IAM user at once.
//
// AWS has no API of its own for this. Its console's "Revoke active sessions" (roles)
// attaches the AWSRevokeOlderSessions inline policy, a Deny on aws:TokenIssueTime, so
// what AWS checks is iam:PutRolePolicy; for an IAM user the documented way is the same
// inline policy on the user ("Disabling permissions for temporary security credentials"),
// i.e. iam:PutUserPolicy on the user. We end the sessions directly (ConsoleSession
// rows are revocable) and gate it as that action, so a policy that lets someone put
// inline policies on a user, and only that, lets them end the user's sessions.
// The operation shares its action with putUserPolicy, so it is not in IAM_OPERATIONS
// (keyed by action); tests/integration/credentials/gate-coverage.test.ts covers it.
import { z } from 'zod'
import { existingEntityArn, requireUser } from '../entities'
import { defineIamOperation } from '../operation'
import { ZUserName } from '../schemas'
import { endConsoleSessions, ownSessionOf } from './end-console-sessions'

export const ZRevokeUserSessionsInput = z.object({ UserName: ZUserName })

export const revokeUserSessions = defineIamOperation({
  name: 'PutUserPolicy',
  readOnly: false,
  input: ZRevokeUserSessionsInput,
  resource: (db, input, caller) => existingEntityArn(db, caller, 'user', input.UserName),
  async run(tx, input, caller): Promise<{ RevokedSessionCount: number }> {
    const user = await requireUser(tx, caller, input.UserName)
    // The caller's own session survives only if the caller is that user.
    const keep = ownSessionOf(caller, user.id)
    return { RevokedSessionCount: await endConsoleSessions(tx, { accountId: caller.accountId, userId: user.id }, new Date(), keep) }
  },
})
