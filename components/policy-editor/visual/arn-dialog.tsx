'use client'
// "Specify ARNs" for one resource type: a field for each part of the type's ARN format,
// each with "Any" (*), and the Resource ARN they make, which can also be typed directly.
import { useEffect, useId, useRef, useState } from 'react'
import { Button } from '@/components/ui/button'
import { inputClass } from '@/components/ui/text-field'
import type { VisualModule } from './visual-catalogue-module'

export function ArnDialog(props: { visual: VisualModule; resourceType: string; format: string; open: boolean; onAdd: (arn: string) => void; onClose: () => void }) {
  const { visual, format } = props
  const dialog = useRef<HTMLDialogElement>(null)
  const id = useId()
  const parts = visual.arnParts(format)
  const [values, setValues] = useState<Record<string, string>>({ Partition: 'aws' })
  const [any, setAny] = useState<Record<string, boolean>>({})
  const [typed, setTyped] = useState<string | null>(null)

  useEffect(() => {
    const d = dialog.current
    if (!d) return
    if (props.open && !d.open) {
      setValues({ Partition: 'aws' })
      setAny({})
      setTyped(null)
      d.showModal()
    } else if (!props.open && d.open) d.close()
  }, [props.open])

  const built = visual.buildArn(format, Object.fromEntries(parts.map((p) => [p, any[p] ? '' : (values[p] ?? '').trim()])))
  const complete = parts.every((p) => any[p] || (values[p] ?? '').trim() !== '')
  const arn = typed ?? built
  const canAdd = typed !== null ? typed.trim() !== '' : complete
  return (
    <dialog ref={dialog} aria-label="Specify ARNs" onClose={props.onClose} className="m-auto w-full max-w-xl rounded-lg border border-console-line p-5 backdrop:bg-black/40">
      <h2 className="text-lg font-bold">Specify ARNs</h2>
      <p className="text-sm text-console-muted">
        Resource type: {props.resourceType} <span className="font-mono">{format}</span>
      </p>
      <div className="mt-3 space-y-3">
        {parts.map((p) => {
          const label = visual.arnPartLabel(p)
          return (
            <div key={p}>
              <label htmlFor={`${id}-${p}`} className="block font-bold">
                {label}
              </label>
              <div className="flex items-center gap-3">
                <input
                  id={`${id}-${p}`}
                  className={inputClass}
                  disabled={any[p] || typed !== null}
                  value={any[p] ? '*' : (values[p] ?? '')}
                  onChange={(e) => setValues({ ...values, [p]: e.target.value })}
                />
                <label className="shrink-0 whitespace-nowrap">
                  <input type="checkbox" disabled={typed !== null} checked={any[p] ?? false} onChange={(e) => setAny({ ...any, [p]: e.target.checked })} /> Any {label.toLowerCase()}
                </label>
              </div>
            </div>
          )
        })}
        <div>
          <label htmlFor={`${id}-arn`} className="block font-bold">
            Resource ARN
          </label>
          <input id={`${id}-arn`} className={`font-mono ${inputClass}`} value={arn} onChange={(e) => setTyped(e.target.value)} />
        </div>
      </div>
      <div className="mt-4 flex justify-end gap-2">
        <Button onClick={props.onClose}>Cancel</Button>
        <Button variant="primary" disabled={!canAdd} onClick={() => props.onAdd(arn.trim())}>
          Add ARNs
        </Button>
      </div>
    </dialog>
  )
}
