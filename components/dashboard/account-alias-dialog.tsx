'use client'
// The dashboard's "Create" / "Edit" next to Account alias, as the AWS console has them:
// one dialog with the preferred alias, saved with CreateAccountAlias (a new alias replaces
// the old one). AWS's error (EntityAlreadyExists, the alias rules, AccessDenied with its
// explanation) shows in the dialog; on success the dialog closes and the page shows the
// new alias and sign-in URL.
import { useActionState, useEffect, useRef } from 'react'
import type { ServerAction } from '@/components/ui/action-button'
import { Button } from '@/components/ui/button'
import { fieldErrorOf, FormStatus } from '@/components/ui/form-status'
import { TextField } from '@/components/ui/text-field'
import { IDLE } from '@/lib/actions/form-state'

export function AccountAliasDialog({ action, accountId, currentAlias }: { action: ServerAction; accountId: string; currentAlias: string | null }) {
  const dialog = useRef<HTMLDialogElement>(null)
  const [state, formAction, pending] = useActionState(action, IDLE)
  useEffect(() => {
    if (state.status === 'success') dialog.current?.close()
  }, [state])
  const editing = currentAlias !== null
  const title = editing ? 'Edit account alias' : 'Create alias for AWS account'
  return (
    <>
      <Button variant="link" aria-label={editing ? 'Edit account alias' : 'Create account alias'} onClick={() => dialog.current?.showModal()}>
        {editing ? 'Edit' : 'Create'}
      </Button>
      <dialog ref={dialog} aria-label={title} className="m-auto w-full max-w-xl rounded-lg border border-console-line p-0 backdrop:bg-black/40">
        <form action={formAction} className="space-y-4 px-6 py-5">
          <h2 className="text-xl font-bold">{title}</h2>
          <p>
            An alias for the account ID {accountId} makes the sign-in URL for IAM users easier to remember. An account has one alias: a new
            alias replaces the current one, and the sign-in URL that contains the current alias stops working.
          </p>
          <TextField
            label="Preferred alias"
            name="AccountAlias"
            defaultValue={currentAlias ?? ''}
            autoComplete="off"
            required
            constraint="The alias must be unique across all accounts. It can have 3 to 63 characters: lowercase letters, digits and hyphens (-), not at the start or end and never two in a row."
            error={fieldErrorOf(state, 'AccountAlias')}
          />
          <FormStatus state={state} fields={['AccountAlias']} />
          <div className="flex justify-end gap-2">
            <Button variant="link" onClick={() => dialog.current?.close()}>
              Cancel
            </Button>
            <Button type="submit" variant="primary" disabled={pending}>
              {editing ? 'Save changes' : 'Create alias'}
            </Button>
          </div>
        </form>
      </dialog>
    </>
  )
}
