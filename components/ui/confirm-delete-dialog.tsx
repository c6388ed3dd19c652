'use client'

import { useActionState, useRef, useState, type ReactNode } from 'react'
import { IDLE } from '@/lib/actions/form-state'
import type { ServerAction } from './action-button'
import { Button, type ButtonVariant } from './button'
import { FormStatus } from './form-status'
import { inputClass } from './text-field'

/**
 * AWS's delete confirmation: the dialog explains what goes with the entity, and "Delete"
 * stays disabled until the entity's name is typed. The action's error (AccessDenied with
 * its explanation, DeleteConflict) is shown inside the dialog, where the delete was tried.
 */
export function ConfirmDeleteDialog({
  action,
  fields,
  entityName,
  entityLabel,
  title,
  children,
  triggerLabel = 'Delete',
  triggerVariant = 'normal',
  triggerAccessibleName,
  triggerDisabled = false,
}: {
  action: ServerAction
  fields: Record<string, string>
  /** What must be typed to confirm. */
  entityName: string
  /** "user name", "group name": in "enter the user name in the text input field". */
  entityLabel: string
  title: string
  children?: ReactNode
  triggerLabel?: string
  triggerVariant?: ButtonVariant
  /** e.g. "Delete Admins" when a list has one "Delete" per row. */
  triggerAccessibleName?: string
  /** Nothing chosen to delete yet (a list's Delete with no row selected). */
  triggerDisabled?: boolean
}) {
  const dialog = useRef<HTMLDialogElement>(null)
  const [typed, setTyped] = useState('')
  const [state, formAction, pending] = useActionState(action, IDLE)
  return (
    <>
      <Button variant={triggerVariant} aria-label={triggerAccessibleName} disabled={triggerDisabled} onClick={() => dialog.current?.showModal()}>
        {triggerLabel}
      </Button>
      <dialog ref={dialog} aria-label={title} className="m-auto w-full max-w-xl rounded-lg border border-console-line p-0 backdrop:bg-black/40">
        <form action={formAction} className="space-y-4 px-6 py-5">
          <h2 className="text-xl font-bold">{title}</h2>
          {children}
          {Object.entries(fields).map(([name, value]) => (
            <input key={name} type="hidden" name={name} value={value} />
          ))}
          <label className="block">
            <span className="block">
              To confirm deletion, enter <span className="font-bold">{entityName}</span> in the text input field.
            </span>
            <input
              className={`mt-1 ${inputClass}`}
              value={typed}
              onChange={(e) => setTyped(e.target.value)}
              placeholder={entityName}
              aria-label={`Enter the ${entityLabel} to confirm deletion`}
              autoComplete="off"
            />
          </label>
          <FormStatus state={state} />
          <div className="flex justify-end gap-2">
            <Button variant="link" onClick={() => dialog.current?.close()}>
              Cancel
            </Button>
            <Button type="submit" variant="danger" disabled={typed !== entityName || pending}>
              {pending ? 'Deleting…' : 'Delete'}
            </Button>
          </div>
        </form>
      </dialog>
    </>
  )
}
