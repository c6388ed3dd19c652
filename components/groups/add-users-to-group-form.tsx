'use client'

import { useActionState } from 'react'
import { Button } from '@/components/ui/button'
import { fieldErrorOf, FormStatus } from '@/components/ui/form-status'
import { FieldError } from '@/components/ui/text-field'
import { IDLE, type FormState } from '@/lib/actions/form-state'

export function AddUsersToGroupForm({ groupName, users, action }: { groupName: string; users: string[]; action: (p: FormState, f: FormData) => Promise<FormState> }) {
  const [state, formAction, pending] = useActionState(action, IDLE)
  return (
    <form action={formAction} className="space-y-3">
      <input type="hidden" name="groupName" value={groupName} />
      {users.length === 0 ? <p className="text-console-muted">No other users to display.</p> : null}
      <ul className="space-y-1">
        {users.map((u) => (
          <li key={u}>
            <label className="flex items-center gap-2">
              <input type="checkbox" name="userNames[]" value={u} aria-label={u} />
              {u}
            </label>
          </li>
        ))}
      </ul>
      <FieldError error={fieldErrorOf(state, 'userNames[]')} />
      <FormStatus state={state} fields={['userNames[]']} />
      <Button type="submit" variant="primary" disabled={pending}>
        Add users
      </Button>
    </form>
  )
}
