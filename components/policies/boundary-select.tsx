'use client'
// "Permissions boundary - optional": one managed policy, chosen by name from a list.
import { inputClass } from '@/components/ui/text-field'
import { useMemo, useState } from 'react'
import type { PolicyChoice } from './policy-type'

export function BoundarySelect(props: { policies: PolicyChoice[]; name?: string; required?: boolean }) {
  const [search, setSearch] = useState('')
  const options = useMemo(() => {
    const q = search.trim().toLowerCase()
    const rank = (name: string) => (name === q ? 0 : name.startsWith(q) ? 1 : 2)
    const matches = q ? props.policies.filter((p) => p.name.toLowerCase().includes(q)) : props.policies
    return (q ? matches.sort((a, b) => rank(a.name.toLowerCase()) - rank(b.name.toLowerCase())) : matches).slice(0, 200)
  }, [search, props.policies])
  return (
    <div className="mt-2 space-y-2">
      <input
        type="search"
        value={search}
        onChange={(e) => setSearch(e.target.value)}
        aria-label="Search permissions boundary policies"
        placeholder="Filter policies by name"
        className={inputClass}
      />
      <label className="block">
        <span className="block font-bold">Permissions boundary policy</span>
        <select name={props.name ?? 'PermissionsBoundary'} required={props.required} className={inputClass} defaultValue="">
          <option value="">{props.required ? 'Choose a policy' : 'No permissions boundary'}</option>
          {options.map((p) => (
            <option key={p.arn} value={p.arn}>
              {p.name} ({p.type})
            </option>
          ))}
        </select>
      </label>
    </div>
  )
}
