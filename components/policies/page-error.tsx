import { IamErrorAlert } from '@/components/iam-error-alert'
import { isIamError } from '@/lib/iam/errors'

/** Calls a read operation for a page; expected IAM errors are shown, anything else goes to the error page. */
export async function loadOrError<T>(load: () => Promise<T>): Promise<{ data: T; error: null } | { data: null; error: { code: string; message: string } }> {
  try {
    return { data: await load(), error: null }
  } catch (error) {
    if (isIamError(error) && error.code !== 'ServiceFailure') return { data: null, error: { code: error.code, message: error.message } }
    throw error
  }
}

export function PageError({ error }: { error: { code: string; message: string } }) {
  return <IamErrorAlert code={error.code} message={error.message} />
}
