// A policy document with the statements a result points at highlighted (<mark>), from
// each statement's start to its end position, as AWS's simulator shows the matching
// statements inside their policies; a document stored on one line is marked in place.
import type { SimulatedStatement } from '@/lib/policy'

/** Column ranges [from, to) to mark on each line (1-based lines, 0-based columns). */
function markedRanges(lines: string[], statements: SimulatedStatement[]): Map<number, [number, number][]> {
  const out = new Map<number, [number, number][]>()
  for (const s of statements) {
    for (let line = s.StartPosition.Line; line <= s.EndPosition.Line && line <= lines.length; line++) {
      const from = line === s.StartPosition.Line ? s.StartPosition.Column - 1 : 0
      const to = line === s.EndPosition.Line ? s.EndPosition.Column - 1 : lines[line - 1]!.length
      if (to > from) out.set(line, [...(out.get(line) ?? []), [from, to]])
    }
  }
  return out
}

function segments(text: string, ranges: [number, number][]): { text: string; marked: boolean }[] {
  const sorted = [...ranges].sort((a, b) => a[0] - b[0])
  const out: { text: string; marked: boolean }[] = []
  let at = 0
  for (const [from, to] of sorted) {
    if (from > at) out.push({ text: text.slice(at, from), marked: false })
    const start = Math.max(from, at)
    if (to > start) out.push({ text: text.slice(start, to), marked: true })
    at = Math.max(at, to)
  }
  if (at < text.length) out.push({ text: text.slice(at), marked: false })
  return out
}

export function HighlightedPolicyDocument({ name, source, document, statements }: { name: string; source: string; document: string; statements: SimulatedStatement[] }) {
  const lines = document.split('\n')
  const ranges = markedRanges(lines, statements)
  return (
    <figure className="mt-2" aria-label={`${name} document`}>
      <figcaption className="text-sm font-semibold">
        {name} <span className="font-normal text-console-muted">({source})</span>
      </figcaption>
      <pre className="mt-1 max-h-96 overflow-auto whitespace-pre-wrap break-all rounded border border-console-line bg-gray-50 p-2 text-xs leading-5">
        {lines.map((text, i) => (
          <span key={i} className="block">
            <span className="mr-3 select-none text-console-muted">{i + 1}</span>
            {segments(text, ranges.get(i + 1) ?? []).map((s, j) =>
              s.marked ? (
                <mark key={j} className="bg-yellow-200">
                  {s.text}
                </mark>
              ) : (
                <span key={j}>{s.text}</span>
              ),
            )}
          </span>
        ))}
      </pre>
    </figure>
  )
}
