import type { Metadata } from 'next'
import Link from 'next/link'
import { ReadResultView } from '@/components/read-result-view'
import { buttonClass } from '@/components/ui/button'
import { Panel } from '@/components/ui/panel'
import { Table } from '@/components/ui/table'
import { inputClass } from '@/components/ui/text-field'
import { readUnderGate } from '@/lib/actions/read-under-gate'
import { requireCaller } from '@/lib/auth/current-caller'
import { lookupEvents, type LookedUpEvent } from '@/lib/iam'
import { eventHistoryHref, eventHistoryQuery, lookupInput, type EventFilter } from './event-history-query'

export const metadata: Metadata = { title: 'Event history' }

type SearchParams = Promise<Record<string, string | string[] | undefined>>

const TEXT_FILTERS: { name: EventFilter; label: string; placeholder?: string }[] = [
  { name: 'EventName', label: 'Event name', placeholder: 'CreateUser' },
  { name: 'Username', label: 'User name' },
  { name: 'ResourceName', label: 'Resource name' },
  { name: 'ErrorCode', label: 'Error code', placeholder: 'AccessDenied' },
  { name: 'StartTime', label: 'Start time', placeholder: '2026-12-07T00:00:00Z' },
  { name: 'EndTime', label: 'End time', placeholder: '2026-12-07T23:59:59Z' },
]

const resourceNames = (e: LookedUpEvent) => e.Resources.map((r) => r.ResourceName.slice(r.ResourceName.lastIndexOf('/') + 1)).join(', ')
const errorCodeOf = (e: LookedUpEvent) => (JSON.parse(e.CloudTrailEvent) as { errorCode?: string }).errorCode

export default async function EventHistoryPage({ searchParams }: { searchParams: SearchParams }) {
  const caller = await requireCaller()
  const { filters, nextToken } = eventHistoryQuery(await searchParams)
  const read = await readUnderGate(() => lookupEvents(caller, lookupInput(filters, nextToken)))
  return (
    <Panel
      title="Event history"
      headingLevel={1}
      description="The account's management events of IAM and the console sign-in, newest first, as CloudTrail records them."
      actions={
        <a className={buttonClass()} href={eventHistoryHref('/event-history/download', filters)} download>
          Download events
        </a>
      }
    >
      <form method="get" action="/event-history" aria-label="Filter events" className="mb-4 grid grid-cols-1 gap-3 sm:grid-cols-2 lg:grid-cols-4">
        {TEXT_FILTERS.map((f) => (
          <div key={f.name}>
            <label htmlFor={`filter-${f.name}`} className="block text-sm font-bold">
              {f.label}
            </label>
            <input id={`filter-${f.name}`} name={f.name} defaultValue={filters[f.name] ?? ''} placeholder={f.placeholder} className={`mt-1 ${inputClass}`} />
          </div>
        ))}
        <div>
          <label htmlFor="filter-ReadOnly" className="block text-sm font-bold">
            Read-only
          </label>
          <select id="filter-ReadOnly" name="ReadOnly" defaultValue={filters.ReadOnly ?? ''} className={`mt-1 ${inputClass}`}>
            <option value="">All events</option>
            <option value="true">Read-only events</option>
            <option value="false">Changes only</option>
          </select>
        </div>
        <div className="flex items-end gap-2">
          <button type="submit" className={buttonClass('primary')}>
            Apply filters
          </button>
          <Link href="/event-history" className={buttonClass('link')}>
            Clear
          </Link>
        </div>
      </form>
      <ReadResultView result={read}>
        {({ Events, NextToken }) => (
          <>
            <Table
              caption="Events"
              rows={Events}
              rowKey={(e) => e.EventId}
              empty="No events match the filters."
              columns={[
                {
                  header: 'Event name',
                  cell: (e) => (
                    <details>
                      <summary className="cursor-pointer font-semibold text-console-link">{e.EventName}</summary>
                      <pre aria-label={`Event record ${e.EventId}`} className="mt-2 max-w-3xl overflow-auto rounded border border-console-line bg-gray-50 p-2 text-xs">
                        {JSON.stringify(JSON.parse(e.CloudTrailEvent), null, 2)}
                      </pre>
                    </details>
                  ),
                },
                { header: 'Event time', cell: (e) => <time dateTime={e.EventTime}>{e.EventTime}</time> },
                { header: 'User name', cell: (e) => e.Username ?? '-' },
                { header: 'Event source', cell: (e) => e.EventSource },
                { header: 'Resource name', cell: (e) => resourceNames(e) || '-' },
                { header: 'Error code', cell: (e) => errorCodeOf(e) ?? '-' },
              ]}
            />
            <nav aria-label="Pages" className="mt-3 flex gap-3">
              {nextToken ? (
                <Link className={buttonClass('link')} href={eventHistoryHref('/event-history', filters)}>
                  Newest events
                </Link>
              ) : null}
              {NextToken ? (
                <Link className={buttonClass('link')} href={eventHistoryHref('/event-history', filters, NextToken)}>
                  Older events
                </Link>
              ) : null}
            </nav>
          </>
        )}
      </ReadResultView>
    </Panel>
  )
}
