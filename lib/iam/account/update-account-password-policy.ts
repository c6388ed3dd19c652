// UpdateAccountPasswordPolicy: no partial updates, as in AWS; every omitted member goes
// back to its default (API reference: "if you do not specify a parameter, that
// parameter's value reverts to its default value"). The ranges and the ValidationError
// wording are validatePasswordPolicyInput's.
import { z } from 'zod'
import { passwordPolicyToRow } from './password-policy-row'
import { validatePasswordPolicyInput } from './validate-password-policy-input'
import { IamError } from '../errors'
import { defineIamOperation } from '../operation'

// Members are checked by validatePasswordPolicyInput, which reports all of them at once
// in AWS's order; zod only keeps unknown members out.
const member = z.unknown().optional()
export const ZUpdateAccountPasswordPolicyInput = z.object({
  MinimumPasswordLength: member,
  RequireSymbols: member,
  RequireNumbers: member,
  RequireUppercaseCharacters: member,
  RequireLowercaseCharacters: member,
  AllowUsersToChangePassword: member,
  MaxPasswordAge: member,
  PasswordReusePrevention: member,
  HardExpiry: member,
})

export const updateAccountPasswordPolicy = defineIamOperation({
  name: 'UpdateAccountPasswordPolicy',
  readOnly: false,
  input: ZUpdateAccountPasswordPolicyInput,
  resource: () => '*',
  async run(tx, input, caller): Promise<Record<string, never>> {
    const checked = validatePasswordPolicyInput(input)
    if (!checked.ok) throw new IamError('ValidationError', checked.error.message)
    const row = passwordPolicyToRow(checked.policy)
    await tx.passwordPolicy.upsert({ where: { accountId: caller.accountId }, create: { accountId: caller.accountId, ...row }, update: row })
    return {}
  },
})
