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

/** "Set permissions boundary" / "Change boundary": one managed policy, chosen by radio. */
export function PermissionsBoundaryForm(props: {
  hiddenFields: Record<string, string>
  cancelHref: string
  policies: PolicyPickerItem[]
  current: string | undefined
  action: ServerAction
}) {
  const [state, formAction, pending] = useActionState(props.action, IDLE)
  return (
    <form action={formAction} className="space-y-4">
      {Object.entries(props.hiddenFields).map(([n, v]) => (
        <input key={n} type="hidden" name={n} value={v} />
      ))}
      <PolicyPicker items={props.policies} name="PermissionsBoundary" mode="single" title="Permissions policies" defaultSelected={props.current ? [props.current] : []} />
      <FieldError error={fieldErrorOf(state, 'PermissionsBoundary')} />
      <FormStatus state={state} fields={['PermissionsBoundary']} />
      <div className="flex justify-end gap-2">
        <Link href={props.cancelHref} className={buttonClass('link')}>
          Cancel
        </Link>
        <Button type="submit" variant="primary" disabled={pending}>
          Set boundary
        </Button>
      </div>
    </form>
  )
}
