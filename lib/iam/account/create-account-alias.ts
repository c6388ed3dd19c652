// CreateAccountAlias. An account has one alias, and a new one replaces it: "If you create
// a new alias for your AWS account, the new alias overwrites the previous alias, and the
// URL containing the previous alias stops working" (IAM User Guide, "Your AWS account ID
// and its alias"), so a second alias is not a LimitExceeded. An alias is unique across
// the deployment, as across an AWS partition: a name any account holds (this one too)
// is EntityAlreadyExists, with the text AWS answers. The unique index on Account.alias
// settles two accounts racing for one name.
import { z } from 'zod'
import { ZAccountAlias } from './account-alias'
import { IamError } from '../errors'
import { defineIamOperation } from '../operation'

export const ZCreateAccountAliasInput = z.object({ AccountAlias: ZAccountAlias })

export const aliasTaken = (alias: string) => new IamError('EntityAlreadyExists', `The account alias ${alias} already exists.`, { field: 'AccountAlias' })

export const createAccountAlias = defineIamOperation({
  name: 'CreateAccountAlias',
  readOnly: false,
  input: ZCreateAccountAliasInput,
  // The action has no resource type (Service Authorization Reference).
  resource: () => '*',
  async run(tx, input, caller): Promise<Record<string, never>> {
    const holder = await tx.account.findUnique({ where: { alias: input.AccountAlias }, select: { id: true } })
    if (holder) throw aliasTaken(input.AccountAlias)
    try {
      await tx.account.update({ where: { id: caller.accountId }, data: { alias: input.AccountAlias } })
    } catch (error) {
      if ((error as { code?: unknown }).code === 'P2002') throw aliasTaken(input.AccountAlias)
      throw error
    }
    return {}
  },
})
