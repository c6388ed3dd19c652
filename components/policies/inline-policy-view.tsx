'use client'
// An inline policy: its summary and document, Edit (the editor, Save changes), and Delete confirmed
// by typing the policy name.
import { Button } from '@/components/ui/button'
import { useActionState, useCallback, useState } from 'react'
import Link from 'next/link'
import { PolicyEditor } from '@/components/policy-editor/policy-editor'
import { IDLE } from '@/lib/actions/form-state'
import type { ServerAction } from '@/components/ui/action-button'
import { ConfirmDeleteDialog } from '@/components/ui/confirm-delete-dialog'
import { fieldErrorOf, FormStatus } from '@/components/ui/form-status'
import { PolicyPermissionsViews } from './policy-permissions'
import { INLINE_POLICY_OWNERS, ownerHref, type InlinePolicyOwnerKind } from './inline-policy-kinds'

export function InlinePolicyView(props: { kind: InlinePolicyOwnerKind; owner: string; policyName: string; document: string; putAction: ServerAction; deleteAction: ServerAction }) {
  const [editing, setEditing] = useState(false)
  const [blocking, setBlocking] = useState(true)
  const [state, formAction, pending] = useActionState(props.putAction, IDLE)
  const onBlockingChange = useCallback((b: boolean) => setBlocking(b), [])
  const o = INLINE_POLICY_OWNERS[props.kind]
  const fields = { [o.field]: props.owner, PolicyName: props.policyName }
  return (
    <section>
      <nav aria-label="Breadcrumbs" className="text-sm">
        <Link href={ownerHref(props.kind, props.owner)} className="text-console-link hover:underline">
          {props.owner}
        </Link>{' '}
        &gt; {props.policyName}
      </nav>
      <div className="mt-2 flex items-start justify-between">
        <h1 className="text-2xl font-bold">{props.policyName}</h1>
        <div className="flex gap-2">
          {editing ? null : (
            <Button onClick={() => setEditing(true)}>
              Edit
            </Button>
          )}
          <ConfirmDeleteDialog title={`Delete ${props.policyName}?`} entityName={props.policyName} entityLabel="policy name" action={props.deleteAction} fields={fields}>
            <p>
              The inline policy is removed from {o.label} {props.owner} and deleted.
            </p>
          </ConfirmDeleteDialog>
        </div>
      </div>
      <p className="mt-1 text-console-muted">Customer inline policy of {o.label} {props.owner}</p>
      {editing ? (
        <form action={formAction} className="mt-4">
          {Object.entries(fields).map(([n, v]) => (
            <input key={n} type="hidden" name={n} value={v} />
          ))}
          <PolicyEditor name="PolicyDocument" defaultValue={props.document} policyType="identity" maxLength={o.maxLength} error={fieldErrorOf(state, 'PolicyDocument')} onBlockingChange={onBlockingChange} />
          <div className="mt-3">
            <FormStatus state={state} fields={['PolicyDocument']} />
          </div>
          <div className="mt-4 flex justify-end gap-2">
            <Button onClick={() => setEditing(false)}>
              Cancel
            </Button>
            <Button type="submit" variant="primary" disabled={blocking || pending}>
              Save changes
            </Button>
          </div>
        </form>
      ) : (
        <div className="mt-4 rounded-lg border border-console-line bg-white p-5">
          <PolicyPermissionsViews document={props.document} />
        </div>
      )}
      {state.status === 'success' ? <p className="mt-2 text-green-700">{state.message}</p> : null}
    </section>
  )
}
