import { OPERATORS_DOC, SET_OPERATORS_DOC, runConditionCases } from '../condition-cases'

const NULL = `${OPERATORS_DOC}#Conditions_Null`

runConditionCases('Null', [
  { name: 'true is true when the key is absent', operator: 'Null', policy: ['true'], request: null, expected: true, doc: NULL },
  { name: 'true is false when the key is present', operator: 'Null', policy: ['true'], request: '2026-01-01T00:00:00Z', expected: false, doc: NULL },
  { name: 'false is true when the key is present', operator: 'Null', policy: ['false'], request: 'x', expected: true, doc: NULL },
  { name: 'false is false when the key is absent', operator: 'Null', policy: ['false'], request: null, expected: false },
  { name: 'a present empty string is present', operator: 'Null', policy: ['false'], request: '', expected: true },
  { name: 'an empty list counts as null', operator: 'Null', policy: ['true'], request: [], type: 'stringList', expected: true, doc: SET_OPERATORS_DOC },
  { name: 'false rejects an empty list', operator: 'Null', policy: ['false'], request: [], type: 'stringList', expected: false, doc: SET_OPERATORS_DOC },
  { name: 'false accepts a multivalued key', operator: 'Null', policy: ['false'], request: ['a', 'b'], type: 'stringList', expected: true },
  { name: 'the value ignores case', operator: 'Null', policy: ['TRUE'], request: null, expected: true },
  { name: 'true and false together always hold', operator: 'Null', policy: ['true', 'false'], request: 'x', expected: true },
  { name: 'a value other than true/false never matches', operator: 'Null', policy: ['absent'], request: null, expected: false },
])
