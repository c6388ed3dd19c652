// What the MFA operations share: whose devices a request is about (UserName, or the
// caller itself: the root user's devices have no user), AWS's parameter constraints,
// the quota of 8 devices per principal, and secret-carrying results.
import { randomInt } from 'node:crypto'
import { z } from 'zod'
import type { Db, DbTransaction } from '@/lib/db/client'
import { lockRow } from '@/lib/db/lock-row'
import type { Caller } from '../caller'
import { existingEntityArn, requireUser } from '../entities'
import { IamError } from '../errors'
import { securityKeyArn } from '../arn'

/** "You can register up to eight MFA devices ... with your AWS account root user and IAM users." */
export const MAX_MFA_DEVICES_PER_PRINCIPAL = 8

// IAM API Reference: SerialNumber 9-256 of [\w+=/:,.@-]; AuthenticationCode 6 digits.
export const ZSerialNumber = z.string().superRefine((value, ctx) => {
  if (value.length < 9) ctx.addIssue({ code: 'custom', message: 'Member must have length greater than or equal to 9' })
  else if (value.length > 256) ctx.addIssue({ code: 'custom', message: 'Member must have length less than or equal to 256' })
  else if (!/^[\w+=/:,.@-]+$/.test(value)) ctx.addIssue({ code: 'custom', message: 'Member must satisfy regular expression pattern: [\\w+=/:,.@-]+' })
})
export const ZAuthenticationCode = z.string().superRefine((value, ctx) => {
  if (value.length !== 6) ctx.addIssue({ code: 'custom', message: `Member must have length ${value.length < 6 ? 'greater' : 'less'} than or equal to 6` })
  else if (!/^\d+$/.test(value)) ctx.addIssue({ code: 'custom', message: 'Member must satisfy regular expression pattern: [\\d]+' })
})

/** The principal whose MFA devices a request names: an IAM user, or (userId null) the root user. */
export interface MfaOwner {
  accountId: string
  userId: string | null
  userName: string | null
  arn: string
}

/** The ARN the gate checks: the named user's, or the caller's own when UserName is omitted. */
export function mfaOwnerArn(db: Db, caller: Caller, userName: string | undefined): Promise<string> | string {
  return userName === undefined ? caller.arn : existingEntityArn(db, caller, 'user', userName)
}

export async function requireMfaOwner(tx: DbTransaction, caller: Caller, userName: string | undefined): Promise<MfaOwner> {
  if (userName !== undefined) {
    const user = await requireUser(tx, caller, userName)
    return { accountId: caller.accountId, userId: user.id, userName: user.name, arn: user.arn }
  }
  if (caller.kind === 'user') return { accountId: caller.accountId, userId: caller.userId, userName: caller.userName, arn: caller.arn }
  if (caller.kind === 'root') return { accountId: caller.accountId, userId: null, userName: null, arn: caller.arn }
  throw new IamError('ValidationError', 'UserName is required for this principal.', { field: 'UserName' })
}

/** Enabled devices of the owner. An unassigned virtual device also has userId null, but is never enabled. */
export const ownedDevicesWhere = (owner: Pick<MfaOwner, 'accountId' | 'userId'>) =>
  ({ accountId: owner.accountId, userId: owner.userId, enabled: true }) as const

export async function assertMfaDeviceQuota(tx: DbTransaction, owner: MfaOwner): Promise<void> {
  // Concurrent enables for one principal take turns, so the count is never stale.
  await (owner.userId === null ? lockRow(tx, 'Account', owner.accountId) : lockRow(tx, 'User', owner.userId))
  if ((await tx.mfaDevice.count({ where: ownedDevicesWhere(owner) })) >= MAX_MFA_DEVICES_PER_PRINCIPAL) {
    throw new IamError('LimitExceeded', `Cannot exceed quota for MFADevicesPerUser: ${MAX_MFA_DEVICES_PER_PRINCIPAL}`)
  }
}

export const noSuchMfaDevice = (serialNumber: string) =>
  new IamError('NoSuchEntity', `MFA Device with serial number ${serialNumber} does not exist.`, { field: 'SerialNumber' })

export const noSuchVirtualMfaDevice = (serialNumber: string) =>
  new IamError('NoSuchEntity', `VirtualMFADevice with serial number ${serialNumber} doesn't exist.`, { field: 'SerialNumber' })

const BASE32 = 'ABCDEFGHIJKLMNOPQRSTUVWXYZ234567'

/**
 * A security key's serial, in AWS's form: arn:aws:iam::ACCOUNT:u2f/user/NAME/DEVICE-XXXX
 * (root: u2f/root/DEVICE-XXXX), the suffix random so that two keys may share a name.
 */
export function securityKeySerial(owner: MfaOwner, deviceName: string): string {
  let suffix = ''
  for (let i = 0; i < 26; i++) suffix += BASE32[randomInt(32)]
  return securityKeyArn(owner.accountId, owner.userName, `${deviceName}-${suffix}`)
}

/**
 * Attaches `secrets` to `target` as non-enumerable properties: the caller reads them
 * once (the console shows them once), while JSON.stringify, and so the event history's
 * responseElements, leaves them out, as CloudTrail leaves out secret access keys and
 * seeds. A console action must copy them into its state explicitly.
 */
export function withHiddenSecrets<T extends object, S extends Record<string, string>>(target: T, secrets: S): T & S {
  for (const [key, value] of Object.entries(secrets)) Object.defineProperty(target, key, { value, enumerable: false })
  return target as T & S
}
