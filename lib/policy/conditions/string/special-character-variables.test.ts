import { runConditionCases } from '../condition-cases'

const SPECIAL = 'https://docs.aws.amazon.com/IAM/latest/UserGuide/reference_policies_variables.html'
const on = { specialCharacterVariables: true }

runConditionCases('special-character variables ${*} ${?} ${$}', [
  { name: 'StringLike ${*} is a literal asterisk', operator: 'StringLike', policy: ['a${*}'], request: 'a*', options: on, expected: true, doc: SPECIAL },
  { name: 'StringLike ${*} is not a wildcard', operator: 'StringLike', policy: ['a${*}'], request: 'abc', options: on, expected: false, doc: SPECIAL },
  { name: 'StringLike ${?} is a literal question mark', operator: 'StringLike', policy: ['${?}x'], request: '?x', options: on, expected: true, doc: SPECIAL },
  { name: 'StringLike ${?} does not match any character', operator: 'StringLike', policy: ['${?}x'], request: 'ax', options: on, expected: false },
  { name: 'a literal asterisk next to a wildcard', operator: 'StringLike', policy: ['${*}*'], request: '*abc', options: on, expected: true },
  { name: 'the wildcard still needs the literal asterisk first', operator: 'StringLike', policy: ['${*}*'], request: 'abc', options: on, expected: false },
  { name: 'StringNotLike with ${*} negates the literal match', operator: 'StringNotLike', policy: ['a${*}'], request: 'abc', options: on, expected: true },
  { name: 'StringEquals ${$} is a dollar sign', operator: 'StringEquals', policy: ['cost${$}'], request: 'cost$', options: on, expected: true, doc: SPECIAL },
  { name: 'StringEqualsIgnoreCase ${*} is an asterisk', operator: 'StringEqualsIgnoreCase', policy: ['A${*}'], request: 'a*', options: on, expected: true },
  { name: 'ArnLike ${*} in the resource is a literal asterisk', operator: 'ArnLike', policy: ['arn:aws:s3:::b/${*}'], request: 'arn:aws:s3:::b/*', options: on, expected: true },
  { name: 'ArnLike ${*} does not match other keys', operator: 'ArnLike', policy: ['arn:aws:s3:::b/${*}'], request: 'arn:aws:s3:::b/key', options: on, expected: false },
  { name: 'the option leaves plain numeric values alone', operator: 'NumericEquals', policy: ['10'], request: '10', options: on, expected: true },
  { name: 'a substituted value escaped with ${*} stays literal in StringLike', operator: 'StringLike', policy: ['home/a${*}b/*'], request: 'home/a*b/x', options: on, expected: true },
  { name: 'other variables are left alone (the evaluator substitutes them first)', operator: 'StringEquals', policy: ['${aws:username}'], request: '${aws:username}', options: on, expected: true },
  { name: 'without the option (2008-10-17) ${*} is text and its * a wildcard', operator: 'StringLike', policy: ['a${*}'], request: 'a${xyz}', expected: true },
  { name: 'without the option StringEquals compares ${*} as text', operator: 'StringEquals', policy: ['${*}'], request: '${*}', expected: true },
])
