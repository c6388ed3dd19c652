import { OPERATORS_DOC, MULTI_VALUE_DOC, runConditionCases } from '../condition-cases'

runConditionCases('StringNotLike', [
  { name: 'is true when the pattern does not fit', operator: 'StringNotLike', policy: ['key1*'], request: 'key2:audit', expected: true },
  { name: 'is false when the pattern fits', operator: 'StringNotLike', policy: ['key1*'], request: 'key1:legal', expected: false },
  { name: 'NORs several patterns', operator: 'StringNotLike', policy: ['dev-*', 'test-*'], request: 'test-1', expected: false, doc: MULTI_VALUE_DOC },
  { name: 'is true when no pattern of several fits', operator: 'StringNotLike', policy: ['dev-*', 'test-*'], request: 'prod-1', expected: true, doc: MULTI_VALUE_DOC },
  { name: 'a lone * leaves nothing unmatched', operator: 'StringNotLike', policy: ['*'], request: 'anything', expected: false },
  { name: 'is true when the key is missing (ArnNotLike/StringNotLike rule)', operator: 'StringNotLike', policy: ['key1*'], request: null, expected: true, doc: OPERATORS_DOC },
  { name: 'IfExists compares a present key', operator: 'StringNotLikeIfExists', policy: ['key1*'], request: 'key1x', expected: false },
])
