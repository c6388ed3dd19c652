import { runConditionCases } from '../condition-cases'

runConditionCases('NumericGreaterThanEquals', [
  { name: 'is true at the value', operator: 'NumericGreaterThanEquals', policy: ['3600'], request: '3600', expected: true },
  { name: 'is false below the value', operator: 'NumericGreaterThanEquals', policy: ['3600'], request: '3599', expected: false },
  { name: 'compares with exponents', operator: 'NumericGreaterThanEquals', policy: ['1e3'], request: '1000', expected: true },
  { name: 'IfExists still compares a present key', operator: 'NumericGreaterThanEqualsIfExists', policy: ['3600'], request: '1', expected: false },
])
