'use client'
// Create inline policy: the JSON editor (Next disabled while it has errors), then
// "Review and create" with the Policy name.
import { buttonClass } from '@/components/ui/button'
import { useActionState, useCallback, useEffect, useState } from 'react'
import Link from 'next/link'
import { PolicyEditor } from '@/components/policy-editor/policy-editor'
import { IDLE } from '@/lib/actions/form-state'
import type { ServerAction } from '@/components/ui/action-button'
import { PolicyStepButtons } from './policy-step-buttons'
import { NEW_POLICY_TEMPLATE } from './create-policy-form'
import { fieldErrorOf, FormStatus } from '@/components/ui/form-status'
import { INLINE_POLICY_OWNERS, ownerHref, type InlinePolicyOwnerKind } from './inline-policy-kinds'
import { TextField } from '@/components/ui/text-field'

export function InlinePolicyCreateForm({ kind, owner, action }: { kind: InlinePolicyOwnerKind; owner: string; action: ServerAction }) {
  const [step, setStep] = useState(0)
  const [blocking, setBlocking] = useState(true)
  const [state, formAction, pending] = useActionState(action, IDLE)
  const onBlockingChange = useCallback((b: boolean) => setBlocking(b), [])
  // IAM's refusal of the document (size quota, malformed) belongs at the editor: go back to it.
  const documentError = fieldErrorOf(state, 'PolicyDocument', 'PolicyDocument')
  useEffect(() => {
    if (documentError) setStep(0)
  }, [state, documentError])
  const o = INLINE_POLICY_OWNERS[kind]
  return (
    <form action={formAction}>
      <input type="hidden" name={o.field} value={owner} />
      <section hidden={step !== 0} aria-label="Specify permissions">
        <h1 className="text-2xl font-bold">Specify permissions</h1>
        <p className="mb-3 text-console-muted">
          An inline policy is embedded in {o.label} {owner}. The inline policies of a {o.label} can have up to {o.maxLength.toLocaleString('en-US')} characters
          (without white space) together.
        </p>
        <PolicyEditor name="PolicyDocument" defaultValue={NEW_POLICY_TEMPLATE} policyType="identity" maxLength={o.maxLength} error={fieldErrorOf(state, 'PolicyDocument', 'PolicyDocument')} onBlockingChange={onBlockingChange} />
      </section>
      <section hidden={step !== 1} aria-label="Review and create">
        <h1 className="text-2xl font-bold">Review and create</h1>
        <div className="mt-4 rounded-lg border border-console-line bg-white p-4">
          <h2 className="font-bold">Policy details</h2>
          <TextField className="mt-4"
            label="Policy name"
            name="PolicyName"
            description="Enter a meaningful name to identify this policy. Maximum 128 characters. Use alphanumeric and '+=,.@-_' characters."
            error={fieldErrorOf(state, 'PolicyName', 'PolicyName')}
          />
        </div>
        <div className="mt-4">
          <FormStatus state={state} fields={['PolicyName']} />
        </div>
      </section>
      <PolicyStepButtons
        step={step}
        setStep={setStep}
        blocking={blocking}
        pending={pending}
        submitLabel="Create policy"
        leading={
          <Link href={ownerHref(kind, owner)} className={buttonClass('normal')}>
            Cancel
          </Link>
        }
      />
    </form>
  )
}
