'use client'
// Edit policy: the default version's document in the editor, then "Review and save" with
// "Set this new version as the default" and the policy summary of the new document. With
// 5 versions already, Save changes first asks which non-default version to delete (IAM
// User Guide, "Versioning IAM policies": the console prompts you to delete one or more
// non-default versions when you save a sixth).
import { Button } from '@/components/ui/button'
import { useRef, useState } from 'react'
import { PolicyEditor } from '@/components/policy-editor/policy-editor'
import type { ServerAction } from '@/components/ui/action-button'
import { FormStatus } from '@/components/ui/form-status'
import { MANAGED_POLICY_MAX } from './policy-document-wizard'
import { ReviewPermissionsSummary } from './policy-permissions'
import { usePolicyDocumentSteps } from './use-policy-document-steps'

export interface VersionSummary {
  VersionId: string
  IsDefaultVersion: boolean
  CreateDate: string
  Document: string
}

export function EditPolicyForm(props: { policyArn: string; policyName: string; document: string; versions: VersionSummary[]; action: ServerAction }) {
  const { step, setStep, blocking, onBlockingChange, state, formAction, pending, documentError } = usePolicyDocumentSteps(props.action)
  const dialog = useRef<HTMLDialogElement>(null)
  const full = props.versions.length >= 5
  const deletable = props.versions.filter((v) => !v.IsDefaultVersion).sort((a, b) => a.CreateDate.localeCompare(b.CreateDate))
  const [toDelete, setToDelete] = useState(deletable[0]?.VersionId ?? '')
  const [documentText, setDocumentText] = useState(props.document)
  return (
    <form action={formAction}>
      <input type="hidden" name="PolicyArn" value={props.policyArn} />
      <section hidden={step !== 0} aria-label="Modify permissions">
        <h1 className="text-2xl font-bold">Modify permissions in {props.policyName}</h1>
        <div className="mt-3">
          <PolicyEditor name="PolicyDocument" defaultValue={props.document} policyType="identity" maxLength={MANAGED_POLICY_MAX} error={documentError} onBlockingChange={onBlockingChange} onChange={setDocumentText} />
        </div>
      </section>
      <section hidden={step !== 1} aria-label="Review and save">
        <h1 className="text-2xl font-bold">Review and save</h1>
        <div className="mt-4 rounded-lg border border-console-line bg-white p-4">
          <p>Saving creates a new version of {props.policyName}. This policy has {props.versions.length} of 5 versions.</p>
          <label className="mt-2 block">
            <input type="checkbox" name="SetAsDefault" defaultChecked /> Set this new version as the default.
          </label>
        </div>
        <ReviewPermissionsSummary text={documentText} shown={step === 1} />
        <div className="mt-4">
          <FormStatus state={state} />
        </div>
      </section>
      {full ? (
        <dialog ref={dialog} aria-label="Delete a policy version" className="m-auto w-full max-w-2xl rounded-lg border border-console-line p-5 backdrop:bg-black/40">
          <h2 className="text-lg font-bold">Delete a policy version</h2>
          <p className="mt-2">
            This policy already has the maximum of 5 versions. To save your changes as a new version, delete a version other than the default version. You can view
            each version&apos;s JSON policy document to help you decide.
          </p>
          <fieldset className="mt-3 space-y-2">
            <legend className="font-bold">Version to delete</legend>
            {deletable.map((v) => (
              <div key={v.VersionId}>
                <label>
                  <input type="radio" name="DeleteVersionId" value={v.VersionId} checked={toDelete === v.VersionId} onChange={() => setToDelete(v.VersionId)} /> {v.VersionId} (created{' '}
                  {new Date(v.CreateDate).toUTCString()})
                </label>
                <details className="ml-5">
                  <summary className="cursor-pointer text-sm text-console-link">View JSON</summary>
                  <pre className="max-h-48 overflow-auto rounded bg-gray-50 p-2 font-mono text-xs">{v.Document}</pre>
                </details>
              </div>
            ))}
          </fieldset>
          <div className="mt-4 flex justify-end gap-2">
            <Button onClick={() => dialog.current?.close()}>
              Cancel
            </Button>
            <Button type="submit" variant="primary" disabled={!toDelete || pending} onClick={() => dialog.current?.close()}>
              Delete version and save changes
            </Button>
          </div>
        </dialog>
      ) : null}
      <div className="mt-6 flex justify-end gap-2">
        {step > 0 ? (
          <Button onClick={() => setStep(0)}>
            Previous
          </Button>
        ) : null}
        {step === 0 ? (
          <Button key="next" variant="primary" disabled={blocking} onClick={() => setStep(1)}>
            Next
          </Button>
        ) : full ? (
          <Button key="prompt" variant="primary" onClick={() => dialog.current?.showModal()}>
            Save changes
          </Button>
        ) : (
          <Button key="submit" type="submit" variant="primary" disabled={pending}>
            Save changes
          </Button>
        )}
      </div>
    </form>
  )
}
