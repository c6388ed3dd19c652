import { IamErrorAlert } from '@/components/iam-error-alert'
import { errorState } from '@/lib/actions/console-action'
import type { DenialDetails } from '@/lib/actions/form-state'
import { isIamError } from '@/lib/iam/errors'

export interface PageErrorDetails {
  code: string
  message: string
  denial?: DenialDetails | undefined
}

/**
 * Calls a read operation for a page; expected IAM errors (AccessDenied with its deciding
 * statement, NoSuchEntity, ...) are shown, anything else goes to the error page.
 */
export async function loadOrError<T>(load: () => Promise<T>): Promise<{ data: T; error: null } | { data: null; error: PageErrorDetails }> {
  try {
    return { data: await load(), error: null }
  } catch (error) {
    if (!isIamError(error) || error.code === 'ServiceFailure') throw error
    const state = errorState(error)
    return state.status === 'error'
      ? { data: null, error: { code: state.code, message: state.message, denial: state.denial } }
      : { data: null, error: { code: error.code, message: error.message } }
  }
}

export function PageError({ error }: { error: PageErrorDetails }) {
  return <IamErrorAlert code={error.code} message={error.message} denial={error.denial} />
}
