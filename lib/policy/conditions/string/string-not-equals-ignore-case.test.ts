import { OPERATORS_DOC, MULTI_VALUE_DOC, runConditionCases } from '../condition-cases'

runConditionCases('StringNotEqualsIgnoreCase', [
  { name: 'is false for the same value in another case', operator: 'StringNotEqualsIgnoreCase', policy: ['john'], request: 'JOHN', expected: false },
  { name: 'is true for a different value', operator: 'StringNotEqualsIgnoreCase', policy: ['john'], request: 'jane', expected: true },
  { name: 'NORs several policy values', operator: 'StringNotEqualsIgnoreCase', policy: ['Audit', 'Security'], request: 'SECURITY', expected: false, doc: MULTI_VALUE_DOC },
  { name: 'is true when the key is missing', operator: 'StringNotEqualsIgnoreCase', policy: ['john'], request: null, expected: true, doc: OPERATORS_DOC },
])
