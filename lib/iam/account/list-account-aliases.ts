// ListAccountAliases: the account's alias, as a list of at most one (IAM API Reference),
// paged with Marker/MaxItems like every IAM list.
import { z } from 'zod'
import { page, type ListResult } from '../dto'
import { defineIamOperation } from '../operation'
import { ZMarker, ZMaxItems } from '../schemas'

export const ZListAccountAliasesInput = z.object({ Marker: ZMarker.optional(), MaxItems: ZMaxItems.optional() })

export const listAccountAliases = defineIamOperation({
  name: 'ListAccountAliases',
  readOnly: true,
  input: ZListAccountAliasesInput,
  // The action has no resource type (Service Authorization Reference).
  resource: () => '*',
  async run(tx, input, caller): Promise<{ AccountAliases: string[] } & ListResult> {
    const account = await tx.account.findUniqueOrThrow({ where: { id: caller.accountId }, select: { alias: true } })
    const { items, ...rest } = page(account.alias ? [account.alias] : [], input.Marker, input.MaxItems)
    return { AccountAliases: items, ...rest }
  },
})
