// GetAccountPasswordPolicy: the custom policy, or NoSuchEntity when the account uses
// AWS's default one (AWS answers so; the console then shows the default rules).
import { z } from 'zod'
import type { PasswordPolicy } from '@/lib/credentials/password-policy'
import { IamError } from '../errors'
import { defineIamOperation } from '../operation'
import { loadAccountPasswordPolicy } from './account-password-policy'

export const ZGetAccountPasswordPolicyInput = z.object({})

export const getAccountPasswordPolicy = defineIamOperation({
  name: 'GetAccountPasswordPolicy',
  readOnly: true,
  input: ZGetAccountPasswordPolicyInput,
  // The action has no resource type (Service Authorization Reference): Resource "*".
  resource: () => '*',
  async run(tx, _input, caller): Promise<{ PasswordPolicy: PasswordPolicy }> {
    const policy = await loadAccountPasswordPolicy(tx, caller.accountId)
    if (!policy) throw new IamError('NoSuchEntity', `The Password Policy with domain name ${caller.accountId} cannot be found.`)
    return { PasswordPolicy: policy }
  },
})
