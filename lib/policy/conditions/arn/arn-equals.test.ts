import { OPERATORS_DOC, runConditionCases } from '../condition-cases'

const ARN = `${OPERATORS_DOC}#Conditions_ARN`

runConditionCases('ArnEquals', [
  { name: 'matches the same ARN', operator: 'ArnEquals', policy: ['arn:aws:sns:us-east-1:123456789012:alerts'], request: 'arn:aws:sns:us-east-1:123456789012:alerts', expected: true },
  { name: 'takes wildcards per part, like ArnLike', operator: 'ArnEquals', policy: ['arn:aws:sns:*:123456789012:alerts'], request: 'arn:aws:sns:eu-west-1:123456789012:alerts', expected: true, doc: ARN },
  { name: 'a different account does not match', operator: 'ArnEquals', policy: ['arn:aws:sns:us-east-1:123456789012:alerts'], request: 'arn:aws:sns:us-east-1:210987654321:alerts', expected: false },
  { name: 'is case sensitive', operator: 'ArnEquals', policy: ['arn:aws:sns:us-east-1:123456789012:Alerts'], request: 'arn:aws:sns:us-east-1:123456789012:alerts', expected: false },
  { name: 'is false when the key is missing', operator: 'ArnEquals', policy: ['arn:aws:sns:us-east-1:123456789012:alerts'], request: null, expected: false },
])
