// The Event history's filters, as its URL carries them (a GET form), read into
// LookupEvents' parameters. The URL is client text: only known names, bounded values.
import type { TLookupEventsInput } from '@/lib/iam'

export const EVENT_FILTERS = ['EventName', 'Username', 'ResourceName', 'ErrorCode', 'ReadOnly', 'StartTime', 'EndTime'] as const
export type EventFilter = (typeof EVENT_FILTERS)[number]

type SearchParams = Record<string, string | string[] | undefined>

/** The filters given (empty ones left out), and the page's NextToken. */
export function eventHistoryQuery(params: SearchParams): { filters: Partial<Record<EventFilter, string>>; nextToken?: string } {
  const filters: Partial<Record<EventFilter, string>> = {}
  for (const name of EVENT_FILTERS) {
    const v = params[name]
    if (typeof v === 'string' && v.trim() !== '') filters[name] = v.trim()
  }
  const nextToken = typeof params.NextToken === 'string' && params.NextToken ? params.NextToken : undefined
  return { filters, ...(nextToken ? { nextToken } : {}) }
}

/** The filters as LookupEvents takes them; its own checks (lengths, times) answer bad values. */
export function lookupInput(filters: Partial<Record<EventFilter, string>>, nextToken?: string): TLookupEventsInput {
  const { ReadOnly, ...rest } = filters
  return { ...rest, ...(ReadOnly === 'true' || ReadOnly === 'false' ? { ReadOnly } : {}), ...(nextToken ? { NextToken: nextToken } : {}) }
}

export function eventHistoryHref(base: string, filters: Partial<Record<EventFilter, string>>, nextToken?: string): string {
  const q = new URLSearchParams(filters as Record<string, string>)
  if (nextToken) q.set('NextToken', nextToken)
  const s = q.toString()
  return s ? `${base}?${s}` : base
}
