import { OPERATORS_DOC, MULTI_VALUE_DOC, runConditionCases } from '../condition-cases'

const NUMERIC = `${OPERATORS_DOC}#Conditions_Numeric`

runConditionCases('NumericEquals', [
  { name: 'matches an equal integer', operator: 'NumericEquals', policy: ['10'], request: '10', expected: true, doc: NUMERIC },
  { name: 'compares numbers, not text (10 = 10.0)', operator: 'NumericEquals', policy: ['10'], request: '10.0', expected: true },
  { name: 'compares decimals', operator: 'NumericEquals', policy: ['0.5'], request: '.5', expected: true },
  { name: 'accepts a sign', operator: 'NumericEquals', policy: ['-3'], request: '-3', expected: true },
  { name: 'fails for a different number', operator: 'NumericEquals', policy: ['10'], request: '11', expected: false },
  { name: 'ORs several policy values', operator: 'NumericEquals', policy: ['1', '2', '3'], request: '2', expected: true, doc: MULTI_VALUE_DOC },
  { name: 'a request value that is not a number does not match', operator: 'NumericEquals', policy: ['10'], request: 'ten', expected: false },
  { name: 'a number with trailing text does not match (no parseInt leniency)', operator: 'NumericEquals', policy: ['10'], request: '10abc', expected: false },
  { name: 'the empty string is not zero', operator: 'NumericEquals', policy: ['0'], request: '', expected: false },
  { name: 'hex is not a number here', operator: 'NumericEquals', policy: ['16'], request: '0x10', expected: false },
  { name: 'an invalid policy value never matches', operator: 'NumericEquals', policy: ['abc'], request: '0', expected: false },
  { name: 'is false when the key is missing', operator: 'NumericEquals', policy: ['10'], request: null, expected: false },
  { name: 'IfExists is true when the key is missing', operator: 'NumericEqualsIfExists', policy: ['10'], request: null, expected: true },
])
