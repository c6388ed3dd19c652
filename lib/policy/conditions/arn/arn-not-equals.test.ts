import { OPERATORS_DOC, MULTI_VALUE_DOC, runConditionCases } from '../condition-cases'

runConditionCases('ArnNotEquals', [
  { name: 'is true for another ARN', operator: 'ArnNotEquals', policy: ['arn:aws:s3:::a'], request: 'arn:aws:s3:::b', expected: true },
  { name: 'is false for the same ARN', operator: 'ArnNotEquals', policy: ['arn:aws:s3:::a'], request: 'arn:aws:s3:::a', expected: false },
  { name: 'NORs several ARNs', operator: 'ArnNotEquals', policy: ['arn:aws:s3:::a', 'arn:aws:s3:::b'], request: 'arn:aws:s3:::b', expected: false, doc: MULTI_VALUE_DOC },
  { name: 'a request value that is not an ARN does not satisfy the negation', operator: 'ArnNotEquals', policy: ['arn:aws:s3:::a'], request: 'bucket-a', expected: false },
  { name: 'is true when the key is missing', operator: 'ArnNotEquals', policy: ['arn:aws:s3:::a'], request: null, expected: true, doc: OPERATORS_DOC },
])
