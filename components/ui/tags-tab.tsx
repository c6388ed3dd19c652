'use client'

import { useActionState } from 'react'
import { IDLE } from '@/lib/actions/form-state'
import { ActionButton, type ServerAction } from './action-button'
import { Button } from './button'
import { FormStatus } from './form-status'
import { inputClass } from './text-field'

/**
 * A resource's Tags tab: its tags with a Remove each (UntagX), and one Key / Value row to
 * add (TagX). Each change is its own call, as on a role's or a policy's page in AWS.
 */
export function TagsTab(props: {
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
                  <ActionButton action={props.untagAction} fields={{ ...props.fields, Key: t.Key }} label="Remove" accessibleName={`Remove tag ${t.Key}`} />
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
          <input name="Key" aria-label="Tag key" className={inputClass} />
        </label>
        <label>
          <span className="block font-bold">Value - optional</span>
          <input name="Value" aria-label="Tag value" className={inputClass} />
        </label>
        <Button type="submit" variant="primary" disabled={pending}>
          Add tag
        </Button>
      </form>
      <div className="mt-2 px-4">
        <FormStatus state={state} />
      </div>
    </div>
  )
}
