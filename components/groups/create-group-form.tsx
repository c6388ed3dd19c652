'use client'

import type { ServerAction } from '@/components/ui/action-button'
import Link from 'next/link'
import { startTransition, useActionState, type FormEvent } from 'react'
import { PolicyPicker } from '@/components/policy-picker/policy-picker'
import type { PolicyPickerItem } from '@/components/policy-picker/policy-picker-item'
import { ReadResultView } from '@/components/read-result-view'
import { Button, buttonClass } from '@/components/ui/button'
import { fieldErrorOf, FormStatus } from '@/components/ui/form-status'
import { Panel } from '@/components/ui/panel'
import { TextField } from '@/components/ui/text-field'
import { IDLE } from '@/lib/actions/form-state'
import type { ReadResult } from '@/lib/actions/read-under-gate'

/** Create user group: name, "Add users to the group - Optional", "Attach permissions policies - Optional". */
export function CreateGroupForm({ users, policies, action }: { users: ReadResult<string[]>; policies: ReadResult<PolicyPickerItem[]>; action: ServerAction }) {
  const [state, formAction, pending] = useActionState(action, IDLE)
  // Submitted in a transition so React keeps the fields when the server answers with an error.
  const submit = (event: FormEvent<HTMLFormElement>) => {
    event.preventDefault()
    const data = new FormData(event.currentTarget)
    startTransition(() => formAction(data))
  }
  return (
    <form onSubmit={submit} className="space-y-5">
      <Panel title="Name the group">
        <TextField
          className="max-w-xl"
          label="User group name"
          name="GroupName"
          description="Enter a meaningful name to identify this group."
          constraint="Maximum 128 characters. Use alphanumeric and '+=,.@-_' characters."
          error={fieldErrorOf(state, 'GroupName')}
          autoComplete="off"
        />
      </Panel>
      <Panel title={`Add users to the group - Optional (${users.ok ? users.value.length : 0})`} description="An IAM user is an entity that you create in AWS to represent the person or application that uses it to interact with AWS.">
        <ReadResultView result={users}>
          {(names) =>
            names.length ? (
              <ul className="space-y-1">
                {names.map((u) => (
                  <li key={u}>
                    <label className="flex items-center gap-2">
                      <input type="checkbox" name="UserNames[]" value={u} aria-label={u} />
                      {u}
                    </label>
                  </li>
                ))}
              </ul>
            ) : (
              <p className="text-console-muted">No users to display.</p>
            )
          }
        </ReadResultView>
      </Panel>
      <div>
        <h2 className="mb-2 text-lg font-bold">Attach permissions policies - Optional</h2>
        <ReadResultView result={policies}>{(items) => <PolicyPicker items={items} />}</ReadResultView>
      </div>
      <FormStatus state={state} fields={['GroupName']} />
      <div className="flex justify-end gap-2">
        <Link href="/groups" className={buttonClass('link')}>
          Cancel
        </Link>
        <Button type="submit" variant="primary" disabled={pending}>
          Create user group
        </Button>
      </div>
    </form>
  )
}
