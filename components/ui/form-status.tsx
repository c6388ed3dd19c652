import { IamErrorAlert } from '@/components/iam-error-alert'
import type { FormState } from '@/lib/actions/form-state'

/**
 * The outcome of an action, where it was tried: AWS's error (with the deciding policy for
 * AccessDenied) or the success message. Errors that belong to one field are shown at the
 * field instead (fieldErrorOf), unless `includeFieldErrors`.
 */
export function FormStatus({ state, fields = [] }: { state: FormState; fields?: string[] }) {
  if (state.status === 'success') {
    return state.message ? (
      <p role="status" className="rounded-md border border-green-700 bg-green-50 px-4 py-2 text-green-900">
        {state.message}
      </p>
    ) : null
  }
  if (state.status !== 'error') return null
  if (state.fieldErrors && fields.some((f) => state.fieldErrors?.[f])) return null
  if (state.field && fields.includes(state.field) && state.code !== 'AccessDenied') return null
  return <IamErrorAlert code={state.code} message={state.message} denial={state.denial} />
}

/**
 * The message to show at a field: zod's message for it, or the IAM error whose `field` it
 * is (form fields carry AWS's parameter names, so an IamError's field names its control).
 */
export function fieldErrorOf(state: FormState, field: string): string | undefined {
  if (state.status !== 'error') return undefined
  const own = state.fieldErrors?.[field]?.[0]
  if (own) return own
  if (state.field === field && state.code !== 'AccessDenied') return state.message
  return undefined
}

// Field errors are usually shown next to the field's own control; re-exported here for forms that import both.
export { FieldError } from './text-field'
