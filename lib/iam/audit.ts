// The event history: one CloudTrail-shaped AuditEvent per gated call, allowed or
// denied (CloudTrail record contents: eventSource, eventName, readOnly, userIdentity,
// sourceIPAddress, userAgent, requestParameters, responseElements, errorCode,
// errorMessage).
//
// Bounded size: every gated call writes an event, denied and invalid ones included, so
// a request's size must not decide an event's size (a client repeating 1 MB requests
// it is not allowed to make would otherwise grow the database by 1 MB each). As
// CloudTrail does ("CloudTrail truncates a field if the field's contents exceeds the
// maximum field size. If a field is truncated, omitted is present with a value of
// true": CloudTrail record contents), requestParameters and responseElements over
// MAX_RECORDED_FIELD_BYTES are replaced by a marker, { omitted: true,
// originalSizeBytes }, keeping the request's short members (names, ARNs) so the event
// still says what was asked of what; an errorMessage over MAX_RECORDED_ERROR_MESSAGE_BYTES
// is cut there and says so. The limit holds every policy document within its quota as
// the console writes it (a role's inline policy, the largest: 10,240 characters without
// white space, indented); a document padded with white space towards the 131,072
// characters IAM accepts as input loses its text in the record, as in CloudTrail.
import { randomUUID } from 'node:crypto'
import type { Db, DbTransaction } from '@/lib/db/client'
import { insertAuditEventBatched } from './audit-batch'
import type { Caller } from './caller'

export function userIdentityOf(caller: Caller): Record<string, unknown> {
  switch (caller.kind) {
    case 'root':
      return { type: 'Root', principalId: caller.accountId, arn: caller.arn, accountId: caller.accountId }
    case 'user':
      return { type: 'IAMUser', principalId: caller.userId, arn: caller.arn, accountId: caller.accountId, userName: caller.userName }
    case 'assumed-role':
      // CloudTrail names the role behind a session in sessionContext.sessionIssuer.
      return {
        type: 'AssumedRole', principalId: `${caller.roleId}:${caller.sessionName}`, arn: caller.arn, accountId: caller.accountId,
        sessionContext: { sessionIssuer: { type: 'Role', principalId: caller.roleId, arn: caller.roleArn, accountId: caller.accountId, userName: caller.roleName } },
      }
  }
}

// CloudTrail never records secrets: in requestParameters it writes this marker in their
// place, and responseElements leave them out. Redaction is by member name, at any depth,
// here and only here, so an operation cannot leak one by returning it as an ordinary
// property (CreateAccessKey and CreateVirtualMFADevice also hide theirs as non-enumerable
// properties; this does not rely on that). Names are compared case-insensitively: API
// input is PascalCase, console forms and DTOs may be camelCase.
export const HIDDEN_DUE_TO_SECURITY_REASONS = 'HIDDEN_DUE_TO_SECURITY_REASONS'
const SECRET_MEMBERS = new Set([
  // Console passwords (CreateLoginProfile, UpdateLoginProfile, ChangePassword).
  'password', 'oldpassword', 'newpassword', 'confirmpassword',
  // Codes from an MFA device (EnableMFADevice, ResyncMFADevice, STS's TokenCode).
  'authenticationcode1', 'authenticationcode2', 'tokencode',
  // Issued secrets (CreateAccessKey, CreateVirtualMFADevice, STS credentials: the
  // session token is kept only as a hash, so the record must not hold it either).
  'secretaccesskey', 'base32stringseed', 'qrcodepng', 'sessiontoken',
])

/** True for a member that holds a password, an MFA code or an issued secret. */
export const isSecretMember = (name: string): boolean => SECRET_MEMBERS.has(name.toLowerCase())

const isPlainObject = (value: unknown): value is Record<string, unknown> => {
  if (!value || typeof value !== 'object') return false
  const proto = Object.getPrototypeOf(value)
  return proto === Object.prototype || proto === null
}

/** `value` with every secret member replaced by the marker (request) or left out (response). */
function redactSecrets(value: unknown, secret: 'marker' | 'omit'): unknown {
  if (Array.isArray(value)) return value.map((v) => redactSecrets(v, secret))
  if (!isPlainObject(value)) return value
  const out: Record<string, unknown> = {}
  for (const [key, v] of Object.entries(value)) {
    if (!isSecretMember(key)) out[key] = redactSecrets(v, secret)
    else if (secret === 'marker') out[key] = HIDDEN_DUE_TO_SECURITY_REASONS
  }
  return out
}

/** API input (PascalCase members) -> CloudTrail requestParameters (camelCase, secrets hidden). */
export function requestParametersOf(input: unknown): Record<string, unknown> | null {
  if (!input || typeof input !== 'object') return null
  const out: Record<string, unknown> = {}
  for (const [key, value] of Object.entries(redactSecrets(input, 'marker') as Record<string, unknown>)) {
    if (value === undefined) continue
    out[key.charAt(0).toLowerCase() + key.slice(1)] = value
  }
  return out
}

/**
 * An error message as recorded: any secret of the request it quotes (a ValidationError
 * echoes the value it rejects, e.g. a malformed AuthenticationCode1) replaced by the marker.
 * The caller still sees the message as AWS words it; only the record is scrubbed. Values
 * under 4 characters are left alone: they cannot be a code or a password, and replacing
 * them would garble the message.
 */
export function errorMessageOf(message: string, input: unknown): string {
  let out = message
  for (const secret of secretValuesOf(input)) out = out.split(secret).join(HIDDEN_DUE_TO_SECURITY_REASONS)
  return out
}

function secretValuesOf(value: unknown): string[] {
  if (Array.isArray(value)) return value.flatMap(secretValuesOf)
  if (!isPlainObject(value)) return []
  return Object.entries(value).flatMap(([key, v]) => (isSecretMember(key) ? (typeof v === 'string' && v.length >= 4 ? [v] : []) : secretValuesOf(v)))
}

/** An operation's result -> CloudTrail responseElements (secrets left out). */
export function responseElementsOf(result: unknown): unknown {
  return redactSecrets(result, 'omit')
}

export interface AuditEntry {
  caller: Caller
  eventName: string
  readOnly: boolean
  requestParameters?: unknown
  responseElements?: unknown
  resources?: string[]
  errorCode?: string
  errorMessage?: string
  eventSource?: string
}

/** Largest requestParameters / responseElements stored, in bytes of UTF-8 JSON. */
export const MAX_RECORDED_FIELD_BYTES = 32 * 1024
/** Largest errorMessage stored, in bytes of UTF-8 (ValidationError quotes the value it rejects). */
export const MAX_RECORDED_ERROR_MESSAGE_BYTES = 2 * 1024
/** A member kept beside the omitted marker: at most this many bytes of JSON, name included. */
const SHORT_MEMBER_BYTES = 1024

export interface OmittedField {
  omitted: true
  originalSizeBytes: number
  [shortMember: string]: unknown
}

/** The field's JSON as stored: itself when small enough, else the omitted marker with its short members. */
export function recordedJson(value: unknown): string {
  const json = JSON.stringify(value)
  const size = Buffer.byteLength(json, 'utf8')
  if (size <= MAX_RECORDED_FIELD_BYTES) return json
  const marker: OmittedField = { omitted: true, originalSizeBytes: size }
  if (isPlainObject(value)) {
    let room = MAX_RECORDED_FIELD_BYTES - Buffer.byteLength(JSON.stringify(marker), 'utf8')
    for (const [key, member] of Object.entries(value)) {
      if (key in marker || member === undefined) continue
      const bytes = Buffer.byteLength(JSON.stringify({ [key]: member }), 'utf8')
      if (bytes > SHORT_MEMBER_BYTES || bytes > room) continue
      marker[key] = member
      room -= bytes
    }
  }
  return JSON.stringify(marker)
}

/** The message as stored: cut at the limit (on a character boundary) with a note of its full size. */
export function recordedErrorMessage(message: string): string {
  const size = Buffer.byteLength(message, 'utf8')
  if (size <= MAX_RECORDED_ERROR_MESSAGE_BYTES) return message
  const note = ` ... [truncated: ${size} bytes]`
  const kept = Buffer.from(message, 'utf8').subarray(0, MAX_RECORDED_ERROR_MESSAGE_BYTES - Buffer.byteLength(note, 'utf8'))
  // A cut inside a multi-byte character decodes to U+FFFD; drop it.
  return kept.toString('utf8').replace(/\uFFFD$/, '') + note
}

/** The stored row of an event; its time is the call's, not the moment the row is written. */
function auditEventRow(entry: AuditEntry) {
  const { caller } = entry
  const params = requestParametersOf(entry.requestParameters)
  return {
    accountId: caller.accountId,
    eventTime: new Date(),
    eventSource: entry.eventSource ?? 'iam.amazonaws.com',
    eventName: entry.eventName,
    readOnly: entry.readOnly,
    userIdentity: JSON.stringify(userIdentityOf(caller)),
    sourceIPAddress: caller.request?.sourceIp ?? null,
    userAgent: caller.request?.userAgent ?? null,
    requestParameters: params ? recordedJson(params) : null,
    responseElements: entry.responseElements === undefined ? null : recordedJson(responseElementsOf(entry.responseElements)),
    errorCode: entry.errorCode ?? null,
    errorMessage: entry.errorMessage === undefined ? null : recordedErrorMessage(errorMessageOf(entry.errorMessage, entry.requestParameters)),
    resources: entry.resources?.length ? JSON.stringify(entry.resources) : null,
    userName: caller.kind === 'user' ? caller.userName : null,
    entityId: caller.kind === 'user' ? caller.userId : caller.kind === 'assumed-role' ? caller.roleId : null,
    requestId: randomUUID(),
    // sessionContext.attributes.mfaAuthenticated: only a session has one (a console session here).
    mfaAuthenticated: caller.sessionId !== undefined ? caller.mfaAuthenticatedAt !== undefined : null,
  }
}

/** A change's event, in the change's own transaction: committed together or not at all. */
export async function writeAuditEventIn(tx: DbTransaction, entry: AuditEntry): Promise<void> {
  await tx.auditEvent.create({ data: auditEventRow(entry), select: { id: true } })
}

/** An event with no change to go with (a read, a refused or failed call), batched with others of this turn. */
export function recordAuditEvent(db: Db, entry: AuditEntry): Promise<void> {
  return insertAuditEventBatched(db, auditEventRow(entry))
}
