'use client'
// "Resources": All resources ("*"), or Specific, where each resource type the chosen
// actions take lists its ARNs and has "Add ARNs" (an ARN builder for the type's format).
import { useState } from 'react'
import { Button } from '@/components/ui/button'
import type { VisualModule } from './visual-catalogue-module'
import type { VisualResourceType } from '@/lib/policy/visual'
import { ArnDialog } from './arn-dialog'

export function VisualResourcesPicker(props: { visual: VisualModule; service: string; actions: string[]; resources: '*' | string[]; onChange: (resources: '*' | string[]) => void }) {
  const { visual, service, resources, onChange } = props
  const [adding, setAdding] = useState<VisualResourceType | null>(null)
  const [specific, setSpecific] = useState<string[]>(resources === '*' ? [] : resources)
  const types = visual.resourceTypesForActions(service, props.actions)
  const arns = resources === '*' ? [] : resources
  const typed = new Map(arns.map((a) => [a, visual.resourceTypesOfPolicyArn(service, a)]))
  const unplaced = arns.filter((a) => !types.some((t) => typed.get(a)!.includes(t.resourceType)))
  const setArns = (next: string[]) => {
    setSpecific(next)
    onChange(next)
  }
  const remove = (arn: string) => setArns(arns.filter((a) => a !== arn))
  const arnRow = (arn: string) => (
    <li key={arn} className="flex items-center justify-between gap-2">
      <span className="break-all font-mono text-sm">{arn}</span>
      <Button variant="link" aria-label={`Remove ${arn}`} onClick={() => remove(arn)}>
        Remove
      </Button>
    </li>
  )
  return (
    <fieldset className="mt-4">
      <legend className="font-bold">Resources</legend>
      <div className="flex gap-4">
        <label>
          <input type="radio" checked={resources !== '*'} onChange={() => onChange(specific)} /> Specific
        </label>
        <label>
          <input type="radio" checked={resources === '*'} onChange={() => onChange('*')} /> All
        </label>
      </div>
      {resources === '*' ? (
        <p className="text-sm text-console-muted">All resources: the actions apply to every resource (&quot;Resource&quot;: &quot;*&quot;).</p>
      ) : props.actions.length === 0 ? (
        <p className="text-sm text-console-muted">Choose actions to see the resource types they take.</p>
      ) : (
        <div className="mt-2 space-y-3">
          {types.length === 0 ? <p className="text-sm text-console-muted">The chosen actions take no specific resource type: choose All.</p> : null}
          {types.map((t) => (
            <div key={t.resourceType} role="group" aria-label={t.resourceType} className="rounded border border-console-line p-2">
              <p className="font-bold">{t.resourceType}</p>
              <p className="text-sm text-console-muted">
                Specify {t.resourceType} resource ARN for the {t.actions.join(', ')} {t.actions.length === 1 ? 'action' : 'actions'}.
              </p>
              <ul className="my-1">{arns.filter((a) => typed.get(a)!.includes(t.resourceType)).map(arnRow)}</ul>
              <Button onClick={() => setAdding(t)}>Add ARNs</Button>
            </div>
          ))}
          {unplaced.length > 0 ? (
            <div role="group" aria-label="Other ARNs" className="rounded border border-console-line p-2">
              <p className="font-bold">Other ARNs</p>
              <p className="text-sm text-console-muted">These ARNs name none of the chosen actions&apos; resource types.</p>
              <ul>{unplaced.map(arnRow)}</ul>
            </div>
          ) : null}
        </div>
      )}
      {adding ? (
        <ArnDialog
          visual={visual}
          resourceType={adding.resourceType}
          format={adding.arn}
          open
          onClose={() => setAdding(null)}
          onAdd={(arn) => {
            if (!arns.includes(arn)) setArns([...arns, arn])
            setAdding(null)
          }}
        />
      ) : null}
    </fieldset>
  )
}
