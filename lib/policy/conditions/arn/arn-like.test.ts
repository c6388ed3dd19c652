import { OPERATORS_DOC, runConditionCases } from '../condition-cases'

const ARN = `${OPERATORS_DOC}#Conditions_ARN`

runConditionCases('ArnLike', [
  { name: 'matches the same ARN', operator: 'ArnLike', policy: ['arn:aws:iam::123456789012:role/Admin'], request: 'arn:aws:iam::123456789012:role/Admin', expected: true },
  { name: '* in the resource part', operator: 'ArnLike', policy: ['arn:aws:iam::123456789012:role/*'], request: 'arn:aws:iam::123456789012:role/path/Deploy', expected: true, doc: ARN },
  { name: '* in the account part', operator: 'ArnLike', policy: ['arn:aws:sns:us-east-1:*:topic'], request: 'arn:aws:sns:us-east-1:111122223333:topic', expected: true, doc: ARN },
  { name: '? in the region part', operator: 'ArnLike', policy: ['arn:aws:sqs:eu-west-?:123456789012:q'], request: 'arn:aws:sqs:eu-west-2:123456789012:q', expected: true },
  { name: 'a five-part pattern is not an ARN even if * could span a colon', operator: 'ArnLike', policy: ['arn:aws:sqs:*:queue'], request: 'arn:aws:sqs:us-east-1:123456789012:queue', expected: false, doc: ARN },
  { name: '* in the region cannot cross into the account', operator: 'ArnLike', policy: ['arn:aws:s3:*:123456789012:b'], request: 'arn:aws:s3:us-east-1:x:123456789012:b', expected: false },
  { name: 'the resource part keeps its colons and * spans them', operator: 'ArnLike', policy: ['arn:aws:logs:us-east-1:123456789012:log-group:app:*'], request: 'arn:aws:logs:us-east-1:123456789012:log-group:app:log-stream:s1', expected: true },
  { name: 'an empty region and account match empty parts', operator: 'ArnLike', policy: ['arn:aws:s3:::bucket/*'], request: 'arn:aws:s3:::bucket/key', expected: true },
  { name: '* matches an empty part', operator: 'ArnLike', policy: ['arn:aws:s3:*:*:bucket'], request: 'arn:aws:s3:::bucket', expected: true },
  { name: 'is case sensitive', operator: 'ArnLike', policy: ['arn:aws:iam::123456789012:role/admin'], request: 'arn:aws:iam::123456789012:role/Admin', expected: false, doc: ARN },
  { name: 'a different partition does not match', operator: 'ArnLike', policy: ['arn:aws:s3:::b'], request: 'arn:aws-cn:s3:::b', expected: false },
  { name: 'a request value that is not an ARN never matches', operator: 'ArnLike', policy: ['arn:*:*:*:*:*'], request: 'not-an-arn', expected: false },
  { name: 'a policy value without six parts never matches', operator: 'ArnLike', policy: ['*'], request: 'arn:aws:s3:::b', expected: false },
  { name: 'a policy pattern with all six parts wildcarded matches any ARN', operator: 'ArnLike', policy: ['arn:*:*:*:*:*'], request: 'arn:aws:iam::123456789012:user/a', expected: true },
  { name: 'ORs several ARNs', operator: 'ArnLike', policy: ['arn:aws:s3:::a', 'arn:aws:s3:::b*'], request: 'arn:aws:s3:::bee', expected: true },
  { name: 'is false when the key is missing', operator: 'ArnLike', policy: ['arn:aws:s3:::b'], request: null, expected: false },
  { name: 'IfExists is true when the key is missing', operator: 'ArnLikeIfExists', policy: ['arn:aws:s3:::b'], request: null, expected: true },
])
