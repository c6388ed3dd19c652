// The event history: one CloudTrail-shaped AuditEvent per gated call, allowed or
// denied (CloudTrail record contents: eventSource, eventName, readOnly, userIdentity,
// sourceIPAddress, userAgent, requestParameters, responseElements, errorCode,
// errorMessage).
import type { Db, DbTransaction } from '@/lib/db/client'
import type { Caller } from './caller'

export function userIdentityOf(caller: Caller): Record<string, string> {
  switch (caller.kind) {
    case 'root':
      return { type: 'Root', principalId: caller.accountId, arn: caller.arn, accountId: caller.accountId }
    case 'user':
      return { type: 'IAMUser', principalId: caller.userId, arn: caller.arn, accountId: caller.accountId, userName: caller.userName }
    case 'assumed-role':
      return { type: 'AssumedRole', principalId: `${caller.roleId}:${caller.sessionName}`, arn: caller.arn, accountId: caller.accountId }
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
  // Codes from an MFA device (EnableMFADevice, ResyncMFADevice).
  'authenticationcode1', 'authenticationcode2',
  // Issued secrets (CreateAccessKey, CreateVirtualMFADevice).
  'secretaccesskey', 'base32stringseed', 'qrcodepng',
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

export async function writeAuditEvent(db: Db | DbTransaction, entry: AuditEntry): Promise<void> {
  const { caller } = entry
  const params = requestParametersOf(entry.requestParameters)
  await db.auditEvent.create({
    data: {
      accountId: caller.accountId,
      eventSource: entry.eventSource ?? 'iam.amazonaws.com',
      eventName: entry.eventName,
      readOnly: entry.readOnly,
      userIdentity: JSON.stringify(userIdentityOf(caller)),
      sourceIPAddress: caller.request?.sourceIp ?? null,
      userAgent: caller.request?.userAgent ?? null,
      requestParameters: params ? JSON.stringify(params) : null,
      responseElements: entry.responseElements === undefined ? null : JSON.stringify(responseElementsOf(entry.responseElements)),
      errorCode: entry.errorCode ?? null,
      errorMessage: entry.errorMessage === undefined ? null : errorMessageOf(entry.errorMessage, entry.requestParameters),
      resources: entry.resources?.length ? JSON.stringify(entry.resources) : null,
    },
  })
}
