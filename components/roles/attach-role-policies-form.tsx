'use client'
import { useActionState } from 'react'
import type { ServerAction } from '@/components/policies/action-button'
import { PRIMARY_BUTTON } from '@/components/policies/button-classes'
import { fieldError, FormError } from '@/components/policies/form-error'
import { PolicyChecklist } from '@/components/policies/policy-checklist'
import type { PolicyChoice } from '@/components/policies/policy-type'
import { IDLE } from '@/lib/actions/form-state'

export function AttachRolePoliciesForm(props: { roleName: string; policies: PolicyChoice[]; action: ServerAction }) {
  const [state, formAction, pending] = useActionState(props.action, IDLE)
  return (
    <form action={formAction}>
      <input type="hidden" name="RoleName" value={props.roleName} />
      <h2 className="font-bold">Other permissions policies</h2>
      <PolicyChecklist policies={props.policies} />
      {fieldError(state, 'policyArns[]') ? <p className="text-sm text-red-700">{fieldError(state, 'policyArns[]')}</p> : null}
      <div className="mt-3">
        <FormError state={state} fields={['policyArns[]']} />
      </div>
      <div className="mt-4 flex justify-end">
        <button type="submit" className={PRIMARY_BUTTON} disabled={pending}>
          Add permissions
        </button>
      </div>
    </form>
  )
}
