'use server'
// Account settings > Password policy > Edit: "IAM default" is DeleteAccountPasswordPolicy,
// "Custom" is UpdateAccountPasswordPolicy with every field (AWS has no partial update).
// Ranges are checked here first so each error shows at its field, in the console's words;
// lib/iam checks them again with the API's.
import { revalidatePath } from 'next/cache'
import { z } from 'zod'
import { consoleAction } from '@/lib/actions/console-action'
import { MAX_PASSWORD_AGE_LIMITS, PASSWORD_LENGTH_LIMITS, PASSWORD_REUSE_PREVENTION_LIMITS } from '@/lib/credentials/password-policy'
import { deleteAccountPasswordPolicy, updateAccountPasswordPolicy } from '@/lib/iam'
import { isIamError } from '@/lib/iam/errors'

const checkbox = z.string().optional().transform((v) => v === 'on')

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
    minimumLength: integerField('Password minimum length', PASSWORD_LENGTH_LIMITS),
    requireUppercase: checkbox,
    requireLowercase: checkbox,
    requireNumbers: checkbox,
    requireSymbols: checkbox,
    expirePasswords: checkbox,
    maxPasswordAge: z.string().optional(),
    hardExpiry: checkbox,
    allowUsersToChangePassword: checkbox,
    preventReuse: checkbox,
    passwordReusePrevention: z.string().optional(),
  })
  .superRefine((v, ctx) => {
    // The day and count fields only count when their checkbox is on, as in the console.
    const checks = [
      [v.expirePasswords, 'maxPasswordAge', v.maxPasswordAge, 'Password expiration', MAX_PASSWORD_AGE_LIMITS],
      [v.preventReuse, 'passwordReusePrevention', v.passwordReusePrevention, 'Remembered passwords', PASSWORD_REUSE_PREVENTION_LIMITS],
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
      MinimumPasswordLength: input.minimumLength,
      RequireUppercaseCharacters: input.requireUppercase,
      RequireLowercaseCharacters: input.requireLowercase,
      RequireNumbers: input.requireNumbers,
      RequireSymbols: input.requireSymbols,
      AllowUsersToChangePassword: input.allowUsersToChangePassword,
      ...(input.expirePasswords ? { MaxPasswordAge: Number(input.maxPasswordAge), HardExpiry: input.hardExpiry } : {}),
      ...(input.preventReuse ? { PasswordReusePrevention: Number(input.passwordReusePrevention) } : {}),
    })
  },
  onSuccess() {
    revalidatePath('/account-settings')
    return { status: 'success', message: 'Password policy updated.' }
  },
})
