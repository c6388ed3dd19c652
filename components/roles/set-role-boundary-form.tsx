'use client'
import { useActionState } from 'react'
import type { ServerAction } from '@/components/policies/action-button'
import { BoundarySelect } from '@/components/policies/boundary-select'
import { PRIMARY_BUTTON } from '@/components/policies/button-classes'
import { FormError } from '@/components/policies/form-error'
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
        <FormError state={state} />
      </div>
      <div className="mt-4 flex justify-end">
        <button type="submit" className={PRIMARY_BUTTON} disabled={pending}>
          Set boundary
        </button>
      </div>
    </form>
  )
}
