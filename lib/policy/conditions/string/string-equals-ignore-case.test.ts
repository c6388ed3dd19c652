import { OPERATORS_DOC, runConditionCases } from '../condition-cases'

runConditionCases('StringEqualsIgnoreCase', [
  { name: 'matches john or John', operator: 'StringEqualsIgnoreCase', policy: ['john'], request: 'John', expected: true, doc: OPERATORS_DOC },
  { name: 'ignores case in the policy value too', operator: 'StringEqualsIgnoreCase', policy: ['JOHN'], request: 'john', expected: true },
  { name: 'still needs the same letters', operator: 'StringEqualsIgnoreCase', policy: ['john'], request: 'joan', expected: false },
  { name: 'does not treat * as a wildcard', operator: 'StringEqualsIgnoreCase', policy: ['J*'], request: 'john', expected: false },
  { name: 'is false when the key is missing', operator: 'StringEqualsIgnoreCase', policy: ['john'], request: null, expected: false },
  { name: 'IfExists is true when the key is missing', operator: 'StringEqualsIgnoreCaseIfExists', policy: ['john'], request: null, expected: true },
])
