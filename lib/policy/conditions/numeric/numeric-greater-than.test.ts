import { MULTI_VALUE_DOC, runConditionCases } from '../condition-cases'

runConditionCases('NumericGreaterThan', [
  { name: 'is true above the value', operator: 'NumericGreaterThan', policy: ['10'], request: '11', expected: true },
  { name: 'is false at the value', operator: 'NumericGreaterThan', policy: ['10'], request: '10', expected: false },
  { name: 'ORs several values: greater than the smallest', operator: 'NumericGreaterThan', policy: ['50', '5'], request: '6', expected: true, doc: MULTI_VALUE_DOC },
  { name: 'is false when the key is missing', operator: 'NumericGreaterThan', policy: ['10'], request: null, expected: false },
])
