import { OPERATORS_DOC, runConditionCases } from '../condition-cases'

runConditionCases('DateLessThan', [
  { name: 'is true before the date (aws:CurrentTime expiry)', operator: 'DateLessThan', policy: ['2026-01-01T00:00:00Z'], request: '2025-12-31T23:59:59Z', expected: true, doc: `${OPERATORS_DOC}#Conditions_Date` },
  { name: 'is false at the date', operator: 'DateLessThan', policy: ['2026-01-01T00:00:00Z'], request: '2026-01-01T00:00:00Z', expected: false },
  { name: 'is false after the date', operator: 'DateLessThan', policy: ['2026-01-01T00:00:00Z'], request: '2026-06-01T00:00:00Z', expected: false },
  { name: 'compares epoch seconds with ISO', operator: 'DateLessThan', policy: ['2026-01-01T00:00:00Z'], request: '1767225599', type: 'numeric', expected: true },
  { name: 'compares milliseconds', operator: 'DateLessThan', policy: ['2026-01-01T00:00:00.500Z'], request: '2026-01-01T00:00:00.499Z', expected: true },
  { name: 'a request value that is not a date never matches', operator: 'DateLessThan', policy: ['2026-01-01'], request: 'yesterday', expected: false },
  { name: 'an impossible date never matches', operator: 'DateLessThan', policy: ['2026-01-01'], request: '2025-02-30', expected: false },
  { name: 'IfExists is true when the key is missing', operator: 'DateLessThanIfExists', policy: ['2026-01-01'], request: null, expected: true },
])
