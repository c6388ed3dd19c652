// DeleteAccountPasswordPolicy: back to AWS's default policy.
import { z } from 'zod'
import { IamError } from '../errors'
import { defineIamOperation } from '../operation'

export const ZDeleteAccountPasswordPolicyInput = z.object({})

export const deleteAccountPasswordPolicy = defineIamOperation({
  name: 'DeleteAccountPasswordPolicy',
  readOnly: false,
  input: ZDeleteAccountPasswordPolicyInput,
  resource: () => '*',
  async run(tx, _input, caller): Promise<Record<string, never>> {
    const { count } = await tx.passwordPolicy.deleteMany({ where: { accountId: caller.accountId } })
    if (count === 0) throw new IamError('NoSuchEntity', 'The account policy with name PasswordPolicy cannot be found.')
    return {}
  },
})
