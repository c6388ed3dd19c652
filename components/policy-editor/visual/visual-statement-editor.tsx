'use client'
// One block of the visual editor (one statement): Allow or Deny, "Select a service", its
// actions, resources and request conditions.
import { useId } from 'react'
import { Button } from '@/components/ui/button'
import { inputClass } from '@/components/ui/text-field'
import type { VisualStatement } from '@/lib/policy/visual'
import type { VisualModule } from './visual-catalogue-module'
import { VisualActionsPicker } from './visual-actions-picker'
import { VisualConditionsEditor } from './visual-conditions-editor'
import { VisualResourcesPicker } from './visual-resources-picker'

export function VisualStatementEditor(props: { visual: VisualModule; statement: VisualStatement; label: string; onChange: (s: VisualStatement) => void; onRemove?: () => void }) {
  const { visual, statement: s, onChange } = props
  const id = useId()
  const services = visual.visualServices()
  const known = s.service === '' || services.some((x) => x.prefix.toLowerCase() === s.service.toLowerCase())
  const title = s.service ? `${s.effect}: ${visual.visualServiceName(s.service)}` : 'Select a service'
  return (
    <section aria-label={props.label} className="rounded-md border border-console-line p-3">
      <div className="flex items-center justify-between">
        <h3 className="font-bold">{title}</h3>
        {props.onRemove ? (
          <Button variant="link" onClick={props.onRemove}>
            Remove
          </Button>
        ) : null}
      </div>
      <fieldset className="mt-2 flex gap-4">
        <legend className="sr-only">Effect</legend>
        {(['Allow', 'Deny'] as const).map((effect) => (
          <label key={effect}>
            <input type="radio" name={`${id}-effect`} checked={s.effect === effect} onChange={() => onChange({ ...s, effect })} /> {effect}
          </label>
        ))}
      </fieldset>
      <label htmlFor={`${id}-service`} className="mt-2 block font-bold">
        Service
      </label>
      <select
        id={`${id}-service`}
        className={inputClass}
        value={s.service}
        // A new service starts with no actions, resources or conditions: the old ones were its own.
        onChange={(e) => onChange({ ...s, service: e.target.value, actions: [], resources: [], conditions: [] })}
      >
        <option value="">Select a service</option>
        {!known ? <option value={s.service}>{s.service} (not a known service)</option> : null}
        {services.map((x) => (
          <option key={x.prefix} value={x.prefix}>
            {x.name}
          </option>
        ))}
      </select>
      {s.service ? (
        <>
          <VisualActionsPicker visual={visual} service={s.service} effect={s.effect} actions={s.actions} onChange={(actions) => onChange({ ...s, actions })} />
          <VisualResourcesPicker visual={visual} service={s.service} actions={s.actions} resources={s.resources} onChange={(resources) => onChange({ ...s, resources })} />
          <VisualConditionsEditor visual={visual} service={s.service} actions={s.actions} conditions={s.conditions} onChange={(conditions) => onChange({ ...s, conditions })} />
        </>
      ) : null}
    </section>
  )
}
