import { z } from 'zod'
import { page, toGroupDto, toUserDto, type GroupDto, type ListResult, type UserDto } from '../dto'
import { existingEntityArn, requireGroup } from '../entities'
import { defineIamOperation } from '../operation'
import { ZGroupName, ZMarker, ZMaxItems } from '../schemas'

export const ZGetGroupInput = z.object({ GroupName: ZGroupName, Marker: ZMarker.optional(), MaxItems: ZMaxItems.optional() })

export const getGroup = defineIamOperation({
  name: 'GetGroup',
  readOnly: true,
  input: ZGetGroupInput,
  resource: (db, input, caller) => existingEntityArn(db, caller, 'group', input.GroupName),
  async run(tx, input, caller): Promise<{ Group: GroupDto; Users: UserDto[] } & ListResult> {
    const group = await requireGroup(tx, caller, input.GroupName)
    const members = await tx.groupMembership.findMany({ where: { groupId: group.id }, include: { user: true }, orderBy: { user: { name: 'asc' } } })
    const { items, ...rest } = page(members.map((m) => toUserDto(m.user)), input.Marker, input.MaxItems)
    return { Group: toGroupDto(group), Users: items, ...rest }
  },
})
