import { OPERATORS_DOC, MULTI_VALUE_DOC, runConditionCases } from '../condition-cases'

runConditionCases('StringEquals', [
  { name: 'matches the exact value', operator: 'StringEquals', policy: ['john'], request: 'john', expected: true },
  { name: 'is case sensitive', operator: 'StringEquals', policy: ['john'], request: 'John', expected: false, doc: OPERATORS_DOC },
  { name: 'does not treat * as a wildcard', operator: 'StringEquals', policy: ['j*'], request: 'john', expected: false },
  { name: 'matches a literal * only by itself', operator: 'StringEquals', policy: ['j*'], request: 'j*', expected: true },
  { name: 'ORs several policy values', operator: 'StringEquals', policy: ['audit', 'security'], request: 'security', expected: true, doc: MULTI_VALUE_DOC },
  { name: 'fails when no policy value equals the request value', operator: 'StringEquals', policy: ['audit', 'security'], request: 'dev', expected: false },
  { name: 'compares the empty string exactly', operator: 'StringEquals', policy: [''], request: '', expected: true },
  { name: 'does not trim blanks', operator: 'StringEquals', policy: ['john'], request: 'john ', expected: false },
  { name: 'is false when the key is missing', operator: 'StringEquals', policy: ['john'], request: null, expected: false, doc: OPERATORS_DOC },
  { name: 'IfExists is true when the key is missing', operator: 'StringEqualsIfExists', policy: ['john'], request: null, expected: true, doc: `${OPERATORS_DOC}#Conditions_IfExists` },
  { name: 'IfExists still compares a present key', operator: 'StringEqualsIfExists', policy: ['john'], request: 'jane', expected: false },
  { name: 'an empty policy value list matches nothing', operator: 'StringEquals', policy: [], request: 'john', expected: false },
])
