import { OPERATORS_DOC, runConditionCases } from '../condition-cases'

const BINARY = `${OPERATORS_DOC}#Conditions_BinaryEquals`

runConditionCases('BinaryEquals', [
  { name: 'matches the same base64 bytes', operator: 'BinaryEquals', policy: ['QmluYXJ5VmFsdWVJbkJhc2U2NA=='], request: 'QmluYXJ5VmFsdWVJbkJhc2U2NA==', expected: true, doc: BINARY },
  { name: 'compares bytes, so padding does not matter', operator: 'BinaryEquals', policy: ['YQ=='], request: 'YQ', expected: true, doc: BINARY },
  { name: 'different bytes do not match', operator: 'BinaryEquals', policy: ['YQ=='], request: 'Yg==', expected: false },
  { name: 'is case sensitive, as base64 is', operator: 'BinaryEquals', policy: ['YQ=='], request: 'yq==', expected: false },
  { name: 'a request value that is not base64 never matches', operator: 'BinaryEquals', policy: ['YQ=='], request: 'not base64!', expected: false },
  { name: 'an invalid policy value never matches', operator: 'BinaryEquals', policy: ['***'], request: '***', expected: false },
  { name: 'ORs several values', operator: 'BinaryEquals', policy: ['YQ==', 'Yg=='], request: 'Yg==', expected: true },
  { name: 'is false when the key is missing', operator: 'BinaryEquals', policy: ['YQ=='], request: null, expected: false },
  { name: 'IfExists is true when the key is missing', operator: 'BinaryEqualsIfExists', policy: ['YQ=='], request: null, expected: true },
])
