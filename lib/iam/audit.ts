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

// CloudTrail never records secrets; it writes this marker in their place.
const HIDDEN = 'HIDDEN_DUE_TO_SECURITY_REASONS'
const SECRET_FIELDS = new Set(['Password', 'OldPassword', 'NewPassword'])

/** API input (PascalCase members) -> CloudTrail requestParameters (camelCase, secrets hidden). */
export function requestParametersOf(input: unknown): Record<string, unknown> | null {
  if (!input || typeof input !== 'object') return null
  const out: Record<string, unknown> = {}
  for (const [key, value] of Object.entries(input)) {
    if (value === undefined) continue
    out[key.charAt(0).toLowerCase() + key.slice(1)] = SECRET_FIELDS.has(key) ? HIDDEN : value
  }
  return out
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
      responseElements: entry.responseElements === undefined ? null : JSON.stringify(entry.responseElements),
      errorCode: entry.errorCode ?? null,
      errorMessage: entry.errorMessage ?? null,
      resources: entry.resources?.length ? JSON.stringify(entry.resources) : null,
    },
  })
}
