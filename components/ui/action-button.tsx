'use client'

import { useActionState } from 'react'
import { IDLE, type FormState } from '@/lib/actions/form-state'
import { Button, type ButtonVariant } from './button'
import { FormStatus } from './form-status'

/** A server action as useActionState takes it: the previous state and the submitted form. */
export type ServerAction = (previous: FormState, formData: FormData) => Promise<FormState>

/**
 * One button that runs one server action with fixed fields ("Remove", "Remove boundary"),
 * with its outcome (AccessDenied and its explanation, or the success note) right there.
 * Always shown, also to principals who may not use it: the gate answers, not the UI.
 */
export function ActionButton({
  action,
  fields,
  label,
  accessibleName,
  variant = 'normal',
}: {
  action: ServerAction
  fields: Record<string, string>
  label: string
  /** e.g. "Remove IAMReadOnlyAccess" when many rows have a "Remove". */
  accessibleName?: string
  variant?: ButtonVariant
}) {
  const [state, formAction, pending] = useActionState(action, IDLE)
  return (
    <form action={formAction} className="inline-block space-y-2 align-top">
      {Object.entries(fields).map(([name, value]) => (
        <input key={name} type="hidden" name={name} value={value} />
      ))}
      <Button type="submit" variant={variant} disabled={pending} aria-label={accessibleName}>
        {label}
      </Button>
      <FormStatus state={state} />
    </form>
  )
}
