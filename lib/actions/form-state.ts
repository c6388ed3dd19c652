// What a console server action returns to its form (useActionState). Plain data only:
// it crosses the server/client boundary.
import type { ExplainedStatement } from '@/lib/policy/explain/statement-conditions'
import type { ContextKeyType, Decision, PolicyType, UnmatchedStatement } from '@/lib/policy/types'

/** The evaluation behind an AccessDenied, so the console can show the deciding policy one click away. */
export interface DenialDetails {
  decision: 'explicitDeny' | 'implicitDeny'
  decidingPolicyType: PolicyType | null
  /** The statements that apply to the request (explain mode: all of them, Allow and Deny), each with its conditions beside the request's values. */
  statements: ExplainedStatement[]
  /** The statements that name the action but did not apply, each with what failed. */
  unmatched: UnmatchedStatement[]
  /** What each policy type present said, for the evaluation path. */
  details: Partial<Record<PolicyType, Decision>>
  /** The request as the gate evaluated it, for "Open in policy simulator". */
  request?: DeniedRequest
}

/** A refused request: who asked, for what, and the context values the gate put in it. */
export interface DeniedRequest {
  principalArn: string
  action: string
  resource: string
  context: { key: string; type: ContextKeyType; values: string[] }[]
}

export type FormState =
  | { status: 'idle' }
  /** `result`: what the operation returned that the page shows once (e.g. a generated password). */
  | { status: 'success'; message?: string; result?: unknown }
  | {
      status: 'error'
      /** AWS's error code: AccessDenied, EntityAlreadyExists, ValidationError, ... */
      code: string
      message: string
      /** The form field that caused it (AWS's parameter name, e.g. "UserName"). */
      field?: string
      /** Input validation messages per field, before anything reached lib/iam. */
      fieldErrors?: Record<string, string[]>
      denial?: DenialDetails
    }

export const IDLE: FormState = { status: 'idle' }
