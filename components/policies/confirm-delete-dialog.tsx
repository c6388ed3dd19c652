'use client'
// AWS's delete confirmation: the Delete button stays disabled until the entity's name is
// typed into the field ("To confirm deletion, enter the ... name in the text input field").
import { useActionState, useRef, useState, type ReactNode } from 'react'
import { IDLE } from '@/lib/actions/form-state'
import type { ServerAction } from './action-button'
import { NORMAL_BUTTON, PRIMARY_BUTTON, TEXT_INPUT } from './button-classes'
import { FormError } from './form-error'

export function ConfirmDeleteDialog(props: {
  /** "Delete role", "Delete policy" */
  title: string
  /** What must be typed. */
  name: string
  /** "role name", "policy name" */
  nameLabel: string
  action: ServerAction
  fields: Record<string, string>
  children?: ReactNode
  buttonLabel?: string
  /** No entity chosen yet (a list's Delete with nothing selected). */
  disabled?: boolean
}) {
  const dialog = useRef<HTMLDialogElement>(null)
  const [typed, setTyped] = useState('')
  const [state, formAction, pending] = useActionState(props.action, IDLE)
  return (
    <>
      <button type="button" className={NORMAL_BUTTON} disabled={props.disabled} onClick={() => dialog.current?.showModal()}>
        {props.buttonLabel ?? 'Delete'}
      </button>
      <dialog ref={dialog} aria-label={props.title} className="m-auto w-full max-w-lg rounded-lg border border-console-line p-0 backdrop:bg-black/40">
        <form action={formAction} className="p-5">
          <h2 className="text-lg font-bold">
            {props.title.replace(/\?$/, '')} {props.name}?
          </h2>
          <div className="mt-3 space-y-2">{props.children}</div>
          {Object.entries(props.fields).map(([name, value]) => (
            <input key={name} type="hidden" name={name} value={value} />
          ))}
          <label className="mt-4 block">
            <span className="block">
              To confirm deletion, enter the {props.nameLabel} in the text input field.
            </span>
            <input
              value={typed}
              onChange={(e) => setTyped(e.target.value)}
              placeholder={props.name}
              aria-label={`Enter the ${props.nameLabel} to confirm deletion`}
              className={`mt-1 ${TEXT_INPUT}`}
            />
          </label>
          <div className="mt-3">
            <FormError state={state} />
          </div>
          <div className="mt-4 flex justify-end gap-2">
            <button type="button" className={NORMAL_BUTTON} onClick={() => dialog.current?.close()}>
              Cancel
            </button>
            <button type="submit" className={PRIMARY_BUTTON} disabled={typed !== props.name || pending}>
              Delete
            </button>
          </div>
        </form>
      </dialog>
    </>
  )
}
