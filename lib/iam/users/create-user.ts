import { z } from 'zod'
import { lockRow } from '@/lib/db/lock-row'
import { newUserId } from '@/lib/credentials/ids'
import { toUserDto, type UserDto } from '../dto'
import { entityAlreadyExistsCheck, requirePolicy } from '../entities'
import { userArn } from '../arn'
import { IamError } from '../errors'
import { defineIamOperation } from '../operation'
import { arnValue, requestTagContext } from '../request-context'
import { ZPath, ZPolicyArn, ZTags, ZUserName } from '../schemas'
import { checkDistinctTagKeys, newTagRows } from '../tags/tag-list'

export const MAX_USERS_PER_ACCOUNT = 5_000

export const ZCreateUserInput = z.object({
  UserName: ZUserName,
  Path: ZPath.optional(),
  PermissionsBoundary: ZPolicyArn.optional(),
  Tags: ZTags.optional(),
})
export type TCreateUserInput = z.input<typeof ZCreateUserInput>

export const createUser = defineIamOperation({
  name: 'CreateUser',
  readOnly: false,
  input: ZCreateUserInput,
  resource: (_db, input, caller) => userArn(caller.accountId, input.Path ?? '/', input.UserName),
  context: (input) => ({
    ...requestTagContext(input.Tags),
    ...(input.PermissionsBoundary ? { 'iam:PermissionsBoundary': arnValue(input.PermissionsBoundary) } : {}),
  }),
  async run(tx, input, caller): Promise<{ User: UserDto }> {
    checkDistinctTagKeys(input.Tags)
    // The users quota counts the whole account: concurrent creates take turns (lib/db/lock-row.ts).
    await lockRow(tx, 'Account', caller.accountId)
    await entityAlreadyExistsCheck(tx, caller, 'user', input.UserName)
    if ((await tx.user.count({ where: { accountId: caller.accountId } })) >= MAX_USERS_PER_ACCOUNT) {
      throw new IamError('LimitExceeded', `Cannot exceed quota for UsersPerAccount: ${MAX_USERS_PER_ACCOUNT}`, { field: 'UserName' })
    }
    const boundary = input.PermissionsBoundary ? await requirePolicy(tx, caller, input.PermissionsBoundary, 'PermissionsBoundary') : null
    const path = input.Path ?? '/'
    const user = await tx.user.create({
      data: {
        id: newUserId(),
        accountId: caller.accountId,
        name: input.UserName,
        nameKey: input.UserName.toLowerCase(),
        path,
        arn: userArn(caller.accountId, path, input.UserName),
        permissionsBoundaryId: boundary?.id ?? null,
        tags: { create: newTagRows(input.Tags) },
      },
      include: { tags: true, permissionsBoundary: { select: { arn: true } } },
    })
    return { User: toUserDto(user) }
  },
})
