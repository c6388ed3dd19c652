import { OPERATORS_DOC, runConditionCases } from '../condition-cases'

runConditionCases('ArnNotLike', [
  { name: 'is true outside the pattern', operator: 'ArnNotLike', policy: ['arn:aws:iam::*:role/Admin*'], request: 'arn:aws:iam::123456789012:role/Dev', expected: true },
  { name: 'is false inside the pattern', operator: 'ArnNotLike', policy: ['arn:aws:iam::*:role/Admin*'], request: 'arn:aws:iam::123456789012:role/AdminX', expected: false },
  { name: 'is true when the key is missing (the documented ArnNotLike example)', operator: 'ArnNotLike', policy: ['arn:aws:iam::*:role/Admin*'], request: null, expected: true, doc: OPERATORS_DOC },
  { name: 'IfExists compares a present key', operator: 'ArnNotLikeIfExists', policy: ['arn:aws:iam::*:role/Admin*'], request: 'arn:aws:iam::1:role/Admin', expected: false },
])
