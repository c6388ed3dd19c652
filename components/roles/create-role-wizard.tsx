'use client'
// Create role, in the console's three steps: Select trusted entity -> Add permissions ->
// Name, review, and create. All steps live in one form (the hidden ones keep their
// fields), so "Create role" submits the trust policy, permissions, boundary and tags at once.
import { useActionState, useCallback, useState } from 'react'
import { PolicyEditor } from '@/components/policy-editor/policy-editor'
import { ReadResultView } from '@/components/read-result-view'
import { BoundarySelect } from '@/components/policies/boundary-select'
import { EntityDetailsFields } from '@/components/policies/entity-details-fields'
import type { ServerAction } from '@/components/ui/action-button'
import { FieldError, fieldErrorOf, FormStatus } from '@/components/ui/form-status'
import { PolicyChecklist } from '@/components/policies/policy-checklist'
import type { PolicyChoice } from '@/components/policies/policy-type'
import { TagFields } from '@/components/policies/tag-fields'
import { TextField, inputClass } from '@/components/ui/text-field'
import { WizardStepButtons } from '@/components/ui/wizard-step-buttons'
import { IDLE } from '@/lib/actions/form-state'
import type { ReadResult } from '@/lib/actions/read-under-gate'
import {
  buildTrustPolicy, initialTrustedEntityChoice, SAML_ATTRIBUTES, SERVICES, TRUSTED_ENTITY_TYPES, WEB_IDENTITY_PROVIDERS,
  type TrustedEntityChoice,
} from './trusted-entities'

const STEPS = ['Select trusted entity', 'Add permissions', 'Name, review, and create'] as const
const TRUST_POLICY_MAX = 2048

function missingInput(c: TrustedEntityChoice): string | null {
  if (c.type === 'account' && c.account.which === 'another' && !/^\d{12}$/.test(c.account.otherAccountId.trim())) return 'Enter a 12-digit account ID.'
  if (c.type === 'account' && c.account.requireExternalId && !c.account.externalId.trim()) return 'Enter an external ID.'
  if (c.type === 'webIdentity' && !c.webIdentity.audience.trim()) return 'Enter the audience of the identity provider.'
  if (c.type === 'saml' && !c.saml.provider.trim()) return 'Choose a SAML 2.0-based provider.'
  return null
}

export function CreateRoleWizard(props: { accountId: string; policies: ReadResult<PolicyChoice[]>; action: ServerAction }) {
  // Denied ListPolicies: the error above an empty checklist, so the role can still be created without policies.
  const policies = props.policies.ok ? props.policies.value : []
  const [step, setStep] = useState(0)
  const [choice, setChoice] = useState<TrustedEntityChoice>(initialTrustedEntityChoice)
  const [customBlocking, setCustomBlocking] = useState(true)
  const [selected, setSelected] = useState<string[]>([])
  const [state, formAction, pending] = useActionState(props.action, IDLE)
  const onBlockingChange = useCallback((b: boolean) => setCustomBlocking(b), [])
  const set = <K extends keyof TrustedEntityChoice>(key: K, value: Partial<TrustedEntityChoice[K]>) =>
    setChoice((c) => ({ ...c, [key]: typeof c[key] === 'object' ? { ...(c[key] as object), ...value } : value }))
  const trustPolicy = buildTrustPolicy(choice, props.accountId)
  const missing = missingInput(choice)
  const stepOneBlocked = choice.type === 'custom' ? customBlocking : missing !== null
  const useCases = SERVICES.flatMap((s) => s.useCases.map((u) => ({ ...u, service: s.name })))
  const currentService = useCases.find((u) => u.principal === choice.service.useCasePrincipal)?.service ?? SERVICES[0]!.name
  const webProvider = WEB_IDENTITY_PROVIDERS.find((p) => p.id === choice.webIdentity.provider)!

  return (
    <form action={formAction} className="flex gap-8">
      <ol aria-label="Steps" className="w-56 shrink-0 space-y-3">
        {STEPS.map((label, i) => (
          <li key={label} aria-current={i === step ? 'step' : undefined} className={i === step ? 'font-bold' : 'text-console-muted'}>
            <span className="block text-sm">Step {i + 1}</span>
            {label}
          </li>
        ))}
      </ol>
      <div className="min-w-0 flex-1">
        <input type="hidden" name="AssumeRolePolicyDocument" value={trustPolicy} />

        <section hidden={step !== 0} aria-label={STEPS[0]}>
          <h1 className="text-2xl font-bold">Select trusted entity</h1>
          <fieldset className="mt-4 rounded-lg border border-console-line bg-white p-4">
            <legend className="px-1 font-bold">Trusted entity type</legend>
            <div className="grid grid-cols-3 gap-3">
              {TRUSTED_ENTITY_TYPES.map((t) => (
                <div key={t.id} className={`rounded-md border p-3 ${choice.type === t.id ? 'border-console-link bg-[#f2f8fd]' : 'border-console-line'}`}>
                  <label className="font-bold">
                    <input
                      type="radio"
                      name="trustedEntityType"
                      value={t.id}
                      checked={choice.type === t.id}
                      aria-describedby={`trusted-entity-${t.id}`}
                      onChange={() => setChoice((c) => ({ ...c, type: t.id }))}
                    />{' '}
                    {t.label}
                  </label>
                  <p id={`trusted-entity-${t.id}`} className="mt-1 text-sm text-console-muted">
                    {t.description}
                  </p>
                </div>
              ))}
            </div>
          </fieldset>

          {choice.type === 'service' ? (
            <div className="mt-4 rounded-lg border border-console-line bg-white p-4">
              <h2 className="font-bold">Use case</h2>
              <p className="text-sm text-console-muted">Allow an AWS service like EC2, Lambda, or others to perform actions in this account.</p>
              <label className="mt-2 block">
                <span className="block font-bold">Service or use case</span>
                <select
                  className={inputClass}
                  value={currentService}
                  onChange={(e) => set('service', { useCasePrincipal: SERVICES.find((s) => s.name === e.target.value)!.useCases[0]!.principal })}
                >
                  {SERVICES.map((s) => (
                    <option key={s.name}>{s.name}</option>
                  ))}
                </select>
              </label>
              <fieldset className="mt-3">
                <legend className="font-bold">Choose a use case for the specified service.</legend>
                {useCases.filter((u) => u.service === currentService).map((u) => (
                  <div key={u.principal} className="mt-1">
                    <label className="font-bold">
                      <input
                        type="radio"
                        aria-describedby={`use-case-${u.principal}`}
                        checked={choice.service.useCasePrincipal === u.principal}
                        onChange={() => set('service', { useCasePrincipal: u.principal })}
                      />{' '}
                      {u.label}
                    </label>
                    <p id={`use-case-${u.principal}`} className="pl-5 text-sm text-console-muted">
                      {u.description}
                    </p>
                  </div>
                ))}
              </fieldset>
            </div>
          ) : null}

          {choice.type === 'account' ? (
            <div className="mt-4 rounded-lg border border-console-line bg-white p-4">
              <h2 className="font-bold">An AWS account</h2>
              <label className="mt-2 block">
                <input type="radio" checked={choice.account.which === 'this'} onChange={() => set('account', { which: 'this' })} /> This account ({props.accountId})
              </label>
              <label className="mt-1 block">
                <input type="radio" checked={choice.account.which === 'another'} onChange={() => set('account', { which: 'another' })} /> Another AWS account
              </label>
              {choice.account.which === 'another' ? (
                <TextField className="mt-4" label="Account ID" name="otherAccountId" value={choice.account.otherAccountId} onChange={(e) => set('account', { otherAccountId: e.target.value })} description="Identifier of the account that can use this role" />
              ) : null}
              <h3 className="mt-4 font-bold">Options</h3>
              <label className="mt-1 block">
                <input type="checkbox" checked={choice.account.requireExternalId} onChange={(e) => set('account', { requireExternalId: e.target.checked })} /> Require external ID (Best practice when a third party will assume this role)
              </label>
              {choice.account.requireExternalId ? (
                <TextField className="mt-4" label="External ID" name="externalId" value={choice.account.externalId} onChange={(e) => set('account', { externalId: e.target.value })} />
              ) : null}
              <label className="mt-2 block">
                <input type="checkbox" checked={choice.account.requireMfa} onChange={(e) => set('account', { requireMfa: e.target.checked })} /> Require MFA
              </label>
            </div>
          ) : null}

          {choice.type === 'webIdentity' ? (
            <div className="mt-4 rounded-lg border border-console-line bg-white p-4">
              <h2 className="font-bold">Web identity</h2>
              <label className="mt-2 block">
                <span className="block font-bold">Identity provider</span>
                <select className={inputClass} value={choice.webIdentity.provider} onChange={(e) => set('webIdentity', { provider: e.target.value as TrustedEntityChoice['webIdentity']['provider'] })}>
                  {WEB_IDENTITY_PROVIDERS.map((p) => (
                    <option key={p.id} value={p.id}>
                      {p.label}
                    </option>
                  ))}
                </select>
              </label>
              <TextField className="mt-4" label={webProvider.audienceLabel} name="webIdentityAudience" value={choice.webIdentity.audience} onChange={(e) => set('webIdentity', { audience: e.target.value })} />
            </div>
          ) : null}

          {choice.type === 'saml' ? (
            <div className="mt-4 rounded-lg border border-console-line bg-white p-4">
              <h2 className="font-bold">SAML 2.0 federation</h2>
              <TextField className="mt-4" label="SAML 2.0-based provider" name="samlProvider" value={choice.saml.provider} onChange={(e) => set('saml', { provider: e.target.value })} description="The name or ARN of a SAML identity provider in this account" />
              <fieldset className="mt-3">
                <legend className="font-bold">Access to be allowed</legend>
                <label className="mt-1 block">
                  <input type="radio" checked={choice.saml.access === 'programmatic'} onChange={() => set('saml', { access: 'programmatic' })} /> Allow programmatic access only
                </label>
                <label className="mt-1 block">
                  <input type="radio" checked={choice.saml.access === 'console'} onChange={() => set('saml', { access: 'console' })} /> Allow programmatic and AWS Management Console access
                </label>
              </fieldset>
              {choice.saml.access === 'programmatic' ? (
                <div className="flex gap-2">
                  <label className="mt-4 block">
                    <span className="block font-bold">Attribute</span>
                    <select className={inputClass} value={choice.saml.attribute} onChange={(e) => set('saml', { attribute: e.target.value as TrustedEntityChoice['saml']['attribute'] })}>
                      {SAML_ATTRIBUTES.map((a) => (
                        <option key={a}>{a}</option>
                      ))}
                    </select>
                  </label>
                  <TextField className="mt-4" label="Value" name="samlValue" value={choice.saml.value} onChange={(e) => set('saml', { value: e.target.value })} />
                </div>
              ) : null}
            </div>
          ) : null}

          {choice.type === 'custom' ? (
            <div className="mt-4">
              <h2 className="mb-2 font-bold">Custom trust policy</h2>
              <PolicyEditor
                name="customTrustPolicy"
                label="Policy editor"
                defaultValue={choice.custom.document}
                policyType="trust"
                maxLength={TRUST_POLICY_MAX}
                onChange={(document) => set('custom', { document })}
                onBlockingChange={onBlockingChange}
              />
            </div>
          ) : null}
          {missing && choice.type !== 'custom' ? <p className="mt-2 text-sm text-console-muted">{missing}</p> : null}
        </section>

        <section hidden={step !== 1} aria-label={STEPS[1]}>
          <h1 className="text-2xl font-bold">Add permissions</h1>
          <div className="mt-4 rounded-lg border border-console-line bg-white p-4">
            <h2 className="font-bold">Permissions policies</h2>
            <ReadResultView result={props.policies} />
            <PolicyChecklist policies={policies} onChange={setSelected} />
          </div>
          <details className="mt-4 rounded-lg border border-console-line bg-white p-4">
            <summary className="cursor-pointer font-bold">Set permissions boundary - optional</summary>
            <p className="text-sm text-console-muted">Set a permissions boundary to control the maximum permissions this role can have.</p>
            <BoundarySelect policies={policies} />
          </details>
        </section>

        <section hidden={step !== 2} aria-label={STEPS[2]}>
          <h1 className="text-2xl font-bold">Name, review, and create</h1>
          <EntityDetailsFields
            heading="Role details"
            state={state}
            name={{ label: 'Role name', field: 'RoleName', description: "Enter a meaningful name to identify this role. Maximum 64 characters. Use alphanumeric and '+=,.@-_' characters." }}
            description={{ label: 'Description', description: 'Add a short explanation for this role.' }}
          />
          <div className="mt-4 rounded-lg border border-console-line bg-white p-4">
            <h2 className="font-bold">Step 1: Select trusted entities</h2>
            <p className="mt-2 font-bold">Trust policy</p>
            <pre aria-label="Trust policy" className="mt-1 overflow-x-auto rounded bg-gray-50 p-3 font-mono text-sm">{trustPolicy}</pre>
            <FieldError error={fieldErrorOf(state, 'AssumeRolePolicyDocument')} />
          </div>
          <div className="mt-4 rounded-lg border border-console-line bg-white p-4">
            <h2 className="font-bold">Step 2: Add permissions</h2>
            {selected.length ? (
              <ul className="mt-2 list-disc pl-5">
                {selected.map((arn) => (
                  <li key={arn}>{policies.find((p) => p.arn === arn)?.name ?? arn}</li>
                ))}
              </ul>
            ) : (
              <p className="mt-2 text-console-muted">No permissions policies selected.</p>
            )}
          </div>
          <div className="mt-4 rounded-lg border border-console-line bg-white p-4">
            <h2 className="font-bold">Step 3: Add tags</h2>
            <TagFields error={fieldErrorOf(state, 'Tags')} />
          </div>
          <div className="mt-4">
            <FormStatus state={state} fields={['RoleName', 'Description', 'AssumeRolePolicyDocument', 'Tags']} />
          </div>
        </section>

        <WizardStepButtons step={step} lastStep={2} setStep={setStep} nextDisabled={step === 0 && stepOneBlocked} pending={pending} submitLabel="Create role" />
      </div>
    </form>
  )
}
