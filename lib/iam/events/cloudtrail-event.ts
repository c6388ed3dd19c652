// A stored event as CloudTrail writes it (CloudTrail record contents, and the
// AWS console sign-in events page for ConsoleLogin): the JSON the Event history shows
// and downloads, and LookupEvents returns as CloudTrailEvent. Secrets were left out when
// the event was written (lib/iam/audit.ts); nothing here adds any.
import type { AuditEvent } from '@/lib/generated/prisma/client'

// CloudTrail's current record version.
const EVENT_VERSION = '1.10'
// IAM and the console sign-in are global: their events are recorded in us-east-1.
export const REGION = 'us-east-1'

const parsed = (json: string | null): unknown => (json === null ? null : (JSON.parse(json) as unknown))

export interface CloudTrailEvent {
  eventVersion: string
  userIdentity: Record<string, unknown>
  eventTime: string
  eventSource: string
  eventName: string
  awsRegion: string
  sourceIPAddress: string | null
  userAgent: string | null
  requestParameters: unknown
  responseElements: unknown
  additionalEventData?: unknown
  errorCode?: string
  errorMessage?: string
  requestID?: string
  eventID: string
  readOnly: boolean
  resources?: { ARN: string; accountId: string }[]
  eventType: 'AwsApiCall' | 'AwsConsoleSignIn'
  managementEvent: true
  recipientAccountId: string
  eventCategory: 'Management'
}

/** CloudTrail's eventTime: ISO 8601 to the second, in UTC ("2026-12-07T13:01:02Z"). */
export const cloudTrailTime = (d: Date) => `${d.toISOString().slice(0, 19)}Z`

export function cloudTrailEvent(e: AuditEvent): CloudTrailEvent {
  const identity = parsed(e.userIdentity) as Record<string, unknown>
  const signIn = e.eventSource === 'signin.amazonaws.com'
  const userIdentity =
    e.mfaAuthenticated === null
      ? identity
      : { ...identity, sessionContext: { ...(identity.sessionContext as object | undefined), attributes: { mfaAuthenticated: String(e.mfaAuthenticated) } } }
  const resources = parsed(e.resources) as string[] | null
  return {
    eventVersion: EVENT_VERSION,
    userIdentity,
    eventTime: cloudTrailTime(e.eventTime),
    eventSource: e.eventSource,
    eventName: e.eventName,
    awsRegion: REGION,
    sourceIPAddress: e.sourceIPAddress,
    userAgent: e.userAgent,
    requestParameters: parsed(e.requestParameters),
    responseElements: parsed(e.responseElements),
    ...(e.additionalEventData !== null ? { additionalEventData: parsed(e.additionalEventData) } : {}),
    ...(e.errorCode !== null ? { errorCode: e.errorCode } : {}),
    ...(e.errorMessage !== null ? { errorMessage: e.errorMessage } : {}),
    ...(e.requestId !== null ? { requestID: e.requestId } : {}),
    eventID: e.id,
    readOnly: e.readOnly,
    ...(resources?.length ? { resources: resources.map((ARN) => ({ ARN, accountId: e.accountId })) } : {}),
    eventType: signIn ? 'AwsConsoleSignIn' : 'AwsApiCall',
    managementEvent: true,
    recipientAccountId: e.accountId,
    eventCategory: 'Management',
  }
}
