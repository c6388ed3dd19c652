// sts:GetSessionToken: temporary credentials that act as the IAM user itself, with MFA
// when SerialNumber + TokenCode are given (the way to call APIs a policy protects with
// aws:MultiFactorAuthPresent). "No permissions are required for users to perform this
// operation ... You cannot use policies to control authentication operations", so the
// gate is not asked; "the GetSessionToken operation must be called by using the
// long-term AWS security credentials of an IAM user" (STS API Reference).
import { recordAuditEvent, writeAuditEventIn, type AuditEntry } from '../audit'
import type { Caller } from '../caller'
import { iamDatabase } from '../database'
import { IamError } from '../errors'
import { audited } from '../operation'
import { validationErrorOf } from '../schemas'
import { mfaOf } from './assume-role'
import { issueRoleSession, type StsCredentials } from './role-sessions'
import { stsEvent } from './sts-event'
import { ZGetSessionTokenInput, type TGetSessionTokenInput } from './sts-schemas'

export interface GetSessionTokenResponse {
  Credentials: StsCredentials
}

const DEFAULT_DURATION_SECONDS = 43_200

const event = (caller: Caller, input: unknown, extra: Partial<AuditEntry>) => stsEvent('GetSessionToken', caller, input, extra)

export async function getSessionToken(caller: Caller, rawInput: TGetSessionTokenInput = {}): Promise<GetSessionTokenResponse> {
  const db = iamDatabase()
  try {
    const parsed = ZGetSessionTokenInput.safeParse(rawInput ?? {})
    if (!parsed.success) throw validationErrorOf(parsed.error, rawInput)
    const input = parsed.data
    if (caller.kind === 'assumed-role' || caller.tokenIssuedAt !== undefined) {
      throw new IamError('AccessDenied', 'Cannot call GetSessionToken with session credentials')
    }
    if (caller.kind === 'root') throw new IamError('AccessDenied', 'Cannot call GetSessionToken with root credentials; use the long-term credentials of an IAM user.')
    const now = new Date()
    const mfaAuthenticatedAt = input.SerialNumber !== undefined || input.TokenCode !== undefined ? await mfaOf(db, caller, input.SerialNumber, input.TokenCode, now) : undefined
    const expiresAt = new Date(now.getTime() + (input.DurationSeconds ?? DEFAULT_DURATION_SECONDS) * 1000)
    return await db.$transaction(async (tx) => {
      const issued = await issueRoleSession(tx, {
        accountId: caller.accountId,
        userId: caller.userId,
        issuedAt: now,
        expiresAt,
        ...(mfaAuthenticatedAt ? { mfaAuthenticatedAt } : {}),
        sourceArn: caller.arn,
      })
      const response: GetSessionTokenResponse = { Credentials: issued.credentials }
      await writeAuditEventIn(tx, event(caller, rawInput, { responseElements: response }))
      return response
    }, { maxWait: 30_000, timeout: 15_000 })
  } catch (error) {
    throw await audited('GetSessionToken', error, (extra) => recordAuditEvent(db, event(caller, rawInput, extra)), [])
  }
}

/**
 * Credentials from GetSessionToken "cannot call IAM API operations unless MFA
 * information is included with the request" (IAM User Guide, "Compare AWS STS
 * credentials"); AWS refuses such a call as it refuses an unknown token.
 */
export function mayCallIam(caller: Caller): boolean {
  return !(caller.kind === 'user' && caller.tokenIssuedAt !== undefined && caller.mfaAuthenticatedAt === undefined)
}
