'use client'
// Entities attached > Attach: a user, group or role by name.
import { useActionState } from 'react'
import { IDLE } from '@/lib/actions/form-state'
import type { ServerAction } from './action-button'
import { PRIMARY_BUTTON, TEXT_INPUT } from './button-classes'
import { fieldError, FormError } from './form-error'

export function AttachEntityForm({ policyArn, action }: { policyArn: string; action: ServerAction }) {
  const [state, formAction, pending] = useActionState(action, IDLE)
  return (
    <form action={formAction} className="mt-6">
      <h3 className="font-bold">Attach</h3>
      <input type="hidden" name="PolicyArn" value={policyArn} />
      <div className="mt-2 flex items-end gap-2">
        <label>
          <span className="block text-sm font-bold">Entity type</span>
          <select name="EntityType" className={TEXT_INPUT} defaultValue="User">
            <option value="User">User</option>
            <option value="Group">Group</option>
            <option value="Role">Role</option>
          </select>
        </label>
        <label>
          <span className="block text-sm font-bold">Entity name</span>
          <input name="EntityName" className={TEXT_INPUT} />
        </label>
        <button type="submit" className={PRIMARY_BUTTON} disabled={pending}>
          Attach policy
        </button>
      </div>
      {fieldError(state, 'EntityName') ? <p className="mt-1 text-sm text-red-700">{fieldError(state, 'EntityName')}</p> : null}
      <div className="mt-2">
        <FormError state={state} fields={['EntityName']} />
      </div>
    </form>
  )
}
