'use client'
// One button that runs one server action with fixed fields (Detach, Set as default,
// Remove ...). It stays visible whatever the principal may do; a denial is shown right
// where it was clicked.
import { useActionState } from 'react'
import { IDLE, type FormState } from '@/lib/actions/form-state'
import { NORMAL_BUTTON } from './button-classes'
import { FormError } from './form-error'

export type ServerAction = (previous: FormState, formData: FormData) => Promise<FormState>

export function ActionButton(props: {
  action: ServerAction
  fields: Record<string, string>
  label: string
  /** Accessible name when the visible label is ambiguous in a table ("Detach ReadOnlyAccess"). */
  ariaLabel?: string
  className?: string
}) {
  const [state, formAction, pending] = useActionState(props.action, IDLE)
  return (
    <form action={formAction} className="inline-block">
      {Object.entries(props.fields).map(([name, value]) => (
        <input key={name} type="hidden" name={name} value={value} />
      ))}
      <button type="submit" disabled={pending} aria-label={props.ariaLabel} className={props.className ?? NORMAL_BUTTON}>
        {props.label}
      </button>
      {state.status === 'error' ? (
        <div className="mt-2 max-w-xl text-left">
          <FormError state={state} />
        </div>
      ) : null}
    </form>
  )
}
