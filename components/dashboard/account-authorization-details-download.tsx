'use client'
// "Download account authorization details": the server action returns the account's
// GetAccountAuthorizationDetails snapshot as JSON text, and the browser saves it as a file
// a teacher can hand out; a refusal shows here with why.
import { useActionState, useEffect } from 'react'
import type { ServerAction } from '@/components/ui/action-button'
import { Button } from '@/components/ui/button'
import { FormStatus } from '@/components/ui/form-status'
import { IDLE } from '@/lib/actions/form-state'
import type { AccountAuthorizationDetailsFile } from '@/lib/console/download-account-authorization-details'
import { saveAsFile } from '@/components/ui/save-as-file'

export function AccountAuthorizationDetailsDownload({ action }: { action: ServerAction }) {
  const [state, formAction, pending] = useActionState(action, IDLE)
  const file = state.status === 'success' ? (state.result as AccountAuthorizationDetailsFile) : null
  useEffect(() => {
    if (file) saveAsFile(file.json, 'application/json', file.fileName)
  }, [file])
  return (
    <form action={formAction} className="space-y-2">
      <Button type="submit" disabled={pending}>
        {pending ? 'Preparing…' : 'Download account authorization details'}
      </Button>
      <FormStatus state={state} />
    </form>
  )
}
