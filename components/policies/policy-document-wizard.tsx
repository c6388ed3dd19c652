'use client'
// Create policy and create inline policy: "Specify permissions" in the JSON editor (Next
// stays disabled while the engine reports an ERROR), then "Review and create" with the
// policy summary of the document.
import { useState, type ReactNode } from 'react'
import { PolicyEditor } from '@/components/policy-editor/policy-editor'
import type { ServerAction } from '@/components/ui/action-button'
import { WizardStepButtons } from '@/components/ui/wizard-step-buttons'
import type { FormState } from '@/lib/actions/form-state'
import { ReviewPermissionsSummary } from './policy-permissions'
import { usePolicyDocumentSteps } from './use-policy-document-steps'

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

export function PolicyDocumentWizard(props: {
  action: ServerAction
  /** Fields the action needs besides the document, e.g. { UserName } for an inline policy. */
  hiddenFields?: Record<string, string>
  intro: ReactNode
  maxLength: number
  /** The review step's content below its heading; gets the action's state for field errors. */
  review: (state: FormState) => ReactNode
  /** Shown before Previous, e.g. a Cancel link. */
  leading?: ReactNode
}) {
  const { step, setStep, blocking, onBlockingChange, state, formAction, pending, documentError } = usePolicyDocumentSteps(props.action)
  const [documentText, setDocumentText] = useState(NEW_POLICY_TEMPLATE)
  return (
    <form action={formAction}>
      {Object.entries(props.hiddenFields ?? {}).map(([name, value]) => (
        <input key={name} type="hidden" name={name} value={value} />
      ))}
      <section hidden={step !== 0} aria-label="Specify permissions">
        <h1 className="text-2xl font-bold">Specify permissions</h1>
        <p className="mb-3 text-console-muted">{props.intro}</p>
        <PolicyEditor name="PolicyDocument" defaultValue={NEW_POLICY_TEMPLATE} policyType="identity" maxLength={props.maxLength} error={documentError} onBlockingChange={onBlockingChange} onChange={setDocumentText} />
      </section>
      <section hidden={step !== 1} aria-label="Review and create">
        <h1 className="text-2xl font-bold">Review and create</h1>
        {props.review(state)}
        <ReviewPermissionsSummary text={documentText} shown={step === 1} />
      </section>
      <WizardStepButtons step={step} lastStep={1} setStep={setStep} nextDisabled={blocking} pending={pending} submitLabel="Create policy" leading={props.leading} />
    </form>
  )
}
