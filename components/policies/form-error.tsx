// The error of a server action, shown where it was tried: the field's own message at the
// field (fieldErrors, or lib/iam's error when it names this field), else the IAM alert.
import { IamErrorAlert } from '@/components/iam-error-alert'
import type { FormState } from '@/lib/actions/form-state'

/** The message for one form field, from input validation or from the IAM error naming it. */
export function fieldError(state: FormState, field: string): string | undefined {
  if (state.status !== 'error') return undefined
  const own = state.fieldErrors?.[field]?.join(' ')
  if (own) return own
  return state.field === field ? state.message : undefined
}

/** The alert for an error no visible field owns (AccessDenied, DeleteConflict, ...). */
export function FormError({ state, fields = [] }: { state: FormState; fields?: string[] }) {
  if (state.status !== 'error') return null
  if (state.field && fields.includes(state.field)) return null
  if (state.fieldErrors && Object.keys(state.fieldErrors).some((f) => fields.includes(f))) return null
  return <IamErrorAlert code={state.code} message={state.message} denial={state.denial} />
}
