// Pages read through lib/iam, so a read can be denied like any action. A denied (or
// otherwise refused) read is shown as AWS's error in place of the content it would fill;
// anything that is not an IAM answer is a bug and goes to the error page.
import { IamErrorAlert } from '@/components/iam-error-alert'
import type { DenialDetails } from '@/lib/actions/form-state'
import { isIamError } from '@/lib/iam/errors'

export interface ReadFailure {
  code: string
  message: string
  denial?: DenialDetails
}

export type GatedRead<T> = { ok: true; value: T } | { ok: false; error: ReadFailure }

export async function gatedRead<T>(read: () => Promise<T>): Promise<GatedRead<T>> {
  try {
    return { ok: true, value: await read() }
  } catch (error) {
    if (!isIamError(error)) throw error
    // The same denial details as console-action's errorState, without importing it: this
    // module is also imported (for its types) next to client components.
    const e = error.evaluation
    const denial: DenialDetails | undefined =
      e && e.decision !== 'allowed' ? { decision: e.decision, decidingPolicyType: e.decidingPolicyType, statements: e.matchedStatements } : undefined
    return { ok: false, error: { code: error.code, message: error.message, ...(denial ? { denial } : {}) } }
  }
}

export function ReadFailureAlert({ error }: { error: ReadFailure }) {
  return <IamErrorAlert code={error.code} message={error.message} denial={error.denial} />
}
