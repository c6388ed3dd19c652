'use client'

import { useMemo, useState } from 'react'
import { inputClass } from '@/components/ui/text-field'
import type { PolicyTypeLabel } from '@/components/policies/policy-type'
import type { PolicyPickerItem } from './policy-picker-item'

const TYPE_FILTERS: ('All types' | PolicyTypeLabel)[] = ['All types', 'AWS managed', 'Customer managed', 'AWS managed - job function']
// Enough rows to pick from; a search narrows the rest (the console pages by 25).
const SHOWN_ROWS = 50

/**
 * "Permissions policies": AWS managed and customer managed policies with a search box and
 * AWS's "Filter by Type", one checkbox per policy named `name` (PolicyArns[] by default), or
 * one radio for a single choice (a permissions boundary). Selections survive filtering:
 * selected rows that are filtered out are still submitted as hidden inputs.
 */
export function PolicyPicker({
  items,
  name = 'PolicyArns[]',
  mode = 'multiple',
  title = 'Permissions policies',
  excludeArns = [],
  defaultSelected = [],
}: {
  items: PolicyPickerItem[]
  name?: string
  mode?: 'multiple' | 'single'
  title?: string
  /** Already attached: not offered again. */
  excludeArns?: string[]
  defaultSelected?: string[]
}) {
  const [search, setSearch] = useState('')
  const [type, setType] = useState<(typeof TYPE_FILTERS)[number]>('All types')
  const [selected, setSelected] = useState<string[]>(defaultSelected)
  const offered = useMemo(() => {
    const excluded = new Set(excludeArns)
    return items.filter((p) => !excluded.has(p.arn))
  }, [items, excludeArns])
  const matching = useMemo(() => {
    const needle = search.trim().toLowerCase()
    const found = offered.filter((p) => (type === 'All types' || p.type === type) && (!needle || p.name.toLowerCase().includes(needle)))
    if (!needle) return found
    // Only the first rows are shown: the policy named exactly as searched, then names
    // starting with the search, then the rest ("ReadOnlyAccess" matches 200+ names).
    const rank = (name: string) => (name.toLowerCase() === needle ? 0 : name.toLowerCase().startsWith(needle) ? 1 : 2)
    return found.map((p, i) => ({ p, i, r: rank(p.name) })).sort((a, b) => a.r - b.r || a.i - b.i).map((x) => x.p)
  }, [offered, search, type])
  const shown = matching.slice(0, SHOWN_ROWS)
  const shownArns = new Set(shown.map((p) => p.arn))
  const toggle = (arn: string, on: boolean) =>
    setSelected((all) => (mode === 'single' ? (on ? [arn] : []) : on ? [...all, arn] : all.filter((a) => a !== arn)))

  return (
    <fieldset className="rounded-lg border border-console-line">
      <legend className="sr-only">{title}</legend>
      <div className="flex flex-wrap items-end justify-between gap-3 border-b border-console-line px-4 py-3">
        <h3 className="text-lg font-bold">
          {title} ({offered.length})
          {mode === 'multiple' && selected.length ? <span className="ml-2 font-normal text-console-muted">{selected.length} selected</span> : null}
        </h3>
        <div className="flex flex-wrap gap-2">
          <input
            type="search"
            value={search}
            onChange={(e) => setSearch(e.target.value)}
            placeholder="Search"
            aria-label="Search policies"
            className={`${inputClass} w-72`}
          />
          <label className="flex items-center gap-2">
            <span className="text-sm font-bold">Filter by Type</span>
            <select value={type} onChange={(e) => setType(e.target.value as typeof type)} className={`${inputClass} w-auto`}>
              {TYPE_FILTERS.map((t) => (
                <option key={t}>{t}</option>
              ))}
            </select>
          </label>
        </div>
      </div>
      <table className="w-full border-collapse text-left">
        <thead>
          <tr className="border-b border-console-line">
            <th scope="col" className="w-10 px-4 py-2">
              <span className="sr-only">Select</span>
            </th>
            <th scope="col" className="px-4 py-2 font-bold">Policy name</th>
            <th scope="col" className="px-4 py-2 font-bold">Type</th>
            <th scope="col" className="px-4 py-2 font-bold">Attached entities</th>
          </tr>
        </thead>
        <tbody>
          {shown.length === 0 ? (
            <tr>
              <td colSpan={4} className="px-4 py-6 text-center text-console-muted">
                No matches
              </td>
            </tr>
          ) : (
            shown.map((p) => (
              <tr key={p.arn} className="border-b border-console-line last:border-b-0 hover:bg-[#f2f8fd]">
                <td className="px-4 py-2">
                  <input
                    type={mode === 'single' ? 'radio' : 'checkbox'}
                    name={name}
                    value={p.arn}
                    checked={selected.includes(p.arn)}
                    onChange={(e) => toggle(p.arn, e.target.checked)}
                    aria-label={p.name}
                  />
                </td>
                <td className="px-4 py-2">
                  <span className="text-console-link">{p.name}</span>
                  {p.description ? <span className="block text-sm text-console-muted">{p.description}</span> : null}
                </td>
                <td className="whitespace-nowrap px-4 py-2">{p.type}</td>
                <td className="px-4 py-2">{p.attachedEntities}</td>
              </tr>
            ))
          )}
        </tbody>
      </table>
      {matching.length > shown.length ? (
        <p className="border-t border-console-line px-4 py-2 text-sm text-console-muted">
          Showing {shown.length} of {matching.length} matching policies. Search to narrow the list.
        </p>
      ) : null}
      {selected
        .filter((arn) => !shownArns.has(arn))
        .map((arn) => (
          <input key={arn} type="hidden" name={name} value={arn} />
        ))}
    </fieldset>
  )
}
