import type { Finding, FindingType } from '@/lib/policy/types'

// Access Analyzer's four finding types, in the order and with the names the console's
// policy editor uses for its tabs.
const TYPES: { type: FindingType; label: string; plural: string; className: string }[] = [
  { type: 'SECURITY_WARNING', label: 'Security warning', plural: 'Security', className: 'text-red-800' },
  { type: 'ERROR', label: 'Error', plural: 'Errors', className: 'text-red-700' },
  { type: 'WARNING', label: 'Warning', plural: 'Warnings', className: 'text-amber-700' },
  { type: 'SUGGESTION', label: 'Suggestion', plural: 'Suggestions', className: 'text-console-link' },
]

export function FindingsList({ findings }: { findings: Finding[] | null }) {
  if (findings === null) return <p className="px-3 py-2 text-console-muted">Validating policy…</p>
  return (
    <section aria-label="Policy validation findings" className="px-3 py-2">
      <p className="flex flex-wrap gap-4 font-bold">
        {TYPES.map((t) => (
          <span key={t.type}>
            {t.plural}: {findings.filter((f) => f.findingType === t.type).length}
          </span>
        ))}
      </p>
      {findings.length ? (
        <ul className="mt-2 space-y-1">
          {findings.map((f, i) => {
            const t = TYPES.find((x) => x.type === f.findingType)!
            return (
              <li key={`${f.issueCode}-${i}`} className="flex gap-3">
                <span className="shrink-0 font-mono text-console-muted">
                  Ln {f.start.line}, Col {f.start.column}
                </span>
                <span className={`shrink-0 font-bold ${t.className}`}>{t.label}:</span>
                <span>{f.findingDetails}</span>
              </li>
            )
          })}
        </ul>
      ) : null}
    </section>
  )
}
