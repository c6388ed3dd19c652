'use client'
import { Button } from '@/components/ui/button'
import { useActionState } from 'react'
import type { ServerAction } from '@/components/ui/action-button'
import { FieldError, fieldErrorOf, FormStatus } from '@/components/ui/form-status'
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
      <FieldError error={fieldErrorOf(state, 'PolicyArns[]')} />
      <div className="mt-3">
        <FormStatus state={state} fields={['PolicyArns[]']} />
      </div>
      <div className="mt-4 flex justify-end">
        <Button type="submit" variant="primary" disabled={pending}>
          Add permissions
        </Button>
      </div>
    </form>
  )
}
