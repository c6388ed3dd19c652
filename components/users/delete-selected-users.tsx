'use client'

// The users list's "Delete": the user chosen with its row's check box, confirmed by
// typing its name in the same dialog as the user's page, and deleted by the same server
// action (dependents first, in AWS's order). The check boxes are plain inputs of the
// server-rendered table; this button follows them.
import type { ServerAction } from '@/components/ui/action-button'
import { useEffect, useState } from 'react'
import { Button } from '@/components/ui/button'
import { ConfirmDeleteDialog } from '@/components/ui/confirm-delete-dialog'

export const USER_SELECT_ATTRIBUTE = 'data-select-user'

export function DeleteSelectedUsers({ action }: { action: ServerAction }) {
  const [selected, setSelected] = useState<string[]>([])
  useEffect(() => {
    const update = () => setSelected([...document.querySelectorAll<HTMLInputElement>(`input[${USER_SELECT_ATTRIBUTE}]:checked`)].map((i) => i.value))
    document.addEventListener('change', update)
    update()
    return () => document.removeEventListener('change', update)
  }, [])

  const [only] = selected
  if (selected.length !== 1 || only === undefined) {
    return (
      <span className="flex items-center gap-2">
        {selected.length > 1 ? <span className="text-sm text-console-muted">Select one user to delete.</span> : null}
        <Button disabled>Delete</Button>
      </span>
    )
  }
  return (
    <ConfirmDeleteDialog key={only} action={action} fields={{ UserName: only }} entityName={only} entityLabel="user name" title={`Delete ${only}?`}>
      <p>
        Deleting this user removes, in order, its access keys, console password, MFA devices, inline policies, attached policies and group memberships,
        then the user. This can&apos;t be undone.
      </p>
    </ConfirmDeleteDialog>
  )
}
