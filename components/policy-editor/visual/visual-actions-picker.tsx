'use client'
// "Actions allowed" (or denied): the service's actions grouped by access level, with a
// filter, and "All <service> actions". Actions the policy names that the service's list
// does not hold (a typo, a newer action) stay listed under "Other actions" until removed.
import { useId, useState } from 'react'
import { inputClass } from '@/components/ui/text-field'
import type { Effect } from '@/lib/policy/types'
import type { VisualModule } from './visual-catalogue-module'

export function VisualActionsPicker(props: { visual: VisualModule; service: string; effect: Effect; actions: string[]; onChange: (actions: string[]) => void }) {
  const { visual, service, actions, onChange } = props
  const [filter, setFilter] = useState('')
  const id = useId()
  const groups = visual.actionsByAccessLevel(service)
  const known = new Set(groups.flatMap((g) => g.actions.map((a) => a.toLowerCase())))
  const chosen = new Set(actions.map((a) => a.toLowerCase()))
  const all = actions.includes('*')
  const other = actions.filter((a) => a !== '*' && !known.has(a.toLowerCase()))
  const needle = filter.trim().toLowerCase()
  const toggle = (name: string, on: boolean) => onChange(on ? [...actions.filter((a) => a !== '*'), name] : actions.filter((a) => a.toLowerCase() !== name.toLowerCase()))
  const serviceName = visual.visualServiceName(service)
  return (
    <fieldset className="mt-3">
      <legend className="font-bold">{props.effect === 'Allow' ? 'Actions allowed' : 'Actions denied'}</legend>
      <p className="text-sm text-console-muted">Specify actions from the service to be {props.effect === 'Allow' ? 'allowed' : 'denied'}.</p>
      <label htmlFor={`${id}-filter`} className="sr-only">
        Filter actions
      </label>
      <input id={`${id}-filter`} type="search" placeholder="Filter actions" className={`mt-2 ${inputClass}`} value={filter} onChange={(e) => setFilter(e.target.value)} />
      <label className="mt-2 block">
        <input type="checkbox" checked={all} onChange={(e) => onChange(e.target.checked ? ['*'] : [])} /> All {serviceName} actions ({service}:*)
      </label>
      <div className="mt-2 max-h-96 overflow-y-auto rounded border border-console-line p-2">
        {groups.map((g) => {
          const shown = needle ? g.actions.filter((a) => a.toLowerCase().includes(needle)) : g.actions
          if (shown.length === 0) return null
          const count = all ? g.actions.length : g.actions.filter((a) => chosen.has(a.toLowerCase())).length
          return (
            <fieldset key={g.level} className="mb-2">
              <legend className="font-bold">
                {g.level} ({count}/{g.actions.length})
              </legend>
              <div className="grid grid-cols-1 gap-x-4 sm:grid-cols-2 lg:grid-cols-3">
                {shown.map((a) => (
                  <label key={a} className="block truncate text-sm" title={`${service}:${a}`}>
                    <input type="checkbox" disabled={all} checked={all || chosen.has(a.toLowerCase())} onChange={(e) => toggle(a, e.target.checked)} /> {a}
                  </label>
                ))}
              </div>
            </fieldset>
          )
        })}
        {other.length > 0 ? (
          <fieldset className="mb-2">
            <legend className="font-bold">Other actions</legend>
            <p className="text-sm text-console-muted">Named in the policy but not listed for this service.</p>
            {other.map((a) => (
              <label key={a} className="block text-sm">
                <input type="checkbox" checked onChange={() => toggle(a, false)} /> {a}
              </label>
            ))}
          </fieldset>
        ) : null}
      </div>
    </fieldset>
  )
}
