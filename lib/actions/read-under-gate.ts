// Pages read through lib/iam, so a read can be refused like any action. A refused read
// (AccessDenied with its deciding statement, NoSuchEntity, ServiceFailure, ...) becomes
// AWS's error as plain data, shown in place of what it would have filled while the rest
// of the page renders; anything that is not an IAM answer is a bug and goes to the error
// page. Plain data because a result may be passed on to client components; for the same
// reason this module imports neither console-action nor next/headers.
import { isIamError, type IamError, type IamErrorCode } from '@/lib/iam/errors'
import { withConditions } from '@/lib/policy/explain/statement-conditions'
import type { DenialDetails } from './form-state'

/** An IamError as plain data: its code, message, the field that caused it and, for AccessDenied, why. */
export interface IamErrorDetails {
  code: IamErrorCode
  message: string
  /** AWS's parameter name (e.g. "UserName"), which is also the name of the form control. */
  field?: string
  denial?: DenialDetails
}

export type ReadResult<T> = { ok: true; value: T } | { ok: false; error: IamErrorDetails }

export function iamErrorDetails(error: IamError): IamErrorDetails {
  const denial = denialDetails(error)
  return {
    code: error.code,
    message: error.message,
    ...(error.field ? { field: error.field } : {}),
    ...(denial ? { denial } : {}),
  }
}

/** Why an AccessDenied was refused, as plain data; undefined for any other error. */
export function denialDetails(error: IamError): DenialDetails | undefined {
  const e = error.evaluation
  if (!e || e.decision === 'allowed') return undefined
  const r = error.request
  return {
    decision: e.decision,
    decidingPolicyType: e.decidingPolicyType,
    statements: r && error.policies ? withConditions(e.matchedStatements, error.policies, r.context) : e.matchedStatements.map((m) => ({ ...m, conditions: [] })),
    unmatched: e.unmatchedStatements ?? [],
    details: e.details,
    ...(r ? {
      request: {
        principalArn: r.principal.arn,
        action: r.action,
        resource: r.resource,
        context: Object.entries(r.context).map(([key, v]) => ({ key, type: v.type, values: v.values })),
      },
    } : {}),
  }
}

export async function readUnderGate<T>(read: () => Promise<T>): Promise<ReadResult<T>> {
  try {
    return { ok: true, value: await read() }
  } catch (error) {
    if (!isIamError(error)) throw error
    return { ok: false, error: iamErrorDetails(error) }
  }
}
