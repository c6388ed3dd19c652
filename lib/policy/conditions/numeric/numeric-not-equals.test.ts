import { OPERATORS_DOC, MULTI_VALUE_DOC, runConditionCases } from '../condition-cases'

runConditionCases('NumericNotEquals', [
  { name: 'is true for a different number', operator: 'NumericNotEquals', policy: ['10'], request: '11', expected: true },
  { name: 'is false for an equal number written differently', operator: 'NumericNotEquals', policy: ['10'], request: '1e1', expected: false },
  { name: 'NORs several policy values', operator: 'NumericNotEquals', policy: ['1', '2'], request: '2', expected: false, doc: MULTI_VALUE_DOC },
  { name: 'a request value that is not a number does not satisfy the negation', operator: 'NumericNotEquals', policy: ['10'], request: 'ten', expected: false },
  { name: 'an invalid policy value makes the negation fail', operator: 'NumericNotEquals', policy: ['10', 'x'], request: '3', expected: false },
  { name: 'is true when the key is missing', operator: 'NumericNotEquals', policy: ['10'], request: null, expected: true, doc: OPERATORS_DOC },
])
