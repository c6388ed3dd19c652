'use client'
// Tag rows (Key, Value) for a create form: fields tagKey[] and tagValue[], read by
// tagsFromForm. AWS allows 50 tags per resource.
import { buttonClass } from '@/components/ui/button'
import { inputClass } from '@/components/ui/text-field'
import { useState } from 'react'

export function TagFields({ error }: { error?: string | undefined }) {
  const [rows, setRows] = useState<number[]>([])
  const [next, setNext] = useState(0)
  return (
    <fieldset className="mt-4">
      <legend className="font-bold">Tags - optional</legend>
      <p className="text-sm text-console-muted">Tags are key-value pairs that you can add to AWS resources to help identify, organize, or search for resources.</p>
      {rows.length === 0 ? <p className="mt-2 text-console-muted">No tags associated with the resource.</p> : null}
      {rows.map((row, index) => (
        <div key={row} className="mt-2 flex items-end gap-2">
          <label className="flex-1">
            <span className="block text-sm font-bold">Key</span>
            <input name="tagKey[]" aria-label={`Tag ${index + 1} key`} className={inputClass} />
          </label>
          <label className="flex-1">
            <span className="block text-sm font-bold">Value - optional</span>
            <input name="tagValue[]" aria-label={`Tag ${index + 1} value`} className={inputClass} />
          </label>
          <button type="button" className={buttonClass('normal')} onClick={() => setRows(rows.filter((r) => r !== row))}>
            Remove
          </button>
        </div>
      ))}
      <button
        type="button"
        className={`mt-2 ${buttonClass('normal')}`}
        disabled={rows.length >= 50}
        onClick={() => {
          setRows([...rows, next])
          setNext(next + 1)
        }}
      >
        Add new tag
      </button>
      <p className="mt-1 text-sm text-console-muted">You can add up to {50 - rows.length} more tags.</p>
      {error ? <p className="mt-1 text-sm text-red-700">{error}</p> : null}
    </fieldset>
  )
}
