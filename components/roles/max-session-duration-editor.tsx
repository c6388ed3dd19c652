'use client'
// Summary's "Maximum session duration" with Edit: AWS's choices (1 hour default, 2, 4, 8,
// 12 hours) or a custom duration between 1 and 12 hours, sent to UpdateRole in seconds.
import { Button } from '@/components/ui/button'
import { inputClass } from '@/components/ui/text-field'
import { useActionState, useState } from 'react'
import type { ServerAction } from '@/components/ui/action-button'
import { FieldError, fieldErrorOf, FormStatus } from '@/components/ui/form-status'
import { IDLE } from '@/lib/actions/form-state'

const CHOICES = [3600, 7200, 14400, 28800, 43200]

export function durationText(seconds: number): string {
  const hours = Math.floor(seconds / 3600)
  const minutes = Math.round((seconds % 3600) / 60)
  const h = hours ? `${hours} hour${hours === 1 ? '' : 's'}` : ''
  const m = minutes ? `${minutes} minute${minutes === 1 ? '' : 's'}` : ''
  return [h, m].filter(Boolean).join(' ') || `${seconds} seconds`
}

export function MaxSessionDurationEditor(props: { roleName: string; seconds: number; action: ServerAction }) {
  const [editing, setEditing] = useState(false)
  const [choice, setChoice] = useState(CHOICES.includes(props.seconds) ? String(props.seconds) : 'custom')
  const [customHours, setCustomHours] = useState(String(props.seconds / 3600))
  const [state, formAction, pending] = useActionState(async (prev: Parameters<ServerAction>[0], data: FormData) => {
    const next = await props.action(prev, data)
    if (next.status === 'success') setEditing(false)
    return next
  }, IDLE)
  const seconds = choice === 'custom' ? Math.round(Number(customHours) * 3600) : Number(choice)
  if (!editing) {
    return (
      <span>
        <span>{durationText(props.seconds)}</span>{' '}
        <Button variant="link" aria-label="Edit maximum session duration" onClick={() => setEditing(true)}>
          Edit
        </Button>
        {state.status === 'success' ? <span className="ml-2 text-green-700">{state.message}</span> : null}
      </span>
    )
  }
  return (
    <form action={formAction} className="space-y-2">
      <input type="hidden" name="RoleName" value={props.roleName} />
      <input type="hidden" name="MaxSessionDuration" value={Number.isFinite(seconds) ? String(seconds) : ''} />
      <label className="block">
        <span className="block font-bold">Maximum session duration</span>
        <select className={inputClass} value={choice} onChange={(e) => setChoice(e.target.value)}>
          {CHOICES.map((s) => (
            <option key={s} value={s}>
              {durationText(s)}
              {s === 3600 ? ' (default)' : ''}
            </option>
          ))}
          <option value="custom">Custom duration</option>
        </select>
      </label>
      {choice === 'custom' ? (
        <label className="block">
          <span className="block font-bold">Custom duration (hours)</span>
          <input className={inputClass} type="number" min={1} max={12} step="any" value={customHours} onChange={(e) => setCustomHours(e.target.value)} />
          <span className="block text-sm text-console-muted">Enter a duration between 1 and 12 hours.</span>
        </label>
      ) : null}
      <FieldError error={fieldErrorOf(state, 'MaxSessionDuration')} />
      <FormStatus state={state} fields={['MaxSessionDuration']} />
      <div className="flex gap-2">
        <Button onClick={() => setEditing(false)}>
          Cancel
        </Button>
        <Button type="submit" variant="primary" disabled={pending}>
          Save changes
        </Button>
      </div>
    </form>
  )
}
