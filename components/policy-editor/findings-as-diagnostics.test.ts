// Findings land on the text they name: a table of positions and the text they cover.
import { Text } from '@codemirror/state'
import { describe, expect, it } from 'vitest'
import type { Finding } from '@/lib/policy/types'
import { findingsAsDiagnostics } from './findings-as-diagnostics'

const DOC = Text.of(['{', '    "Effect": "Allowed",', '    "Action": "s3:GetObject"', '}'])

const finding = (findingType: Finding['findingType'], start: [number, number], end: [number, number]): Finding => ({
  findingType,
  issueCode: 'X',
  findingDetails: 'details',
  path: 'Statement[0]',
  start: { line: start[0], column: start[1] },
  end: { line: end[0], column: end[1] },
})

const cases: { name: string; finding: Finding; covers: string; severity: string }[] = [
  { name: 'an error on line 2 covers its value', finding: finding('ERROR', [2, 15], [2, 24]), covers: '"Allowed"', severity: 'error' },
  { name: 'a warning across a line break', finding: finding('WARNING', [2, 15], [3, 5]), covers: '"Allowed",\n    ', severity: 'warning' },
  { name: 'a suggestion is info', finding: finding('SUGGESTION', [3, 5], [3, 13]), covers: '"Action"', severity: 'info' },
  { name: 'a security warning is an error', finding: finding('SECURITY_WARNING', [1, 1], [1, 2]), covers: '{', severity: 'error' },
  { name: 'a column past the end of its line stops at the line end', finding: finding('ERROR', [4, 1], [4, 99]), covers: '}', severity: 'error' },
  { name: 'a line past the end is the last line', finding: finding('ERROR', [9, 1], [9, 2]), covers: '}', severity: 'error' },
  { name: 'an end before the start is an empty range', finding: finding('ERROR', [3, 5], [2, 1]), covers: '', severity: 'error' },
]

describe('findings as CodeMirror diagnostics', () => {
  it.each(cases)('$name', ({ finding: f, covers, severity }) => {
    const [d] = findingsAsDiagnostics(DOC, [f])
    expect(DOC.sliceString(d!.from, d!.to)).toBe(covers)
    expect(d!.severity).toBe(severity)
    expect(d!.message).toBe('details')
  })
})
