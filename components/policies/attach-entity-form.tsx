'use client'
// Entities attached > Attach: a user, group or role by name.
import { Button } from '@/components/ui/button'
import { inputClass } from '@/components/ui/text-field'
import { useActionState } from 'react'
import { IDLE } from '@/lib/actions/form-state'
import type { ServerAction } from '@/components/ui/action-button'
import { FieldError, fieldErrorOf, FormStatus } from '@/components/ui/form-status'

export function AttachEntityForm({ policyArn, action }: { policyArn: string; action: ServerAction }) {
  const [state, formAction, pending] = useActionState(action, IDLE)
  return (
    <form action={formAction} className="mt-6">
      <h3 className="font-bold">Attach</h3>
      <input type="hidden" name="PolicyArn" value={policyArn} />
      <div className="mt-2 flex items-end gap-2">
        <label>
          <span className="block text-sm font-bold">Entity type</span>
          <select name="EntityType" className={inputClass} defaultValue="User">
            <option value="User">User</option>
            <option value="Group">Group</option>
            <option value="Role">Role</option>
          </select>
        </label>
        <label>
          <span className="block text-sm font-bold">Entity name</span>
          <input name="EntityName" className={inputClass} />
        </label>
        <Button type="submit" variant="primary" disabled={pending}>
          Attach policy
        </Button>
      </div>
      <FieldError error={fieldErrorOf(state, 'EntityName')} />
      <div className="mt-2">
        <FormStatus state={state} fields={['EntityName']} />
      </div>
    </form>
  )
}
