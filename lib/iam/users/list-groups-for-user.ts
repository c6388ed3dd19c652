import { z } from 'zod'
import { page, toGroupDto, type GroupDto, type ListResult } from '../dto'
import { existingEntityArn, requireUser } from '../entities'
import { defineIamOperation } from '../operation'
import { ZMarker, ZMaxItems, ZUserName } from '../schemas'

export const ZListGroupsForUserInput = z.object({ UserName: ZUserName, Marker: ZMarker.optional(), MaxItems: ZMaxItems.optional() })

export const listGroupsForUser = defineIamOperation({
  name: 'ListGroupsForUser',
  readOnly: true,
  input: ZListGroupsForUserInput,
  resource: (db, input, caller) => existingEntityArn(db, caller, 'user', input.UserName),
  async run(tx, input, caller): Promise<{ Groups: GroupDto[] } & ListResult> {
    const user = await requireUser(tx, caller, input.UserName)
    const rows = await tx.groupMembership.findMany({ where: { userId: user.id }, include: { group: true }, orderBy: { group: { name: 'asc' } } })
    const { items, ...rest } = page(rows.map((r) => toGroupDto(r.group)), input.Marker, input.MaxItems)
    return { Groups: items, ...rest }
  },
})
