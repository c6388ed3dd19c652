import { OPERATORS_DOC, runConditionCases } from '../condition-cases'

runConditionCases('DateNotEquals', [
  { name: 'is true for a different instant', operator: 'DateNotEquals', policy: ['2026-01-01T00:00:00Z'], request: '2026-01-01T00:00:01Z', expected: true },
  { name: 'is false for the same instant in epoch seconds', operator: 'DateNotEquals', policy: ['2026-01-01T00:00:00Z'], request: '1767225600', expected: false },
  { name: 'a request value that is not a date does not satisfy the negation', operator: 'DateNotEquals', policy: ['2026-01-01'], request: 'tomorrow', expected: false },
  { name: 'is true when the key is missing', operator: 'DateNotEquals', policy: ['2026-01-01'], request: null, expected: true, doc: OPERATORS_DOC },
])
