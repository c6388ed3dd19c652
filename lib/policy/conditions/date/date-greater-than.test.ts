import { MULTI_VALUE_DOC, runConditionCases } from '../condition-cases'

runConditionCases('DateGreaterThan', [
  { name: 'is true after the date', operator: 'DateGreaterThan', policy: ['2024-07-01T00:00:00Z'], request: '2025-01-01T00:00:00Z', expected: true },
  { name: 'is false at the date', operator: 'DateGreaterThan', policy: ['2024-07-01T00:00:00Z'], request: '2024-07-01T00:00:00Z', expected: false },
  { name: 'ORs several dates: after the earliest', operator: 'DateGreaterThan', policy: ['2030-01-01', '2020-01-01'], request: '2021-01-01', expected: true, doc: MULTI_VALUE_DOC },
  { name: 'is false when the key is missing', operator: 'DateGreaterThan', policy: ['2024-07-01'], request: null, expected: false },
])
