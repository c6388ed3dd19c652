'use client'
// "Permissions policies": search the managed policies and tick the ones to attach. The
// ticked ARNs are submitted as PolicyArns[] whatever the current search shows.
import { inputClass } from '@/components/ui/text-field'
import { useMemo, useState } from 'react'
import type { PolicyChoice } from './policy-type'

const SHOWN = 50

export function PolicyChecklist(props: { policies: PolicyChoice[]; name?: string; selected?: string[]; onChange?: (arns: string[]) => void }) {
  const [search, setSearch] = useState('')
  const [selected, setSelected] = useState<string[]>(props.selected ?? [])
  const matches = useMemo(() => {
    const q = search.trim().toLowerCase()
    if (!q) return props.policies
    // The exact name first, then names starting with the search, then the rest: typing a
    // full name must find it even when 50 longer names contain it.
    const rank = (name: string) => (name === q ? 0 : name.startsWith(q) ? 1 : 2)
    return props.policies
      .filter((p) => p.name.toLowerCase().includes(q))
      .sort((a, b) => rank(a.name.toLowerCase()) - rank(b.name.toLowerCase()))
  }, [search, props.policies])
  const toggle = (arn: string) => {
    const next = selected.includes(arn) ? selected.filter((a) => a !== arn) : [...selected, arn]
    setSelected(next)
    props.onChange?.(next)
  }
  return (
    <div>
      {selected.map((arn) => (
        <input key={arn} type="hidden" name={props.name ?? 'PolicyArns[]'} value={arn} />
      ))}
      <p className="text-console-muted">
        {selected.length} selected of {props.policies.length} policies
      </p>
      <input
        type="search"
        value={search}
        onChange={(e) => setSearch(e.target.value)}
        aria-label="Search policies"
        placeholder="Filter policies by property or policy name"
        className={`mt-2 ${inputClass}`}
      />
      <table className="mt-2 w-full border-collapse text-left">
        <thead>
          <tr className="border-b border-console-line">
            <th scope="col" className="w-10 px-2 py-1" />
            <th scope="col" className="px-2 py-1">Policy name</th>
            <th scope="col" className="px-2 py-1">Type</th>
            <th scope="col" className="px-2 py-1">Attached entities</th>
          </tr>
        </thead>
        <tbody>
          {matches.slice(0, SHOWN).map((p) => (
            <tr key={p.arn} className="border-b border-console-line">
              <td className="px-2 py-1">
                <input type="checkbox" aria-label={p.name} checked={selected.includes(p.arn)} onChange={() => toggle(p.arn)} />
              </td>
              <td className="px-2 py-1">{p.name}</td>
              <td className="px-2 py-1">{p.type}</td>
              <td className="px-2 py-1">{p.attachments}</td>
            </tr>
          ))}
        </tbody>
      </table>
      {matches.length > SHOWN ? (
        <p className="mt-1 text-sm text-console-muted">
          Showing {SHOWN} of {matches.length} matching policies. Refine the search to see others.
        </p>
      ) : matches.length === 0 ? (
        <p className="mt-1 text-console-muted">No policies match &quot;{search}&quot;.</p>
      ) : null}
    </div>
  )
}
