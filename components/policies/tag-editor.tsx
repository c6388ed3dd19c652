'use client'
// A resource's Tags tab: the tags, Remove for each, and one Key/Value row to add.
import { useActionState } from 'react'
import { IDLE } from '@/lib/actions/form-state'
import { ActionButton, type ServerAction } from './action-button'
import { PRIMARY_BUTTON, TEXT_INPUT } from './button-classes'
import { FormError } from './form-error'

export function TagEditor(props: {
  tags: { Key: string; Value: string }[]
  /** The resource's identifying field(s), e.g. { RoleName } or { PolicyArn }. */
  fields: Record<string, string>
  tagAction: ServerAction
  untagAction: ServerAction
}) {
  const [state, formAction, pending] = useActionState(props.tagAction, IDLE)
  return (
    <div>
      <table className="w-full border-collapse text-left">
        <thead>
          <tr className="border-b border-console-line">
            <th scope="col" className="px-4 py-2">Key</th>
            <th scope="col" className="px-4 py-2">Value</th>
            <th scope="col" className="px-4 py-2" />
          </tr>
        </thead>
        <tbody>
          {props.tags.length === 0 ? (
            <tr>
              <td colSpan={3} className="px-4 py-6 text-center text-console-muted">No tags associated with the resource.</td>
            </tr>
          ) : (
            props.tags.map((t) => (
              <tr key={t.Key} className="border-b border-console-line">
                <td className="px-4 py-2">{t.Key}</td>
                <td className="px-4 py-2">{t.Value || '-'}</td>
                <td className="px-4 py-2 text-right">
                  <ActionButton action={props.untagAction} fields={{ ...props.fields, Key: t.Key }} label="Remove" ariaLabel={`Remove tag ${t.Key}`} />
                </td>
              </tr>
            ))
          )}
        </tbody>
      </table>
      <form action={formAction} className="mt-4 flex items-end gap-2 px-4">
        {Object.entries(props.fields).map(([n, v]) => (
          <input key={n} type="hidden" name={n} value={v} />
        ))}
        <label>
          <span className="block font-bold">Key</span>
          <input name="Key" aria-label="Tag key" className={TEXT_INPUT} />
        </label>
        <label>
          <span className="block font-bold">Value - optional</span>
          <input name="Value" aria-label="Tag value" className={TEXT_INPUT} />
        </label>
        <button type="submit" className={PRIMARY_BUTTON} disabled={pending}>
          Add tag
        </button>
      </form>
      <div className="mt-2 px-4">
        <FormError state={state} />
      </div>
    </div>
  )
}
