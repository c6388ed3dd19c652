'use server'
// ChangePassword for the signed-in IAM user: the forced change right after sign-in
// ("User must create a new password at next sign-in", an expired password) and
// "Update console password" on My security credentials. The only action a session with
// a pending password change may run (allowingPendingPasswordChange); it clears the
// pending change, so the console opens afterwards.
import { redirect } from 'next/navigation'
import { z } from 'zod'
import { consoleAction } from '@/lib/actions/console-action'
import { oneOf } from '@/lib/actions/form-fields'
import type { FormState } from '@/lib/actions/form-state'
import { allowingPendingPasswordChange } from '@/lib/auth/current-caller'
import { changePassword } from '@/lib/iam'

const ZChangePasswordForm = z
  .object({
    OldPassword: z.string().min(1, 'Enter your old password.'),
    NewPassword: z.string().min(1, 'Enter a new password.'),
    confirmPassword: z.string(),
    // Where to go afterwards: the console after a forced change, else stay on the page.
    then: oneOf(['console', 'stay'], 'stay'),
  })
  .refine((v) => v.NewPassword === v.confirmPassword, { path: ['confirmPassword'], message: 'The passwords do not match.' })

const changePasswordForm = consoleAction({
  input: ZChangePasswordForm,
  run: (caller, input) => changePassword(caller, { OldPassword: input.OldPassword, NewPassword: input.NewPassword }),
  onSuccess: (_result, input): FormState => {
    if (input.then === 'console') redirect('/')
    return { status: 'success', message: 'Your console password has been changed.' }
  },
})

export async function changePasswordAction(previous: FormState, formData: FormData): Promise<FormState> {
  return allowingPendingPasswordChange(() => changePasswordForm(previous, formData))
}
