// Access key requests name a user, or (UserName omitted) the caller's own user.
// AccessKey rows belong to IAM users only: the root user gets none here, as AWS
// advises ("we don't recommend creating access keys for your root user").
import { z } from 'zod'
import type { Db, DbTransaction } from '@/lib/db/client'
import type { Caller } from '../caller'
import { existingEntityArn, requireUser } from '../entities'
import { IamError } from '../errors'

// IAM API Reference: AccessKeyId 16-128 of [\w]+.
export const ZAccessKeyId = z.string().superRefine((value, ctx) => {
  if (value.length < 16) ctx.addIssue({ code: 'custom', message: 'Member must have length greater than or equal to 16' })
  else if (value.length > 128) ctx.addIssue({ code: 'custom', message: 'Member must have length less than or equal to 128' })
  else if (!/^\w+$/.test(value)) ctx.addIssue({ code: 'custom', message: 'Member must satisfy regular expression pattern: [\\w]+' })
})
export const ZAccessKeyStatus = z.enum(['Active', 'Inactive'], { error: 'Member must satisfy enum value set: [Active, Inactive]' })

export function accessKeyOwnerArn(db: Db, caller: Caller, userName: string | undefined): Promise<string> | string {
  return userName === undefined ? caller.arn : existingEntityArn(db, caller, 'user', userName)
}

export async function requireAccessKeyOwner(tx: DbTransaction, caller: Caller, userName: string | undefined) {
  if (userName !== undefined) return requireUser(tx, caller, userName)
  if (caller.kind === 'user') return requireUser(tx, caller, caller.userName)
  if (caller.kind === 'assumed-role') throw new IamError('ValidationError', 'Must specify userName when calling with non-User credentials', { field: 'UserName' })
  throw new IamError('InvalidInput', 'Access keys for the root user are not supported here; name an IAM user (UserName).', { field: 'UserName' })
}

export const noSuchAccessKey = (accessKeyId: string) =>
  new IamError('NoSuchEntity', `The Access Key with id ${accessKeyId} cannot be found.`, { field: 'AccessKeyId' })

export interface AccessKeyMetadataDto {
  UserName: string
  AccessKeyId: string
  Status: 'Active' | 'Inactive'
  CreateDate: string
}

export const toAccessKeyMetadata = (userName: string, k: { id: string; status: string; createdAt: Date }): AccessKeyMetadataDto => ({
  UserName: userName,
  AccessKeyId: k.id,
  Status: k.status === 'Inactive' ? 'Inactive' : 'Active',
  CreateDate: k.createdAt.toISOString(),
})
