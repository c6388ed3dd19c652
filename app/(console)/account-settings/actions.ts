'use server'
// Account settings > Password policy > Edit: "IAM default" is DeleteAccountPasswordPolicy,
// "Custom" is UpdateAccountPasswordPolicy with every field (AWS has no partial update).
// Ranges are checked here first so each error shows at its field, in the console's words;
// lib/iam checks them again with the API's.
import { revalidatePath } from 'next/cache'
import { z } from 'zod'
import { consoleAction } from '@/lib/actions/console-action'
import { checkbox } from '@/lib/actions/form-fields'
import { MAX_PASSWORD_AGE_LIMITS, PASSWORD_LENGTH_LIMITS, PASSWORD_REUSE_PREVENTION_LIMITS } from '@/lib/credentials/password-policy'
import { deleteAccountPasswordPolicy, updateAccountPasswordPolicy } from '@/lib/iam'
import { isIamError } from '@/lib/iam/errors'

function integerField(label: string, limits: { min: number; max: number }) {
  return z
    .string()
    .trim()
    .refine((v) => /^\d+$/.test(v) && Number(v) >= limits.min && Number(v) <= limits.max, {
      message: `${label} must be a whole number from ${limits.min} to ${limits.max}.`,
    })
    .transform(Number)
}

const ZCustomPolicyForm = z
  .object({
    mode: z.literal('custom'),
    MinimumPasswordLength: integerField('Password minimum length', PASSWORD_LENGTH_LIMITS),
    RequireUppercaseCharacters: checkbox,
    RequireLowercaseCharacters: checkbox,
    RequireNumbers: checkbox,
    RequireSymbols: checkbox,
    expirePasswords: checkbox,
    MaxPasswordAge: z.string().optional(),
    HardExpiry: checkbox,
    AllowUsersToChangePassword: checkbox,
    preventReuse: checkbox,
    PasswordReusePrevention: z.string().optional(),
  })
  .superRefine((v, ctx) => {
    // The day and count fields only count when their checkbox is on, as in the console.
    const checks = [
      [v.expirePasswords, 'MaxPasswordAge', v.MaxPasswordAge, 'Password expiration', MAX_PASSWORD_AGE_LIMITS],
      [v.preventReuse, 'PasswordReusePrevention', v.PasswordReusePrevention, 'Remembered passwords', PASSWORD_REUSE_PREVENTION_LIMITS],
    ] as const
    for (const [on, field, value, label, limits] of checks) {
      if (!on) continue
      const parsed = integerField(label, limits).safeParse(value ?? '')
      if (!parsed.success) ctx.addIssue({ code: 'custom', path: [field], message: parsed.error.issues[0]!.message })
    }
  })

const ZPasswordPolicyForm = z.discriminatedUnion('mode', [z.object({ mode: z.literal('default') }), ZCustomPolicyForm])

export const updatePasswordPolicyAction = consoleAction({
  input: ZPasswordPolicyForm,
  async run(caller, input) {
    if (input.mode === 'default') {
      // Already on the default: nothing to delete, and nothing to report.
      await deleteAccountPasswordPolicy(caller, {}).catch((error: unknown) => {
        if (!isIamError(error, 'NoSuchEntity')) throw error
      })
      return
    }
    await updateAccountPasswordPolicy(caller, {
      MinimumPasswordLength: input.MinimumPasswordLength,
      RequireUppercaseCharacters: input.RequireUppercaseCharacters,
      RequireLowercaseCharacters: input.RequireLowercaseCharacters,
      RequireNumbers: input.RequireNumbers,
      RequireSymbols: input.RequireSymbols,
      AllowUsersToChangePassword: input.AllowUsersToChangePassword,
      ...(input.expirePasswords ? { MaxPasswordAge: Number(input.MaxPasswordAge), HardExpiry: input.HardExpiry } : {}),
      ...(input.preventReuse ? { PasswordReusePrevention: Number(input.PasswordReusePrevention) } : {}),
    })
  },
  onSuccess() {
    revalidatePath('/account-settings')
    return { status: 'success', message: 'Password policy updated.' }
  },
})
