// sts:AssumeRole. The role's trust policy is the resource-based policy of the request
// and the caller's own policies its identity side, evaluated together by the engine,
// which applies AWS's rules: in the same account the trust policy naming the caller
// itself is enough, naming the account delegates to the caller's identity policies
// ("To allow a user to assume a role in the same account, you can do either of the
// following: attach a policy to the user that allows the user to call AssumeRole (as
// long as the role's trust policy trusts the account), or add the user as a principal
// directly in the role's trust policy", STS API Reference, AssumeRole); across accounts
// both sides must allow. Passing session tags also needs sts:TagSession, a source
// identity sts:SetSourceIdentity, on the same terms.
import { deflateRawSync } from 'node:zlib'
import { parsePolicy, validatePolicy } from '@/lib/policy'
import { constraintViolation, validationError } from '@/lib/credentials/validation-error'
import { recordAuditEvent, writeAuditEventIn, type AuditEntry } from '../audit'
import { assumedRoleArn, parseIamArn } from '../arn'
import type { Caller } from '../caller'
import type { DbTransaction } from '@/lib/db/client'
import { iamDatabase } from '../database'
import { IamError, isIamError } from '../errors'
import { authorizeWithResourcePolicy } from '../gate'
import { verifyMfaCodeOfDevice } from '../mfa/sign-in-mfa'
import { sizeWithoutWhitespace } from '../policy-document'
import { forgetRequestMemo } from '../request-memo'
import { bool, num, requestTagContext, str, strList, type RequestContext } from '../request-context'
import { audited } from '../operation'
import { validationErrorOf } from '../schemas'
import { issueRoleSession, type StsCredentials } from './role-sessions'
import { stsEvent } from './sts-event'
import { ZAssumeRoleInput, type TAssumeRoleInput } from './sts-schemas'

export interface AssumeRoleResponse {
  Credentials: StsCredentials
  AssumedRoleUser: { AssumedRoleId: string; Arn: string }
  PackedPolicySize?: number
  SourceIdentity?: string
}

/** The response, and the RoleSession row it created (what a console session keeps). */
export interface AssumedRoleSession {
  response: AssumeRoleResponse
  roleSessionId: string
}

const DEFAULT_DURATION_SECONDS = 3600
/** "Role chaining limits your AWS CLI or AWS API role session to a maximum of one hour." */
export const ROLE_CHAINING_MAX_SECONDS = 3600

// AWS packs the session policies and tags into the token in a format it does not
// publish, and reports the share of the allotted space used as PackedPolicySize. Here:
// the larger of the plaintext share ("The plaintext that you use for both inline and
// managed session policies can't exceed 2,048 characters") and the compressed share of
// policies and tags together, against an allotment that a 2,048-character policy with
// no tags stays within.
const SESSION_POLICY_PLAINTEXT_LIMIT = 2048
const PACKED_BYTES_ALLOTTED = 2048

export function packedPolicySize(policy: string | undefined, policyArns: string[], tags: Record<string, string>): number {
  const minified = policy === undefined ? '' : policy.replace(/\s/g, '')
  const plaintext = sizeWithoutWhitespace(minified) + policyArns.reduce((n, arn) => n + arn.length, 0)
  const packed = deflateRawSync(Buffer.from(JSON.stringify([minified, policyArns, tags]), 'utf8')).length
  return Math.ceil(Math.max(plaintext / SESSION_POLICY_PLAINTEXT_LIMIT, packed / PACKED_BYTES_ALLOTTED) * 100)
}

const event = (caller: Caller, input: unknown, extra: Partial<AuditEntry>) => stsEvent('AssumeRole', caller, input, extra)

export function assumeRole(caller: Caller, input: TAssumeRoleInput): Promise<AssumeRoleResponse> {
  return assumeRoleSession(caller, input).then((s) => s.response)
}

/**
 * Runs inside AssumeRole's transaction once the session is issued, so that what the
 * caller does with the session (the console session switching to it) commits or rolls
 * back with it.
 */
export type WithIssuedSession = (tx: DbTransaction, roleSessionId: string) => Promise<void>

/** AssumeRole, also returning the RoleSession id (for the console's Switch role). */
export async function assumeRoleSession(caller: Caller, rawInput: TAssumeRoleInput, withIssued?: WithIssuedSession): Promise<AssumedRoleSession> {
  const db = iamDatabase()
  const resources: string[] = []
  try {
    return await assumeRoleChecked(caller, rawInput, resources, withIssued)
  } catch (error) {
    throw await audited('AssumeRole', error, (extra) => recordAuditEvent(db, event(caller, rawInput, extra)), resources)
  }
}

const accessDenied = (caller: Caller, action: string, roleArn: string) =>
  new IamError('AccessDenied', `User: ${caller.arn} is not authorized to perform: ${action} on resource: ${roleArn}`)

async function assumeRoleChecked(caller: Caller, rawInput: TAssumeRoleInput, resources: string[], withIssued?: WithIssuedSession): Promise<AssumedRoleSession> {
  const db = iamDatabase()
  const parsed = ZAssumeRoleInput.safeParse(rawInput ?? {})
  if (!parsed.success) throw validationErrorOf(parsed.error, rawInput)
  const input = parsed.data
  resources.push(input.RoleArn)
  // "You cannot call AssumeRole with the credentials of the AWS account root user."
  if (caller.kind === 'root') throw new IamError('AccessDenied', 'Roles may not be assumed by root accounts.')

  const target = parseIamArn(input.RoleArn)
  const role = target?.resourceType === 'role' ? await db.role.findUnique({ where: { arn: input.RoleArn } }) : null
  // A role that does not exist is refused as one the caller may not assume, so the
  // answer does not tell which roles exist.
  if (!role) throw accessDenied(caller, 'sts:AssumeRole', input.RoleArn)

  const policyArns = (input.PolicyArns ?? []).map((p) => p.arn)
  const tags = sessionTagsOf(caller, input.Tags ?? [], input.TransitiveTagKeys ?? [])
  const packed = input.Policy !== undefined || policyArns.length || (input.Tags ?? []).length ? packedPolicySize(input.Policy, policyArns, tags.tags) : undefined
  if (packed !== undefined && packed > 100) {
    throw new IamError('PackedPolicyTooLarge', `Packed policy consumes ${packed}% of allotted space, please use smaller policy.`)
  }
  // Size first: the validator would also refuse an oversized document, as malformed.
  if (input.Policy !== undefined) {
    const error = validatePolicy(input.Policy, 'sessionPolicy').find((f) => f.findingType === 'ERROR')
    if (error) throw new IamError('MalformedPolicyDocument', error.findingDetails, { field: 'Policy' })
  }

  const now = new Date()
  const mfaAuthenticatedAt = await mfaOf(db, caller, input.SerialNumber, input.TokenCode, now)

  const context: RequestContext = {
    'sts:RoleSessionName': str(input.RoleSessionName),
    ...requestTagContext(input.Tags),
    ...(input.ExternalId !== undefined ? { 'sts:ExternalId': str(input.ExternalId) } : {}),
    ...(input.SourceIdentity !== undefined ? { 'sts:SourceIdentity': str(input.SourceIdentity) } : {}),
    ...(input.TransitiveTagKeys?.length ? { 'sts:TransitiveTagKeys': strList(input.TransitiveTagKeys) } : {}),
    ...(mfaAuthenticatedAt && !caller.mfaAuthenticatedAt ? { 'aws:MultiFactorAuthPresent': bool(true), 'aws:MultiFactorAuthAge': num(0) } : {}),
  }
  const trust = { name: 'AssumeRolePolicyDocument', policy: parsePolicy(role.assumeRolePolicyDocument).policy! }
  const actions = ['sts:AssumeRole', ...(input.Tags?.length ? ['sts:TagSession'] : []), ...(input.SourceIdentity !== undefined ? ['sts:SetSourceIdentity'] : [])]
  for (const action of actions) {
    try {
      await authorizeWithResourcePolicy(db, caller, action, role.arn, trust, 'trust', context)
    } catch (error) {
      // STS words its denial without the policy-type reason IAM gives; the evaluation
      // stays on the error for the console's explanation.
      if (isIamError(error, 'AccessDenied')) throw Object.assign(accessDenied(caller, action, role.arn), { evaluation: error.evaluation, request: error.request, policies: error.policies })
      throw error
    }
  }

  const chained = caller.kind === 'assumed-role'
  const duration = input.DurationSeconds ?? DEFAULT_DURATION_SECONDS
  if (chained && duration > ROLE_CHAINING_MAX_SECONDS) {
    throw new IamError('ValidationError', 'The requested DurationSeconds exceeds the 1 hour session limit for roles assumed by role chaining.', { field: 'DurationSeconds' })
  }
  if (duration > role.maxSessionDuration) {
    throw new IamError('ValidationError', 'The requested DurationSeconds exceeds the MaxSessionDuration set for this role.', { field: 'DurationSeconds' })
  }
  const sourceIdentity = input.SourceIdentity ?? (caller.kind === 'assumed-role' ? caller.session.sourceIdentity : undefined)
  const expiresAt = new Date(now.getTime() + duration * 1000)
  const arn = assumedRoleArn(role.accountId, role.name, input.RoleSessionName)

  const result = await db.$transaction(async (tx) => {
    const issued = await issueRoleSession(tx, {
      accountId: role.accountId,
      roleId: role.id,
      sessionName: input.RoleSessionName,
      ...(input.Policy !== undefined ? { sessionPolicy: input.Policy } : {}),
      policyArns,
      sessionTags: tags.tags,
      transitiveTagKeys: tags.transitiveTagKeys,
      ...(sourceIdentity !== undefined ? { sourceIdentity } : {}),
      issuedAt: now,
      expiresAt,
      ...(mfaAuthenticatedAt ? { mfaAuthenticatedAt } : {}),
      sourceArn: caller.arn,
      ...(caller.kind === 'assumed-role' ? { sourceSessionId: caller.sessionId } : {}),
    })
    // The role's RoleLastUsed: the console's "Last activity".
    await tx.role.update({ where: { id: role.id }, data: { lastUsedAt: now, lastUsedRegion: caller.request?.region ?? 'us-east-1' }, select: { id: true } })
    const response: AssumeRoleResponse = {
      Credentials: issued.credentials,
      AssumedRoleUser: { AssumedRoleId: `${role.id}:${input.RoleSessionName}`, Arn: arn },
      ...(packed !== undefined ? { PackedPolicySize: packed } : {}),
      ...(sourceIdentity !== undefined ? { SourceIdentity: sourceIdentity } : {}),
    }
    await withIssued?.(tx, issued.id)
    await writeAuditEventIn(tx, event(caller, rawInput, { resources: [role.arn], responseElements: response }))
    return { response, roleSessionId: issued.id }
  }, { maxWait: 30_000, timeout: 15_000 })
  forgetRequestMemo(db)
  return result
}

/**
 * The session's tags: those a chained session inherits as transitive ("transitive
 * session tags persist during role chaining", and cannot be overridden), then the
 * request's. Keys are case-insensitive.
 */
function sessionTagsOf(caller: Caller, requested: { Key: string; Value: string }[], transitive: string[]) {
  const tags: Record<string, string> = {}
  const transitiveTagKeys: string[] = []
  const seen = new Set<string>()
  if (caller.kind === 'assumed-role') {
    const inherited = new Set(caller.session.transitiveTagKeys.map((k) => k.toLowerCase()))
    for (const [key, value] of Object.entries(caller.session.tags)) {
      if (!inherited.has(key.toLowerCase())) continue
      tags[key] = value
      transitiveTagKeys.push(key)
      seen.add(key.toLowerCase())
    }
  }
  const requestedKeys = new Set<string>()
  for (const tag of requested) {
    const lower = tag.Key.toLowerCase()
    if (requestedKeys.has(lower)) throw new IamError('ValidationError', 'Duplicate tag keys found. Please note that Tag keys are case insensitive.', { field: 'Tags' })
    requestedKeys.add(lower)
    if (seen.has(lower)) {
      throw new IamError('ValidationError', validationError([constraintViolation('tags', `Member must not override the transitive session tag ${tag.Key}`, tag.Key)]).message, { field: 'Tags' })
    }
    tags[tag.Key] = tag.Value
  }
  for (const key of transitive) {
    if (!requestedKeys.has(key.toLowerCase())) {
      throw new IamError('ValidationError', 'The specified transitive tag key must be included in the requested tags.', { field: 'TransitiveTagKeys' })
    }
    if (!transitiveTagKeys.some((k) => k.toLowerCase() === key.toLowerCase())) transitiveTagKeys.push(key)
  }
  return { tags, transitiveTagKeys }
}

/**
 * SerialNumber + TokenCode: a code of the caller's own virtual MFA device, accepted
 * once. Without them the session keeps the caller's own MFA (a console sign-in with
 * MFA, or a session that had it).
 */
export async function mfaOf(db: ReturnType<typeof iamDatabase>, caller: Caller, serialNumber: string | undefined, tokenCode: string | undefined, now: Date): Promise<Date | undefined> {
  if (serialNumber === undefined && tokenCode === undefined) return caller.mfaAuthenticatedAt
  if (serialNumber === undefined || tokenCode === undefined) {
    throw new IamError('AccessDenied', 'MultiFactorAuthentication failed, must provide both MFA serial number and one time pass code.')
  }
  const owner = caller.kind === 'user' ? { accountId: caller.accountId, userId: caller.userId } : caller.kind === 'root' ? { accountId: caller.accountId, userId: null } : null
  const check = owner ? await verifyMfaCodeOfDevice(db, owner, serialNumber, tokenCode, now) : ({ ok: false, reason: 'no-device' } as const)
  if (check.ok) return now
  if (check.reason === 'no-device') {
    throw new IamError('AccessDenied', 'MultiFactorAuthentication failed, unable to validate MFA code. Please verify your MFA serial number is valid and associated with this user.')
  }
  throw new IamError('AccessDenied', 'MultiFactorAuthentication failed with invalid MFA one time pass code.')
}
