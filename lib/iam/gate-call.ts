// For operations not built with defineIamOperation (listUsers, which takes its database
// as a dependency): ask the gate and record the decision in the event history, allowed
// or denied, in one call.
import type { Db } from '@/lib/db/client'
import { writeAuditEvent } from './audit'
import type { Caller } from './caller'
import { isIamError } from './errors'
import { authorizeIn, type Decision } from './gate'
import type { RequestContext } from './request-context'

export async function gateCall(
  db: Db,
  caller: Caller,
  call: { eventName: string; readOnly: boolean; resourceArn: string; requestParameters?: unknown; context?: RequestContext },
): Promise<Decision> {
  const entry = { caller, eventName: call.eventName, readOnly: call.readOnly, requestParameters: call.requestParameters, resources: [call.resourceArn] }
  try {
    const decision = await authorizeIn(db, caller, `iam:${call.eventName}`, call.resourceArn, call.context ?? {})
    await writeAuditEvent(db, entry)
    return decision
  } catch (error) {
    if (isIamError(error)) await writeAuditEvent(db, { ...entry, errorCode: error.code, errorMessage: error.message })
    throw error
  }
}
