'use client'
import { Button } from '@/components/ui/button'
import { useActionState } from 'react'
import type { ServerAction } from '@/components/ui/action-button'
import { BoundarySelect } from '@/components/policies/boundary-select'
import { FormStatus } from '@/components/ui/form-status'
import type { PolicyChoice } from '@/components/policies/policy-type'
import { IDLE } from '@/lib/actions/form-state'

export function SetRoleBoundaryForm(props: { roleName: string; policies: PolicyChoice[]; action: ServerAction }) {
  const [state, formAction, pending] = useActionState(props.action, IDLE)
  return (
    <form action={formAction}>
      <input type="hidden" name="RoleName" value={props.roleName} />
      <p className="text-console-muted">Choose a managed policy to use as the permissions boundary: the maximum permissions this role can have.</p>
      <BoundarySelect policies={props.policies} required />
      <div className="mt-3">
        <FormStatus state={state} />
      </div>
      <div className="mt-4 flex justify-end">
        <Button type="submit" variant="primary" disabled={pending}>
          Set boundary
        </Button>
      </div>
    </form>
  )
}
