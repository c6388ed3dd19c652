'use client'

import { useActionState } from 'react'
import { type ServerAction } from '@/components/ui/action-button'
import { Button } from '@/components/ui/button'
import { FieldError, fieldErrorOf, FormStatus } from '@/components/ui/form-status'
import { IDLE } from '@/lib/actions/form-state'

/**
 * Adds group memberships from one side: the users to add to a group (its Users panel), or
 * the groups to add a user to (the user's Groups tab). One checkbox per name not yet a member.
 */
export function GroupMembershipForm({
  fixed,
  choices,
  choiceField,
  emptyMessage,
  submitLabel,
  action,
}: {
  /** The side that stays the same, e.g. { GroupName } or { UserName }. */
  fixed: Record<string, string>
  choices: string[]
  /** "UserNames[]" or "GroupNames[]". */
  choiceField: string
  emptyMessage: string
  submitLabel: string
  action: ServerAction
}) {
  const [state, formAction, pending] = useActionState(action, IDLE)
  return (
    <form action={formAction} className="space-y-3">
      {Object.entries(fixed).map(([name, value]) => (
        <input key={name} type="hidden" name={name} value={value} />
      ))}
      {choices.length === 0 ? <p className="text-console-muted">{emptyMessage}</p> : null}
      <ul className="space-y-1">
        {choices.map((c) => (
          <li key={c}>
            <label className="flex items-center gap-2">
              <input type="checkbox" name={choiceField} value={c} aria-label={c} />
              {c}
            </label>
          </li>
        ))}
      </ul>
      <FieldError error={fieldErrorOf(state, choiceField)} />
      <FormStatus state={state} fields={[choiceField]} />
      <Button type="submit" variant="primary" disabled={pending}>
        {submitLabel}
      </Button>
    </form>
  )
}
