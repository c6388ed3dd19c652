import { z } from 'zod'
import { toUserDto, type UserDto } from '../dto'
import { existingEntityArn, requireUser } from '../entities'
import { IamError } from '../errors'
import { defineIamOperation } from '../operation'
import { ZUserName } from '../schemas'
import type { Caller } from '../caller'

export const ZGetUserInput = z.object({ UserName: ZUserName.optional() })

/** GetUser without UserName is about the caller itself. */
function targetName(caller: Caller, name: string | undefined): string {
  if (name !== undefined) return name
  if (caller.kind === 'user') return caller.userName
  throw new IamError('ValidationError', 'Must specify userName when calling with non-User credentials', { field: 'UserName' })
}

export const getUser = defineIamOperation({
  name: 'GetUser',
  readOnly: true,
  input: ZGetUserInput,
  resource: (db, input, caller) => existingEntityArn(db, caller, 'user', targetName(caller, input.UserName)),
  async run(tx, input, caller): Promise<{ User: UserDto }> {
    const user = await requireUser(tx, caller, targetName(caller, input.UserName))
    const full = await tx.user.findUniqueOrThrow({
      where: { id: user.id },
      include: { tags: { orderBy: { key: 'asc' } }, permissionsBoundary: { select: { arn: true } } },
    })
    return { User: toUserDto(full) }
  },
})
