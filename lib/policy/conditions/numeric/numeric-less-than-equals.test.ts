import { runConditionCases } from '../condition-cases'

runConditionCases('NumericLessThanEquals', [
  { name: 'is true at the value', operator: 'NumericLessThanEquals', policy: ['10'], request: '10', expected: true },
  { name: 'is true below the value', operator: 'NumericLessThanEquals', policy: ['10'], request: '-10', expected: true },
  { name: 'is false above the value', operator: 'NumericLessThanEquals', policy: ['10'], request: '10.01', expected: false },
  { name: 'IfExists is true when the key is missing', operator: 'NumericLessThanEqualsIfExists', policy: ['10'], request: null, expected: true },
])
