'use client'

import { useActionState } from 'react'
import { Button } from '@/components/ui/button'
import { fieldErrorOf, FormStatus } from '@/components/ui/form-status'
import { FieldError } from '@/components/ui/text-field'
import { IDLE, type FormState } from '@/lib/actions/form-state'

export function AddUserToGroupsForm({ userName, groups, action }: { userName: string; groups: string[]; action: (p: FormState, f: FormData) => Promise<FormState> }) {
  const [state, formAction, pending] = useActionState(action, IDLE)
  return (
    <form action={formAction} className="space-y-3">
      <input type="hidden" name="userName" value={userName} />
      {groups.length === 0 ? <p className="text-console-muted">No other groups to display.</p> : null}
      <ul className="space-y-1">
        {groups.map((g) => (
          <li key={g}>
            <label className="flex items-center gap-2">
              <input type="checkbox" name="groupNames[]" value={g} aria-label={g} />
              {g}
            </label>
          </li>
        ))}
      </ul>
      <FieldError error={fieldErrorOf(state, 'groupNames[]')} />
      <FormStatus state={state} fields={['groupNames[]']} />
      <Button type="submit" variant="primary" disabled={pending}>
        Add user to groups
      </Button>
    </form>
  )
}
