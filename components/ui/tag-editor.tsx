'use client'

import { useState } from 'react'
import { Button } from './button'
import { inputClass } from './text-field'

export interface TagRow {
  key: string
  value: string
}

/** AWS: up to 50 tags per IAM resource (IAM User Guide, "Tagging IAM resources"). */
export const MAX_TAGS = 50

/**
 * The console's tag editor: Key / Value - optional rows, "Add new tag", "Remove". Submits
 * the rows in order as tagKeys[] and tagValues[], read by tagsOfRows (lib/actions/form-fields.ts).
 */
export function TagEditor({
  initial = [],
  errors = {},
}: {
  initial?: TagRow[]
  errors?: Record<number, string>
}) {
  const [rows, setRows] = useState<(TagRow & { id: number })[]>(initial.map((t, i) => ({ ...t, id: i })))
  const [nextId, setNextId] = useState(initial.length)
  const update = (id: number, change: Partial<TagRow>) => setRows((all) => all.map((r) => (r.id === id ? { ...r, ...change } : r)))
  return (
    <div>
      {rows.length === 0 ? <p className="text-console-muted">No tags associated with the resource.</p> : null}
      <ul className="space-y-2">
        {rows.map((row, index) => (
          <li key={row.id} className="grid grid-cols-[1fr_1fr_auto] items-start gap-3">
            <label>
              <span className="block text-sm font-bold">Key</span>
              <input
                name="tagKeys[]"
                className={inputClass}
                value={row.key}
                maxLength={128}
                onChange={(e) => update(row.id, { key: e.target.value })}
                aria-label={`Tag key ${index + 1}`}
              />
              {errors[index] ? <span className="mt-1 block text-sm font-semibold text-red-700">{errors[index]}</span> : null}
            </label>
            <label>
              <span className="block text-sm font-bold">Value - optional</span>
              <input
                name="tagValues[]"
                className={inputClass}
                value={row.value}
                maxLength={256}
                onChange={(e) => update(row.id, { value: e.target.value })}
                aria-label={`Tag value ${index + 1}`}
              />
            </label>
            <Button className="mt-5" onClick={() => setRows((all) => all.filter((r) => r.id !== row.id))} aria-label={`Remove tag ${index + 1}`}>
              Remove
            </Button>
          </li>
        ))}
      </ul>
      <div className="mt-3 flex items-center gap-3">
        <Button
          disabled={rows.length >= MAX_TAGS}
          onClick={() => {
            setRows((all) => [...all, { key: '', value: '', id: nextId }])
            setNextId((n) => n + 1)
          }}
        >
          Add new tag
        </Button>
        <span className="text-sm text-console-muted">You can add up to {MAX_TAGS - rows.length} more tags.</span>
      </div>
    </div>
  )
}
