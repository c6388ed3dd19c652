import { OPERATORS_DOC, runConditionCases } from '../condition-cases'

const DATE = `${OPERATORS_DOC}#Conditions_Date`

runConditionCases('DateEquals', [
  { name: 'matches the same instant', operator: 'DateEquals', policy: ['2026-01-01T00:00:00Z'], request: '2026-01-01T00:00:00Z', expected: true, doc: DATE },
  { name: 'compares instants, not text: an offset is converted', operator: 'DateEquals', policy: ['2026-01-01T00:00:00Z'], request: '2026-01-01T01:00:00+01:00', expected: true },
  { name: 'epoch seconds equal the ISO form', operator: 'DateEquals', policy: ['2026-01-01T00:00:00Z'], request: '1767225600', expected: true, doc: DATE },
  { name: 'a date alone is its midnight UTC', operator: 'DateEquals', policy: ['2026-01-01'], request: '2026-01-01T00:00:00Z', expected: true },
  { name: 'fractional seconds count', operator: 'DateEquals', policy: ['2026-01-01T00:00:00Z'], request: '2026-01-01T00:00:00.001Z', expected: false },
  { name: 'a different instant does not match', operator: 'DateEquals', policy: ['2026-01-01T00:00:00Z'], request: '2026-01-02T00:00:00Z', expected: false },
  { name: 'is false when the key is missing', operator: 'DateEquals', policy: ['2026-01-01'], request: null, expected: false },
])
