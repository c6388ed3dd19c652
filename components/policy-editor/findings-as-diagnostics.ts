// The validator's findings (1-based line and column, like Access Analyzer's) as
// CodeMirror diagnostics (offsets into the text), for the JSON editor's lint gutter.
import type { Diagnostic } from '@codemirror/lint'
import type { Text } from '@codemirror/state'
import type { Finding, FindingType, SourcePosition } from '@/lib/policy/types'

const SEVERITY: Record<FindingType, Diagnostic['severity']> = { ERROR: 'error', SECURITY_WARNING: 'error', WARNING: 'warning', SUGGESTION: 'info' }
const LABEL: Record<FindingType, string> = { ERROR: 'Error', SECURITY_WARNING: 'Security warning', WARNING: 'Warning', SUGGESTION: 'Suggestion' }

/** A finding's 1-based line and column as an offset into the text, clamped to it. */
function offsetOf(doc: Text, at: SourcePosition): number {
  const line = doc.line(Math.min(Math.max(at.line, 1), doc.lines))
  return Math.min(line.from + Math.max(at.column - 1, 0), line.to)
}

export function findingsAsDiagnostics(doc: Text, findings: readonly Finding[]): Diagnostic[] {
  return findings.map((f) => {
    const from = offsetOf(doc, f.start)
    const to = Math.max(from, offsetOf(doc, f.end))
    return { from, to, severity: SEVERITY[f.findingType], source: LABEL[f.findingType], message: f.findingDetails }
  })
}
