import { z } from 'zod'
import { dbPage, markerOffset, toGroupDto, type GroupDto, type ListResult } from '../dto'
import { defineIamOperation } from '../operation'
import { ZMarker, ZMaxItems, ZPathPrefix } from '../schemas'
import { pathPrefixArn } from '../arn'
import { pathPrefixWhere } from '../path-prefix'

export const ZListGroupsInput = z.object({ PathPrefix: ZPathPrefix.optional(), Marker: ZMarker.optional(), MaxItems: ZMaxItems.optional() })

export const listGroups = defineIamOperation({
  name: 'ListGroups',
  readOnly: true,
  input: ZListGroupsInput,
  // IAM authorizes the listing against the path being listed (AWS's denial reads
  // "... on resource: arn:aws:iam::ACCOUNT:group/"), which a Resource of "*" also covers.
  resource: (_db, input, caller) => pathPrefixArn(caller.accountId, 'group', input.PathPrefix),
  async run(tx, input, caller): Promise<{ Groups: GroupDto[] } & ListResult> {
    const offset = markerOffset(input.Marker)
    const size = input.MaxItems ?? 100
    const rows = await tx.group.findMany({
      where: {
        accountId: caller.accountId,
        ...(await pathPrefixWhere(input.PathPrefix, (like) => tx.group.findMany({ where: { accountId: caller.accountId, ...like }, select: { id: true, path: true } }))),
      },
      orderBy: { nameKey: 'asc' }, skip: offset, take: size + 1,
    })
    const { items, ...rest } = dbPage(rows, offset, size)
    return { Groups: items.map(toGroupDto), ...rest }
  },
})
