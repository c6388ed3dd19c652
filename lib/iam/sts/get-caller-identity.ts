// sts:GetCallerIdentity: "No permissions are required to perform this operation" (STS
// API Reference); the engine allows it without reading a policy, and the gate is asked
// all the same so the call is decided where every other one is.
import type { Caller } from '../caller'
import { iamDatabase } from '../database'
import { recordAuditEvent } from '../audit'
import { authorize } from '../gate'
import { validationErrorOf } from '../schemas'
import { stsEvent } from './sts-event'
import { ZGetCallerIdentityInput } from './sts-schemas'

export interface GetCallerIdentityResponse {
  UserId: string
  Account: string
  Arn: string
}

/** UserId as AWS gives it: the user's AIDA id, ROLEID:SESSION for a role session, the account id for root. */
export function userIdOf(caller: Caller): string {
  return caller.kind === 'user' ? caller.userId : caller.kind === 'assumed-role' ? `${caller.roleId}:${caller.sessionName}` : caller.accountId
}

export async function getCallerIdentity(caller: Caller, rawInput: Record<string, never> = {}): Promise<GetCallerIdentityResponse> {
  const parsed = ZGetCallerIdentityInput.safeParse(rawInput ?? {})
  if (!parsed.success) throw validationErrorOf(parsed.error, rawInput)
  await authorize(caller, 'sts:GetCallerIdentity', '*')
  const response = { UserId: userIdOf(caller), Account: caller.accountId, Arn: caller.arn }
  await recordAuditEvent(iamDatabase(), stsEvent('GetCallerIdentity', caller, rawInput))
  return response
}
