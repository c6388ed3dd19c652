'use client'
// The policy simulator, as AWS's: on the left a user, group or role (its policies listed,
// each one switchable off for the run) and policies pasted for the run; on the right the
// service and actions, the resources, an optional resource-based policy and the context
// values; "Run simulation" then shows each action's result below.
import { useRouter } from 'next/navigation'
import { useActionState, useState, useTransition } from 'react'
import type { ServerAction } from '@/components/ui/action-button'
import { Button } from '@/components/ui/button'
import { Choice } from '@/components/ui/choice'
import { FormStatus } from '@/components/ui/form-status'
import { inputClass } from '@/components/ui/text-field'
import { IDLE } from '@/lib/actions/form-state'
import type { IamErrorDetails } from '@/lib/actions/read-under-gate'
import type { SimulationRun } from '@/lib/console/run-simulation'
import type { SimulatorPrincipal } from '@/lib/console/simulator-policies'
import type { CatalogueAction, CatalogueService, ContextKeyType } from '@/lib/policy'
import { IamErrorAlert } from '@/components/iam-error-alert'
import { SimulationResults } from './simulation-results'

export interface PrincipalChoice {
  name: string
  arn: string
}

export interface ContextRow {
  key: string
  type: ContextKeyType
  value: string
}

export interface SimulatorFormProps {
  principals: { users: PrincipalChoice[]; groups: PrincipalChoice[]; roles: PrincipalChoice[] }
  principalsError?: IamErrorDetails
  principal?: SimulatorPrincipal
  principalError?: IamErrorDetails
  services: CatalogueService[]
  service: string
  actions: CatalogueAction[]
  selectedActions: string[]
  resources: string
  context: ContextRow[]
  runAction: ServerAction
}

async function serviceActions(prefix: string): Promise<CatalogueAction[]> {
  const response = await fetch(`/api/service-actions?service=${encodeURIComponent(prefix)}`)
  if (!response.ok) return []
  return ((await response.json()) as { actions: CatalogueAction[] }).actions
}

const textareaClass = `${inputClass} font-mono text-sm`

export function SimulatorForm(props: SimulatorFormProps) {
  const router = useRouter()
  const [state, formAction, pending] = useActionState(props.runAction, IDLE)
  const run = state.status === 'success' ? (state.result as SimulationRun | undefined) : undefined
  const [disabled, setDisabled] = useState<Set<string>>(new Set())
  const [extraOn, setExtraOn] = useState(false)
  const [boundaryOn, setBoundaryOn] = useState(false)
  const [service, setService] = useState(props.service)
  const [actions, setActions] = useState(props.actions)
  const [selected, setSelected] = useState<Set<string>>(new Set(props.selectedActions))
  const [loadingActions, startLoading] = useTransition()
  const [context, setContext] = useState<ContextRow[]>(props.context)

  // Keys the last run's policies use join the list, so the next run can give their values.
  const listed = new Set(context.map((c) => c.key.toLowerCase()))
  const newKeys = (run?.contextKeys ?? []).filter((k) => !listed.has(k.key.toLowerCase()) && !k.key.includes('${'))
  const rows = [...context, ...newKeys.map((k) => ({ ...k, value: '' }))]

  const chooseService = (prefix: string) => {
    setService(prefix)
    setSelected(new Set())
    startLoading(async () => setActions(prefix ? await serviceActions(prefix) : []))
  }
  const toggle = (set: Set<string>, value: string, on: boolean) => {
    const next = new Set(set)
    if (on) next.add(value)
    else next.delete(value)
    return next
  }
  const p = props.principal

  return (
    <form action={formAction} aria-label="Policy simulator">
      <div className="grid gap-6 lg:grid-cols-[minmax(0,1fr)_minmax(0,2fr)]">
        <div className="space-y-4">
          <div>
            <label htmlFor="simulator-principal" className="block font-bold">
              Users, groups, and roles
            </label>
            {props.principalsError ? <IamErrorAlert {...props.principalsError} /> : null}
            <select
              id="simulator-principal"
              className={`mt-1 ${inputClass}`}
              value={p?.arn ?? ''}
              onChange={(e) => router.push(e.target.value ? `/policy-simulator?PolicySourceArn=${encodeURIComponent(e.target.value)}` : '/policy-simulator')}
            >
              <option value="">None: simulate pasted policies only</option>
              {(['users', 'groups', 'roles'] as const).map((kind) => (
                <optgroup key={kind} label={kind === 'users' ? 'Users' : kind === 'groups' ? 'Groups' : 'Roles'}>
                  {props.principals[kind].map((c) => (
                    <option key={c.arn} value={c.arn}>
                      {c.name}
                    </option>
                  ))}
                </optgroup>
              ))}
            </select>
            {p ? <input type="hidden" name="PolicySourceArn" value={p.arn} /> : null}
          </div>
          {props.principalError ? <IamErrorAlert {...props.principalError} /> : null}
          {p ? (
            <fieldset>
              <legend className="font-bold">Policies of {p.name}</legend>
              {p.policies.length === 0 ? <p className="text-sm text-console-muted">No policies.</p> : null}
              {p.policies.map((policy) => (
                <div key={policy.id}>
                  <Choice
                    type="checkbox"
                    label={policy.name}
                    description={policy.source}
                    checked={!disabled.has(policy.id)}
                    onChange={(e) => setDisabled(toggle(disabled, policy.id, !e.target.checked))}
                  />
                  {disabled.has(policy.id) ? <input type="hidden" name="disabledPolicyIds[]" value={policy.id} /> : null}
                </div>
              ))}
            </fieldset>
          ) : null}
          <div>
            <Choice type="checkbox" label="Include additional policy" checked={extraOn} onChange={(e) => setExtraOn(e.target.checked)} />
            <label htmlFor="simulator-extra" className="mt-1 block text-sm font-bold">
              Additional policy
            </label>
            <textarea id="simulator-extra" name={extraOn ? 'PolicyInputList[]' : undefined} rows={6} className={textareaClass} placeholder='{"Version": "2012-10-17", "Statement": [...]}' />
          </div>
          <div>
            <Choice type="checkbox" label="Simulate a permissions boundary" description="Replaces the principal's own boundary for the run." checked={boundaryOn} onChange={(e) => setBoundaryOn(e.target.checked)} />
            <label htmlFor="simulator-boundary" className="mt-1 block text-sm font-bold">
              Permissions boundary policy
            </label>
            <textarea id="simulator-boundary" name={boundaryOn ? 'PermissionsBoundaryPolicyInputList[]' : undefined} rows={4} className={textareaClass} />
          </div>
        </div>

        <div className="space-y-4">
          <div>
            <label htmlFor="simulator-service" className="block font-bold">
              Service
            </label>
            <select id="simulator-service" className={`mt-1 ${inputClass}`} value={service} onChange={(e) => chooseService(e.target.value)}>
              <option value="">Select service</option>
              {props.services.map((s) => (
                <option key={s.prefix} value={s.prefix}>
                  {s.name}
                </option>
              ))}
            </select>
          </div>
          <fieldset aria-busy={loadingActions}>
            <legend className="font-bold">Actions</legend>
            {actions.length ? (
              <div className="mb-1 flex gap-2">
                <Button variant="link" onClick={() => setSelected(new Set(actions.map((a) => a.name)))}>
                  Select all
                </Button>
                <Button variant="link" onClick={() => setSelected(new Set())}>
                  Deselect all
                </Button>
              </div>
            ) : (
              <p className="text-sm text-console-muted">{loadingActions ? 'Loading actions…' : 'Choose a service to list its actions.'}</p>
            )}
            <div className="grid max-h-64 grid-cols-1 overflow-auto sm:grid-cols-2">
              {actions.map((a) => {
                const short = a.name.slice(a.name.indexOf(':') + 1)
                return (
                  <label key={a.name} className="flex items-center gap-2 text-sm">
                    <input type="checkbox" name="ActionNames[]" value={a.name} checked={selected.has(a.name)} onChange={(e) => setSelected(toggle(selected, a.name, e.target.checked))} />
                    {short}
                  </label>
                )
              })}
            </div>
            {[...selected].filter((name) => !actions.some((a) => a.name === name)).map((name) => (
              <input key={name} type="hidden" name="ActionNames[]" value={name} />
            ))}
          </fieldset>
          <div>
            <label htmlFor="simulator-resources" className="block font-bold">
              Resource ARNs
            </label>
            <p className="text-sm text-console-muted">One per line. Leave empty to simulate on all resources (*).</p>
            <textarea id="simulator-resources" name="ResourceArns" rows={3} className={textareaClass} defaultValue={props.resources} />
            <ResourceTypes actions={actions.filter((a) => selected.has(a.name))} />
          </div>
          <div>
            <label htmlFor="simulator-resource-policy" className="block font-bold">
              Resource-based policy
            </label>
            <p className="text-sm text-console-muted">Optional. A user must be chosen to be its caller.</p>
            <textarea id="simulator-resource-policy" name="ResourcePolicy" rows={4} className={textareaClass} />
          </div>
          <fieldset>
            <legend className="font-bold">Context keys</legend>
            <p className="text-sm text-console-muted">Values for the keys the policies use; an empty value is left out of the request. Separate a list&apos;s values with commas.</p>
            <div className="mt-1 space-y-1">
              {rows.map((row, i) => (
                <div key={row.key} className="grid grid-cols-[minmax(0,1fr)_minmax(0,1fr)] items-center gap-2">
                  <label htmlFor={`context-${i}`} className="break-all font-mono text-sm">
                    {row.key}
                  </label>
                  <input type="hidden" name="contextKeys[]" value={row.key} />
                  <input type="hidden" name="contextTypes[]" value={row.type} />
                  <input
                    id={`context-${i}`}
                    name="contextValues[]"
                    className={inputClass}
                    value={row.value}
                    onChange={(e) => {
                      const value = e.target.value
                      setContext([...rows.slice(0, i), { ...row, value }, ...rows.slice(i + 1)])
                    }}
                  />
                </div>
              ))}
            </div>
          </fieldset>
          <div className="flex justify-end">
            <Button type="submit" variant="primary" disabled={pending || selected.size === 0}>
              {pending ? 'Running…' : 'Run simulation'}
            </Button>
          </div>
          <FormStatus state={state} />
        </div>
      </div>
      {run ? <SimulationResults run={run} /> : null}
    </form>
  )
}

/** The resource types the chosen actions take, with their ARN formats, so an ARN can be written to match. */
function ResourceTypes({ actions }: { actions: CatalogueAction[] }) {
  const withTypes = actions.filter((a) => a.resources.length)
  if (!withTypes.length) return null
  return (
    <div className="mt-1 text-sm">
      <p className="font-semibold">Resource types of the chosen actions</p>
      <ul className="list-disc pl-5">
        {withTypes.map((a) => (
          <li key={a.name}>
            {a.name}:{' '}
            {a.resources.map((r, i) => (
              <span key={r.resourceType}>
                {i ? '; ' : ''}
                {r.resourceType}
                {r.required ? ' (required)' : ''} <code className="break-all text-xs">{r.arn}</code>
              </span>
            ))}
          </li>
        ))}
      </ul>
    </div>
  )
}
