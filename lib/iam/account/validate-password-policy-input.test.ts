import { describe, expect, it } from 'vitest'
import type { PasswordPolicy } from '@/lib/credentials/password-policy'
import { validatePasswordPolicyInput, type UpdateAccountPasswordPolicyInput } from './validate-password-policy-input'

/** What UpdateAccountPasswordPolicy sets when given no parameters. */
const NO_RULES: PasswordPolicy = {
  MinimumPasswordLength: 6, RequireSymbols: false, RequireNumbers: false, RequireUppercaseCharacters: false, RequireLowercaseCharacters: false, AllowUsersToChangePassword: false, ExpirePasswords: false,
}

describe('validatePasswordPolicyInput', () => {
  const cases: { name: string; input: UpdateAccountPasswordPolicyInput; policy?: PasswordPolicy; error?: string }[] = [
    {
      // AWS's recorded answer to an UpdateAccountPasswordPolicy with no parameters.
      name: 'no parameters sets the API defaults',
      input: {},
      policy: NO_RULES,
    },
    {
      name: 'every member, as in the recorded custom-values response',
      input: {
        AllowUsersToChangePassword: true, HardExpiry: true, MaxPasswordAge: 60, MinimumPasswordLength: 10,
        PasswordReusePrevention: 3, RequireLowercaseCharacters: true, RequireNumbers: true, RequireSymbols: true,
        RequireUppercaseCharacters: true,
      },
      policy: {
        AllowUsersToChangePassword: true, ExpirePasswords: true, HardExpiry: true, MaxPasswordAge: 60,
        MinimumPasswordLength: 10, PasswordReusePrevention: 3, RequireLowercaseCharacters: true,
        RequireNumbers: true, RequireSymbols: true, RequireUppercaseCharacters: true,
      },
    },
    { name: 'lower bounds are accepted', input: { MinimumPasswordLength: 6, MaxPasswordAge: 1, PasswordReusePrevention: 1 },
      policy: { ...NO_RULES, MinimumPasswordLength: 6, MaxPasswordAge: 1, ExpirePasswords: true, PasswordReusePrevention: 1 } },
    { name: 'upper bounds are accepted', input: { MinimumPasswordLength: 128, MaxPasswordAge: 1095, PasswordReusePrevention: 24 },
      policy: { ...NO_RULES, MinimumPasswordLength: 128, MaxPasswordAge: 1095, ExpirePasswords: true, PasswordReusePrevention: 24 } },
    {
      // Recorded from AWS: the three range errors together, in this order.
      name: 'three members above range: AWS recorded message',
      input: { MaxPasswordAge: 1096, MinimumPasswordLength: 129, PasswordReusePrevention: 25 },
      error:
        "3 validation errors detected: Value at 'minimumPasswordLength' failed to satisfy constraint: Member must have value less than or equal to 128; Value at 'passwordReusePrevention' failed to satisfy constraint: Member must have value less than or equal to 24; Value at 'maxPasswordAge' failed to satisfy constraint: Member must have value less than or equal to 1095",
    },
    {
      name: 'minimum length 5 is below range',
      input: { MinimumPasswordLength: 5 },
      error: "1 validation error detected: Value at 'minimumPasswordLength' failed to satisfy constraint: Member must have value greater than or equal to 6",
    },
    {
      // 0 is the "never expires" default, which AWS does not let you set explicitly.
      name: 'max age 0 cannot be set explicitly',
      input: { MaxPasswordAge: 0 },
      error: "1 validation error detected: Value at 'maxPasswordAge' failed to satisfy constraint: Member must have value greater than or equal to 1",
    },
    {
      name: 'reuse prevention 0 is below range',
      input: { PasswordReusePrevention: 0 },
      error: "1 validation error detected: Value at 'passwordReusePrevention' failed to satisfy constraint: Member must have value greater than or equal to 1",
    },
    {
      name: 'a fractional length is not an integer',
      input: { MinimumPasswordLength: 8.5 },
      error: "1 validation error detected: Value at 'minimumPasswordLength' failed to satisfy constraint: Member must be an integer",
    },
    {
      name: 'a string flag is not a boolean',
      input: { RequireSymbols: 'yes' },
      error: "1 validation error detected: Value at 'requireSymbols' failed to satisfy constraint: Member must be a boolean",
    },
  ]
  for (const c of cases) {
    it(c.name, () => {
      const result = validatePasswordPolicyInput(c.input)
      if (c.error) {
        expect(result).toEqual({ ok: false, error: { code: 'ValidationError', message: c.error } })
      } else {
        expect(result).toEqual({ ok: true, policy: c.policy })
      }
    })
  }
})
