import { runConditionCases } from '../condition-cases'

runConditionCases('DateGreaterThanEquals', [
  { name: 'is true at the date', operator: 'DateGreaterThanEquals', policy: ['2024-07-01T00:00:00Z'], request: '2024-07-01T00:00:00Z', expected: true },
  { name: 'is false before the date', operator: 'DateGreaterThanEquals', policy: ['2024-07-01T00:00:00Z'], request: '2024-06-30T23:59:59Z', expected: false },
  { name: 'an invalid policy date never matches', operator: 'DateGreaterThanEquals', policy: ['July 2024'], request: '2030-01-01T00:00:00Z', expected: false },
])
