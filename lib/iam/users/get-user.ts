import { z } from 'zod'
import { toUserDto, type UserDto } from '../dto'
import { existingEntityArn, nameKeyOf } from '../entities'
import { IamError, noSuchEntity } from '../errors'
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
    // One read of the user with its tags and boundary (requireUser and then a second read cost a query more).
    const name = targetName(caller, input.UserName)
    const user = await tx.user.findUnique({
      where: { accountId_nameKey: { accountId: caller.accountId, nameKey: nameKeyOf(name) } },
      include: { tags: { orderBy: { key: 'asc' } }, permissionsBoundary: { select: { arn: true } } },
    })
    if (!user) throw noSuchEntity('user', name, 'UserName')
    return { User: toUserDto(user) }
  },
})
