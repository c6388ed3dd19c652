import { OPERATORS_DOC, MULTI_VALUE_DOC, runConditionCases } from '../condition-cases'

runConditionCases('StringNotEquals', [
  { name: 'is true for a different value', operator: 'StringNotEquals', policy: ['john'], request: 'jane', expected: true },
  { name: 'is false for the same value', operator: 'StringNotEquals', policy: ['john'], request: 'john', expected: false },
  { name: 'is case sensitive', operator: 'StringNotEquals', policy: ['john'], request: 'John', expected: true },
  { name: 'NORs several policy values: false when one equals', operator: 'StringNotEquals', policy: ['audit', 'security'], request: 'audit', expected: false, doc: MULTI_VALUE_DOC },
  { name: 'NORs several policy values: true when none equals', operator: 'StringNotEquals', policy: ['audit', 'security'], request: 'dev', expected: true, doc: MULTI_VALUE_DOC },
  { name: 'is true when the key is missing', operator: 'StringNotEquals', policy: ['john'], request: null, expected: true, doc: OPERATORS_DOC },
  { name: 'IfExists is true when the key is missing', operator: 'StringNotEqualsIfExists', policy: ['john'], request: null, expected: true },
  { name: 'IfExists still compares a present key', operator: 'StringNotEqualsIfExists', policy: ['john'], request: 'john', expected: false },
])
