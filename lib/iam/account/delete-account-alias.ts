// DeleteAccountAlias names the alias it deletes; a name that is not the account's alias
// (another account's included) is NoSuchEntity, so a stale name never clears a newer one.
import { z } from 'zod'
import { ZAccountAlias } from './account-alias'
import { IamError } from '../errors'
import { defineIamOperation } from '../operation'

export const ZDeleteAccountAliasInput = z.object({ AccountAlias: ZAccountAlias })

export const deleteAccountAlias = defineIamOperation({
  name: 'DeleteAccountAlias',
  readOnly: false,
  input: ZDeleteAccountAliasInput,
  // The action has no resource type (Service Authorization Reference).
  resource: () => '*',
  async run(tx, input, caller): Promise<Record<string, never>> {
    // Conditional on the name, so a concurrent change of alias is not undone.
    const { count } = await tx.account.updateMany({ where: { id: caller.accountId, alias: input.AccountAlias }, data: { alias: null } })
    if (count === 0) throw new IamError('NoSuchEntity', `The account alias ${input.AccountAlias} cannot be found.`, { field: 'AccountAlias' })
    return {}
  },
})
