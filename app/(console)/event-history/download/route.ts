// "Download events": the filtered events as CloudTrail's JSON ({ "Records": [...] }, the
// shape of CloudTrail's log files), read page by page through LookupEvents and its gate.
// Bounded: at most MAX_DOWNLOAD_EVENTS, the newest first.
import { requireCaller } from '@/lib/auth/current-caller'
import { isIamError } from '@/lib/iam/errors'
import { lookupEvents, MAX_LOOKUP_RESULTS } from '@/lib/iam/events/lookup-events'
import { eventHistoryQuery, lookupInput } from '../event-history-query'

export const dynamic = 'force-dynamic'

const MAX_DOWNLOAD_EVENTS = 5_000

export async function GET(request: Request) {
  const caller = await requireCaller()
  const { filters } = eventHistoryQuery(Object.fromEntries(new URL(request.url).searchParams))
  const records: unknown[] = []
  let NextToken: string | undefined
  try {
    do {
      const page = await lookupEvents(caller, { ...lookupInput(filters, NextToken), MaxResults: MAX_LOOKUP_RESULTS })
      for (const e of page.Events) records.push(JSON.parse(e.CloudTrailEvent))
      NextToken = page.NextToken
    } while (NextToken && records.length < MAX_DOWNLOAD_EVENTS)
  } catch (error) {
    if (!isIamError(error)) throw error
    return Response.json({ Error: { Code: error.code, Message: error.message } }, { status: error.status })
  }
  return new Response(JSON.stringify({ Records: records.slice(0, MAX_DOWNLOAD_EVENTS) }, null, 2), {
    headers: { 'Content-Type': 'application/json', 'Content-Disposition': 'attachment; filename="event-history.json"' },
  })
}
