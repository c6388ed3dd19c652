'use client'

import { useActionState } from 'react'
import type { ServerAction } from '@/components/ui/action-button'
import { Button } from '@/components/ui/button'
import { fieldErrorOf, FormStatus } from '@/components/ui/form-status'
import { TextField } from '@/components/ui/text-field'
import { IDLE } from '@/lib/actions/form-state'
import { ROLE_COLOR_CHOICES } from './role-colors'

const FIELDS = ['account', 'roleName', 'displayName', 'color']

/** AWS's Switch Role form: Account ID, IAM role name, Display name - optional, Display color - optional. */
export function SwitchRoleForm({ action, defaults }: { action: ServerAction; defaults: { account: string; roleName: string; displayName: string } }) {
  const [state, formAction, pending] = useActionState(action, IDLE)
  return (
    <form action={formAction} className="mt-4 space-y-4">
      <TextField label="Account ID" name="account" defaultValue={defaults.account} required constraint="A 12-digit account ID or the account alias." error={fieldErrorOf(state, 'account')} />
      <TextField label="IAM role name" name="roleName" defaultValue={defaults.roleName} required constraint="The role's name, with its path if it has one (path/name)." error={fieldErrorOf(state, 'roleName')} />
      <TextField
        label="Display name - optional"
        name="displayName"
        defaultValue={defaults.displayName}
        maxLength={64}
        constraint="Shown in the navigation bar while the role is active. Maximum 64 characters; by default role @ account."
        error={fieldErrorOf(state, 'displayName')}
      />
      <fieldset>
        <legend className="font-bold">Display color - optional</legend>
        <div className="mt-1 flex flex-wrap gap-3">
          {ROLE_COLOR_CHOICES.map((c) => (
            <label key={c.value} className="flex items-center gap-1">
              <input type="radio" name="color" value={c.value} defaultChecked={c.value === 'none'} />
              <span className={`rounded px-2 ${c.value === 'none' ? 'border border-gray-400' : c.className}`}>{c.label}</span>
            </label>
          ))}
        </div>
      </fieldset>
      <FormStatus state={state} fields={FIELDS} />
      <div className="flex justify-end">
        <Button type="submit" variant="primary" disabled={pending}>
          Switch Role
        </Button>
      </div>
    </form>
  )
}
