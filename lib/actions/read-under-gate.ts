// Pages read through lib/iam, so a read can be refused like any action. A refused read
// (AccessDenied with its deciding statement, NoSuchEntity, ServiceFailure, ...) becomes
// AWS's error as plain data, shown in place of what it would have filled while the rest
// of the page renders; anything that is not an IAM answer is a bug and goes to the error
// page. Plain data because a result may be passed on to client components; for the same
// reason this module imports neither console-action nor next/headers.
import { isIamError, type IamError, type IamErrorCode } from '@/lib/iam/errors'
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
  const e = error.evaluation
  return {
    code: error.code,
    message: error.message,
    ...(error.field ? { field: error.field } : {}),
    ...(e && e.decision !== 'allowed' ? { denial: { decision: e.decision, decidingPolicyType: e.decidingPolicyType, statements: e.matchedStatements } } : {}),
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
