// LookupEvents (CloudTrail API Reference) over the account's recorded events, newest
// first, gated as cloudtrail:LookupEvents (no resource type: "*"). AWS takes one lookup
// attribute per call; the console's Event history filters on several at once, so each
// is its own optional parameter here, with AWS's names. Paging is by an opaque
// NextToken (the last event's time and id), so a page costs the same however deep it is.
import { z } from 'zod'
import type { Prisma } from '@/lib/generated/prisma/client'
import { IamError } from '../errors'
import { defineIamOperation } from '../operation'
import { cloudTrailEvent, cloudTrailTime } from './cloudtrail-event'

// LookupEvents' MaxResults: "The number of events to return. Possible values are 1 through 50. The default is 50."
export const MAX_LOOKUP_RESULTS = 50

const ZTime = z
  .string()
  .max(64)
  .transform((v, ctx) => {
    const d = new Date(v)
    if (Number.isNaN(d.getTime())) {
      ctx.addIssue({ code: 'custom', message: `Invalid time: ${v}. Use ISO 8601, e.g. 2026-12-07T13:00:00Z.` })
      return z.NEVER
    }
    return d
  })

export const ZLookupEventsInput = z
  .object({
    EventName: z.string().min(1).max(128).optional(),
    Username: z.string().min(1).max(128).optional(),
    ResourceName: z.string().min(1).max(2048).optional(),
    ErrorCode: z.string().min(1).max(128).optional(),
    ReadOnly: z.enum(['true', 'false']).optional(),
    StartTime: ZTime.optional(),
    EndTime: ZTime.optional(),
    MaxResults: z.number().int().min(1).max(MAX_LOOKUP_RESULTS).optional(),
    NextToken: z.string().min(1).max(512).optional(),
  })
  .strict()

export type TLookupEventsInput = z.input<typeof ZLookupEventsInput>

export interface LookedUpEvent {
  EventId: string
  EventName: string
  ReadOnly: string
  EventTime: string
  EventSource: string
  Username?: string
  Resources: { ResourceType: string; ResourceName: string }[]
  /** The whole record, as CloudTrail's LookupEvents returns it: a JSON string. */
  CloudTrailEvent: string
}

export interface LookupEventsResponse {
  Events: LookedUpEvent[]
  NextToken?: string
}

const tokenOf = (e: { eventTime: Date; id: string }) => Buffer.from(`${e.eventTime.toISOString()}|${e.id}`, 'utf8').toString('base64url')

function cursorOf(token: string): { eventTime: Date; id: string } {
  const [time, id] = Buffer.from(token, 'base64url').toString('utf8').split('|')
  const eventTime = new Date(time ?? '')
  if (!id || Number.isNaN(eventTime.getTime())) throw new IamError('InvalidInput', 'Invalid NextToken: pass the token of the previous page unchanged.', { field: 'NextToken' })
  return { eventTime, id }
}

// AWS's ResourceType for the ARNs IAM events name.
function resourceOf(arn: string): { ResourceType: string; ResourceName: string } {
  const type = /^arn:aws:iam::[^:]*:([a-z-]+)\//.exec(arn)?.[1]
  const TYPES: Record<string, string> = { user: 'AWS::IAM::User', group: 'AWS::IAM::Group', role: 'AWS::IAM::Role', policy: 'AWS::IAM::Policy', mfa: 'AWS::IAM::MFADevice' }
  return { ResourceType: (type && TYPES[type]) ?? 'AWS::IAM::Resource', ResourceName: arn }
}

export const lookupEvents = defineIamOperation({
  name: 'LookupEvents',
  service: 'cloudtrail',
  readOnly: true,
  input: ZLookupEventsInput,
  resource: () => '*',
  async run(tx, input, caller): Promise<LookupEventsResponse> {
    const take = input.MaxResults ?? MAX_LOOKUP_RESULTS
    const where: Prisma.AuditEventWhereInput = {
      accountId: caller.accountId,
      ...(input.EventName ? { eventName: input.EventName } : {}),
      ...(input.Username ? { userName: input.Username } : {}),
      ...(input.ErrorCode ? { errorCode: input.ErrorCode } : {}),
      ...(input.ReadOnly ? { readOnly: input.ReadOnly === 'true' } : {}),
      ...(input.ResourceName ? { resources: { contains: input.ResourceName } } : {}),
      ...(input.StartTime || input.EndTime ? { eventTime: { ...(input.StartTime ? { gte: input.StartTime } : {}), ...(input.EndTime ? { lte: input.EndTime } : {}) } } : {}),
    }
    if (input.NextToken) {
      const c = cursorOf(input.NextToken)
      where.AND = [{ OR: [{ eventTime: { lt: c.eventTime } }, { eventTime: c.eventTime, id: { lt: c.id } }] }]
    }
    const rows = await tx.auditEvent.findMany({ where, orderBy: [{ eventTime: 'desc' }, { id: 'desc' }], take: take + 1 })
    const page = rows.slice(0, take)
    return {
      Events: page.map((row) => {
        const event = cloudTrailEvent(row)
        const userName = (event.userIdentity as { userName?: string }).userName
        return {
          EventId: row.id,
          EventName: row.eventName,
          ReadOnly: String(row.readOnly),
          EventTime: cloudTrailTime(row.eventTime),
          EventSource: row.eventSource,
          ...(userName ? { Username: userName } : {}),
          Resources: (event.resources ?? []).map((r) => resourceOf(r.ARN)),
          CloudTrailEvent: JSON.stringify(event),
        }
      }),
      ...(rows.length > take ? { NextToken: tokenOf(page[page.length - 1]!) } : {}),
    }
  },
})
