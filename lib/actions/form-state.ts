// What a console server action returns to its form (useActionState). Plain data only:
// it crosses the server/client boundary.
import type { MatchedStatement, PolicyType } from '@/lib/policy/types'

/** The evaluation behind an AccessDenied, so the console can show the deciding policy one click away. */
export interface DenialDetails {
  decision: 'explicitDeny' | 'implicitDeny'
  decidingPolicyType: PolicyType | null
  statements: MatchedStatement[]
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
