'use client'
// My security credentials > "Console sign-in": when the password was last changed and
// "Update console password" (ChangePassword, the user's own; the account password
// policy is checked and each unmet rule listed).
import type { ServerAction } from '@/components/ui/action-button'
import { useState } from 'react'
import { Button } from '@/components/ui/button'
import { Panel } from '@/components/ui/panel'
import { ChangePasswordForm } from './change-password-form'

export function ConsolePasswordPanel({
  signInUrl,
  passwordLastChanged,
  action,
}: {
  signInUrl: string
  passwordLastChanged: string | null
  action: ServerAction
}) {
  const [editing, setEditing] = useState(false)
  return (
    <Panel title="Console sign-in" actions={editing ? null : <Button onClick={() => setEditing(true)}>Update console password</Button>}>
      <dl className="grid grid-cols-2 gap-4">
        <div>
          <dt className="text-sm text-console-muted">Console sign-in link</dt>
          <dd className="break-all">{signInUrl}</dd>
        </div>
        <div>
          <dt className="text-sm text-console-muted">Console password</dt>
          <dd>{passwordLastChanged ? `Updated ${new Date(passwordLastChanged).toUTCString()}` : 'Set'}</dd>
        </div>
      </dl>
      {editing ? (
        <div className="mt-4">
          <ChangePasswordForm action={action} then="stay" submitLabel="Update password" />
          <Button variant="link" className="mt-2" onClick={() => setEditing(false)}>
            Cancel
          </Button>
        </div>
      ) : null}
    </Panel>
  )
}
