'use client'
// Trust relationships > Edit trust policy: the editor validating the document as a trust
// policy (a role's resource-based policy); Update policy stays disabled while it has errors.
import { Button, buttonClass } from '@/components/ui/button'
import { useActionState, useState } from 'react'
import Link from 'next/link'
import { PolicyEditor } from '@/components/policy-editor/policy-editor'
import type { ServerAction } from '@/components/ui/action-button'
import { fieldErrorOf, FormStatus } from '@/components/ui/form-status'
import { IDLE } from '@/lib/actions/form-state'

export function EditTrustPolicyForm(props: { roleName: string; document: string; action: ServerAction }) {
  const [state, formAction, pending] = useActionState(props.action, IDLE)
  const [blocking, setBlocking] = useState(true)
  return (
    <form action={formAction}>
      <input type="hidden" name="RoleName" value={props.roleName} />
      <PolicyEditor name="PolicyDocument" defaultValue={props.document} policyType="trust" maxLength={2048} error={fieldErrorOf(state, 'PolicyDocument')} onBlockingChange={setBlocking} />
      <div className="mt-3">
        <FormStatus state={state} fields={['PolicyDocument']} />
      </div>
      <div className="mt-4 flex justify-end gap-2">
        <Link href={`/roles/${encodeURIComponent(props.roleName)}?tab=trust`} className={buttonClass('normal')}>
          Cancel
        </Link>
        <Button type="submit" variant="primary" disabled={blocking || pending}>
          Update policy
        </Button>
      </div>
    </form>
  )
}
