'use client'
// "Permissions defined in this policy": the policy summary, or the JSON document, as the
// IAM console switches between them. The summary is computed here, in the browser, from
// the document: the summarizer carries the service reference (~3 MB of JSON), so it is
// loaded on demand, as the policy editor loads the validator, and shared with it.
import { useEffect, useState, type ReactNode } from 'react'
import type { SummaryResult } from '@/lib/policy/summary'
import { PolicySummaryTable } from './policy-summary'

type Summarize = (text: string) => SummaryResult

let summarizerPromise: Promise<Summarize> | null = null
function loadSummarizer(): Promise<Summarize> {
  summarizerPromise ??= import('@/lib/policy/summary').then((m) => m.summarizePolicyText)
  return summarizerPromise
}

/** The summary of `text`, or null while the summarizer loads. */
function usePolicySummary(text: string): SummaryResult | null {
  const [result, setResult] = useState<{ text: string; result: SummaryResult } | null>(null)
  useEffect(() => {
    let cancelled = false
    void loadSummarizer().then((summarize) => {
      if (!cancelled) setResult({ text, result: summarize(text) })
    })
    return () => {
      cancelled = true
    }
  }, [text])
  return result && result.text === text ? result.result : null
}

export function PolicySummaryOf({ text }: { text: string }) {
  const result = usePolicySummary(text)
  if (!result) return <p className="text-console-muted">Loading the policy summary…</p>
  if (!result.ok) return <p className="text-red-700">No summary: {result.message}</p>
  return <PolicySummaryTable summary={result.summary} />
}

/** A review step's summary of the document just written; summarized once the step is shown. */
export function ReviewPermissionsSummary({ text, shown }: { text: string; shown: boolean }) {
  return (
    <div className="mt-4 rounded-lg border border-console-line bg-white p-4">
      <h2 className="text-lg font-bold">Permissions defined in this policy</h2>
      {shown ? (
        <div className="mt-3">
          <PolicySummaryOf text={text} />
        </div>
      ) : null}
    </div>
  )
}

/** Summary and JSON views of a saved document, Summary first as in the console. */
export function PolicyPermissionsViews({ document, actions }: { document: string; actions?: ReactNode }) {
  const [view, setView] = useState<'summary' | 'json'>('summary')
  const toggle = (id: 'summary' | 'json', label: string) => (
    <button
      type="button"
      aria-pressed={view === id}
      onClick={() => setView(id)}
      className={`px-4 py-1 font-bold ${view === id ? 'bg-console-link text-white' : 'bg-white text-console-link hover:bg-[#f2f8fd]'}`}
    >
      {label}
    </button>
  )
  return (
    <div>
      <div className="flex items-center justify-between gap-2">
        <h2 className="text-lg font-bold">Permissions defined in this policy</h2>
        <div className="flex items-center gap-2">
          <div role="group" aria-label="Policy view" className="flex overflow-hidden rounded-full border border-console-link">
            {toggle('summary', 'Summary')}
            {toggle('json', 'JSON')}
          </div>
          {actions}
        </div>
      </div>
      <div className="mt-3" hidden={view !== 'summary'}>
        <PolicySummaryOf text={document} />
      </div>
      <pre hidden={view !== 'json'} aria-label="Policy document" className="mt-3 overflow-x-auto rounded bg-gray-50 p-3 font-mono text-sm">
        {document}
      </pre>
    </div>
  )
}
