'use client'

import type { ServerAction } from '@/components/ui/action-button'
import Link from 'next/link'
import { useActionState } from 'react'
import { PolicyPicker } from '@/components/policy-picker/policy-picker'
import type { PolicyPickerItem } from '@/components/policy-picker/policy-picker-item'
import { Button, buttonClass } from '@/components/ui/button'
import { fieldErrorOf, FormStatus } from '@/components/ui/form-status'
import { FieldError } from '@/components/ui/text-field'
import { IDLE } from '@/lib/actions/form-state'

export function AttachGroupPoliciesForm(props: { groupName: string; policies: PolicyPickerItem[]; attachedArns: string[]; action: ServerAction }) {
  const [state, formAction, pending] = useActionState(props.action, IDLE)
  return (
    <form action={formAction} className="space-y-4">
      <input type="hidden" name="GroupName" value={props.groupName} />
      <PolicyPicker items={props.policies} excludeArns={props.attachedArns} title="Other permissions policies" />
      <FieldError error={fieldErrorOf(state, 'PolicyArns[]')} />
      <FormStatus state={state} fields={['PolicyArns[]']} />
      <div className="flex justify-end gap-2">
        <Link href={`/groups/${encodeURIComponent(props.groupName)}?section=permissions`} className={buttonClass('link')}>
          Cancel
        </Link>
        <Button type="submit" variant="primary" disabled={pending}>
          Attach policies
        </Button>
      </div>
    </form>
  )
}
