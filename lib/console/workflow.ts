// A console workflow is one button that makes several IAM calls (Delete policy detaches
// it everywhere, deletes its versions, then deletes it). IAM has no transaction across
// calls, so the runner asks the gate for every step before the first one changes
// anything: a caller refused any step changes nothing and gets that step's AccessDenied,
// as the gate words it. Each step then runs as its own lib/iam call, so its event is the
// one the single call writes. A step that fails after the gate allowed it (a conflict,
// an entity gone meanwhile) stops the run; the result says what was done and what was not.
import type { Caller } from '@/lib/iam/caller'
import { IamError, isIamError, type IamErrorCode } from '@/lib/iam/errors'
import type { IamOperation } from '@/lib/iam/operation'
import type { DenialDetails } from '@/lib/actions/form-state'
import { denialDetails } from '@/lib/actions/read-under-gate'

export interface WorkflowStep {
  /** What the console shows for the step, e.g. "Detach from user bob". */
  label: string
  /** Asks the gate what the call will ask. */
  authorize(caller: Caller): Promise<void>
  run(caller: Caller): Promise<unknown>
}

/** A step that is one call of a lib/iam operation. `resourceArn`: the ARN of an entity an earlier step creates. */
export function step<I>(label: string, operation: IamOperation<I, unknown>, input: I, resourceArn?: string): WorkflowStep {
  return {
    label,
    authorize: (caller) => operation.authorizeOnly(caller, input, resourceArn),
    run: (caller) => operation(caller, input),
  }
}

export type WorkflowStepStatus = 'done' | 'failed' | 'skipped'

export interface WorkflowStepReport {
  label: string
  status: WorkflowStepStatus
}

export interface WorkflowFailure {
  step: string
  code: IamErrorCode
  message: string
  field?: string
  denial?: DenialDetails
}

/** What a workflow did, step by step, as the console shows it. Plain data: it crosses to the client. */
export interface WorkflowResult {
  steps: WorkflowStepReport[]
  failure?: WorkflowFailure
}

/**
 * Asks the gate for every step, then runs them in order. Throws the first refusal (or
 * invalid input) before any change; after that, a failing step ends the run and is
 * reported in the result, the steps after it as skipped.
 */
export async function runWorkflow(caller: Caller, steps: readonly WorkflowStep[]): Promise<WorkflowResult> {
  for (const s of steps) await s.authorize(caller)
  const result: WorkflowResult = { steps: [] }
  for (const s of steps) {
    if (result.failure) {
      result.steps.push({ label: s.label, status: 'skipped' })
      continue
    }
    try {
      await s.run(caller)
      result.steps.push({ label: s.label, status: 'done' })
    } catch (error) {
      if (!isIamError(error)) throw error
      result.steps.push({ label: s.label, status: 'failed' })
      result.failure = failureOf(s.label, error)
      failureErrors.set(result, error)
    }
  }
  return result
}

// The failing step's own error (with its evaluation), for throwIfFailed; the result stays plain data.
const failureErrors = new WeakMap<WorkflowResult, IamError>()

function failureOf(label: string, error: IamError): WorkflowFailure {
  const denial = denialDetails(error)
  return {
    step: label,
    code: error.code,
    message: error.message,
    ...(error.field ? { field: error.field } : {}),
    ...(denial ? { denial } : {}),
  }
}

/**
 * For workflows whose button shows a form error rather than a report: the failure as an
 * IamError, saying what had already been done (there is no undo across calls).
 */
export function throwIfFailed(result: WorkflowResult, subject: string): void {
  const error = failureErrors.get(result)
  if (!error) return
  const done = result.steps.filter((s) => s.status === 'done').map((s) => s.label)
  if (done.length === 0) throw error
  throw new IamError(error.code, `${error.message} (Already done for ${subject}: ${done.join(', ')}.)`, {
    ...(error.field ? { field: error.field } : {}),
    ...(error.evaluation ? { evaluation: error.evaluation } : {}),
  })
}
