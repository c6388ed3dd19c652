'use client'

import type { ServerAction } from '@/components/ui/action-button'
import Link from 'next/link'
import { useActionState, useState } from 'react'
import { PolicyPicker } from '@/components/policy-picker/policy-picker'
import type { PolicyPickerItem } from '@/components/policy-picker/policy-picker-item'
import { Button, buttonClass } from '@/components/ui/button'
import { fieldErrorOf, FormStatus } from '@/components/ui/form-status'
import { FieldError } from '@/components/ui/text-field'
import { ReadResultView } from '@/components/read-result-view'
import { IDLE } from '@/lib/actions/form-state'
import type { ReadResult } from '@/lib/actions/read-under-gate'

const OPTIONS = [
  { value: 'group', label: 'Add user to group' },
  { value: 'copy', label: 'Copy permissions' },
  { value: 'attach', label: 'Attach policies directly' },
] as const

/** "Add permissions" on a user: the same three options as Create user's step 2. */
export function AddPermissionsForm(props: {
  userName: string
  groups: ReadResult<string[]>
  users: ReadResult<string[]>
  policies: ReadResult<PolicyPickerItem[]>
  attachedArns: string[]
  action: ServerAction
}) {
  const [state, formAction, pending] = useActionState(props.action, IDLE)
  const [option, setOption] = useState<'group' | 'copy' | 'attach'>('attach')
  return (
    <form action={formAction} className="space-y-4">
      <input type="hidden" name="UserName" value={props.userName} />
      <fieldset className="rounded-lg border border-console-line bg-white px-5 py-4">
        <legend className="sr-only">Permissions options</legend>
        <h2 className="text-lg font-bold">Permissions options</h2>
        <div className="mt-3 flex gap-3">
          {OPTIONS.map((o) => (
            <label key={o.value} className={`flex items-center gap-2 rounded-md border px-3 py-2 ${option === o.value ? 'border-console-link bg-[#f2f8fd]' : 'border-console-line'}`}>
              <input type="radio" name="permissionsOption" value={o.value} checked={option === o.value} onChange={() => setOption(o.value)} />
              <span className="font-bold">{o.label}</span>
            </label>
          ))}
        </div>
      </fieldset>
      {option === 'group' ? (
        <div className="rounded-lg border border-console-line bg-white px-5 py-4">
          <h3 className="text-lg font-bold">User groups</h3>
          <ReadResultView result={props.groups} />
          <ul className="mt-2 space-y-1">
            {(props.groups.ok ? props.groups.value : []).map((g) => (
              <li key={g}>
                <label className="flex items-center gap-2">
                  <input type="checkbox" name="GroupNames[]" value={g} aria-label={g} />
                  {g}
                </label>
              </li>
            ))}
          </ul>
          <FieldError error={fieldErrorOf(state, 'GroupNames[]')} />
        </div>
      ) : null}
      {option === 'copy' ? (
        <div className="rounded-lg border border-console-line bg-white px-5 py-4">
          <h3 className="text-lg font-bold">Users</h3>
          <ReadResultView result={props.users} />
          <ul className="mt-2 space-y-1">
            {(props.users.ok ? props.users.value : []).map((u) => (
              <li key={u}>
                <label className="flex items-center gap-2">
                  <input type="radio" name="CopyFrom" value={u} aria-label={u} />
                  {u}
                </label>
              </li>
            ))}
          </ul>
          <FieldError error={fieldErrorOf(state, 'CopyFrom')} />
        </div>
      ) : null}
      {option === 'attach' ? (
        <div>
          <ReadResultView result={props.policies}>{(items) => <PolicyPicker items={items} excludeArns={props.attachedArns} />}</ReadResultView>
          <FieldError error={fieldErrorOf(state, 'PolicyArns[]')} />
        </div>
      ) : null}
      <FormStatus state={state} fields={['GroupNames[]', 'CopyFrom', 'PolicyArns[]']} />
      <div className="flex justify-end gap-2">
        <Link href={`/users/${encodeURIComponent(props.userName)}`} className={buttonClass('link')}>
          Cancel
        </Link>
        <Button type="submit" variant="primary" disabled={pending}>
          Add permissions
        </Button>
      </div>
    </form>
  )
}
