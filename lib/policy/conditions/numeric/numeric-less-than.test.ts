import { MULTI_VALUE_DOC, runConditionCases } from '../condition-cases'

runConditionCases('NumericLessThan', [
  { name: 'is true below the value', operator: 'NumericLessThan', policy: ['10'], request: '9', expected: true },
  { name: 'is false at the value', operator: 'NumericLessThan', policy: ['10'], request: '10', expected: false },
  { name: 'compares decimals', operator: 'NumericLessThan', policy: ['1.5'], request: '1.49', expected: true },
  { name: 'compares negative numbers', operator: 'NumericLessThan', policy: ['-1'], request: '-2', expected: true },
  { name: 'ORs several values: less than any of them', operator: 'NumericLessThan', policy: ['5', '20'], request: '10', expected: true, doc: MULTI_VALUE_DOC },
  { name: 'not a number never matches', operator: 'NumericLessThan', policy: ['10'], request: 'NaN', expected: false },
  { name: 'Infinity is not a number here', operator: 'NumericLessThan', policy: ['10'], request: '-Infinity', expected: false },
  { name: 'is false when the key is missing', operator: 'NumericLessThan', policy: ['10'], request: null, expected: false },
])
