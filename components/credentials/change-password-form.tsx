'use client'
// Old password, new password, retype: AWS's change-password form, for the forced change
// after sign-in and for "Update console password". A PasswordPolicyViolation lists
// each unmet rule of the account password policy at the new password.
import type { ServerAction } from '@/components/ui/action-button'
import { useActionState } from 'react'
import { Button } from '@/components/ui/button'
import { FormStatus, fieldErrorOf } from '@/components/ui/form-status'
import { TextField } from '@/components/ui/text-field'
import { IDLE } from '@/lib/actions/form-state'
import { PasswordRuleList } from './password-rule-list'

export function ChangePasswordForm({
  action,
  then,
  submitLabel,
}: {
  action: ServerAction
  then: 'console' | 'stay'
  submitLabel: string
}) {
  const [state, formAction, pending] = useActionState(action, IDLE)
  const violation = state.status === 'error' && state.code === 'PasswordPolicyViolation' ? state.message : null
  return (
    <form action={formAction} className="max-w-md space-y-4" aria-label="Change password">
      <input type="hidden" name="then" value={then} />
      <TextField label="Old password" name="OldPassword" type="password" autoComplete="current-password" required error={fieldErrorOf(state, 'OldPassword')} />
      <TextField
        label="New password"
        name="NewPassword"
        type="password"
        autoComplete="new-password"
        required
        error={violation ? undefined : fieldErrorOf(state, 'NewPassword')}
      />
      {violation ? <PasswordRuleList message={violation} /> : null}
      <TextField label="Retype new password" name="confirmPassword" type="password" autoComplete="new-password" required error={fieldErrorOf(state, 'confirmPassword')} />
      <FormStatus state={state} fields={['OldPassword', 'NewPassword', 'confirmPassword']} />
      <Button type="submit" variant="primary" disabled={pending}>
        {submitLabel}
      </Button>
    </form>
  )
}
