'use client'

import { useActionState, useEffect, useRef, useState } from 'react'
import type { ServerAction } from '@/components/ui/action-button'
import { Button } from '@/components/ui/button'
import { Choice } from '@/components/ui/choice'
import { FormStatus } from '@/components/ui/form-status'
import { IDLE } from '@/lib/actions/form-state'

const ACKNOWLEDGEMENT = 'I acknowledge that I am revoking all active sessions for this role.'

/** The role page's "Revoke active sessions": AWS's confirmation, enabled once the acknowledgement is checked. */
export function RevokeSessionsDialog({ roleName, action }: { roleName: string; action: ServerAction }) {
  const dialog = useRef<HTMLDialogElement>(null)
  const [acknowledged, setAcknowledged] = useState(false)
  const [state, formAction, pending] = useActionState(action, IDLE)
  // Done: the dialog closes and the outcome shows on the page; an error stays in the dialog.
  useEffect(() => {
    if (state.status === 'success') dialog.current?.close()
  }, [state])
  return (
    <>
      <Button variant="danger" onClick={() => dialog.current?.showModal()}>
        Revoke active sessions
      </Button>
      {state.status === 'success' ? <div className="mt-3"><FormStatus state={state} /></div> : null}
      <dialog ref={dialog} aria-label="Revoke active sessions?" className="m-auto w-full max-w-xl rounded-lg border border-console-line p-0 backdrop:bg-black/40">
        <form action={formAction} className="space-y-4 px-6 py-5">
          <h2 className="text-xl font-bold">Revoke active sessions?</h2>
          <p>
            Revoking active sessions for <span className="font-bold">{roleName}</span> denies all permissions to anyone using credentials issued for this role before now.
            Sessions assumed after this moment are not affected. AWS adds the inline policy AWSRevokeOlderSessions to the role.
          </p>
          <input type="hidden" name="RoleName" value={roleName} />
          <Choice type="checkbox" label={ACKNOWLEDGEMENT} checked={acknowledged} onChange={(e) => setAcknowledged(e.target.checked)} />
          {state.status === 'error' ? <FormStatus state={state} /> : null}
          <div className="flex justify-end gap-2">
            <Button variant="link" onClick={() => dialog.current?.close()}>
              Cancel
            </Button>
            <Button type="submit" variant="danger" disabled={!acknowledged || pending}>
              Revoke active sessions
            </Button>
          </div>
        </form>
      </dialog>
    </>
  )
}
