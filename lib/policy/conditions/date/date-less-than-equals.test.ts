import { runConditionCases } from '../condition-cases'

runConditionCases('DateLessThanEquals', [
  { name: 'is true at the date', operator: 'DateLessThanEquals', policy: ['2026-01-01T00:00:00Z'], request: '2026-01-01T00:00:00Z', expected: true },
  { name: 'is false a second after', operator: 'DateLessThanEquals', policy: ['2026-01-01T00:00:00Z'], request: '2026-01-01T00:00:01Z', expected: false },
  { name: 'reads a negative offset', operator: 'DateLessThanEquals', policy: ['2026-01-01T00:00:00Z'], request: '2025-12-31T19:00:00-05:00', expected: true },
])
