'use client'
// Create policy: "Specify permissions" in the JSON editor (Next stays disabled while the
// engine reports an ERROR), then "Review and create" with name, description and tags.
import { useActionState, useCallback, useEffect, useState } from 'react'
import { PolicyEditor } from '@/components/policy-editor/policy-editor'
import { IDLE } from '@/lib/actions/form-state'
import type { ServerAction } from '@/components/ui/action-button'
import { PolicyStepButtons } from './policy-step-buttons'
import { fieldErrorOf, FormStatus } from '@/components/ui/form-status'
import { TagFields } from './tag-fields'
import { TextField } from '@/components/ui/text-field'

// The console's starting document for a new policy.
export const NEW_POLICY_TEMPLATE = `{
    "Version": "2012-10-17",
    "Statement": [
        {
            "Sid": "Statement1",
            "Effect": "Allow",
            "Action": [],
            "Resource": []
        }
    ]
}`

export const MANAGED_POLICY_MAX = 6144

export function CreatePolicyForm({ action }: { action: ServerAction }) {
  const [step, setStep] = useState(0)
  const [blocking, setBlocking] = useState(true)
  const [state, formAction, pending] = useActionState(action, IDLE)
  const onBlockingChange = useCallback((b: boolean) => setBlocking(b), [])
  // IAM's refusal of the document (size quota, malformed) belongs at the editor: go back to it.
  const documentError = fieldErrorOf(state, 'PolicyDocument', 'PolicyDocument')
  useEffect(() => {
    if (documentError) setStep(0)
  }, [state, documentError])
  return (
    <form action={formAction}>
      <section hidden={step !== 0} aria-label="Specify permissions">
        <h1 className="text-2xl font-bold">Specify permissions</h1>
        <p className="mb-3 text-console-muted">Add permissions by writing the policy document in JSON.</p>
        <PolicyEditor name="PolicyDocument" defaultValue={NEW_POLICY_TEMPLATE} policyType="identity" maxLength={MANAGED_POLICY_MAX} error={fieldErrorOf(state, 'PolicyDocument', 'PolicyDocument')} onBlockingChange={onBlockingChange} />
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
          <TextField className="mt-4" label="Description - optional" name="Description" description="Add a short explanation for this policy." error={fieldErrorOf(state, 'Description', 'Description')} />
        </div>
        <div className="mt-4 rounded-lg border border-console-line bg-white p-4">
          <TagFields error={fieldErrorOf(state, 'Tags', 'Tags')} />
        </div>
        <div className="mt-4">
          <FormStatus state={state} fields={['PolicyName', 'Description', 'Tags']} />
        </div>
      </section>
      <PolicyStepButtons step={step} setStep={setStep} blocking={blocking} pending={pending} submitLabel="Create policy" />
    </form>
  )
}
