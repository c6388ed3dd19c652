import { OPERATORS_DOC, runConditionCases } from '../condition-cases'

const WILDCARDS = `${OPERATORS_DOC}#Conditions_String-wildcard`

runConditionCases('StringLike', [
  { name: '* matches any run of characters', operator: 'StringLike', policy: ['home/*'], request: 'home/alice/notes.txt', expected: true, doc: WILDCARDS },
  { name: '* matches the empty run', operator: 'StringLike', policy: ['home/*'], request: 'home/', expected: true },
  { name: '* in the middle', operator: 'StringLike', policy: ['a*z'], request: 'abcz', expected: true },
  { name: 'several * in one pattern', operator: 'StringLike', policy: ['*-prod-*'], request: 'team-prod-db', expected: true },
  { name: '? matches exactly one character', operator: 'StringLike', policy: ['eu-west-?'], request: 'eu-west-1', expected: true, doc: WILDCARDS },
  { name: '? does not match zero characters', operator: 'StringLike', policy: ['eu-west-?'], request: 'eu-west-', expected: false },
  { name: '? does not match two characters', operator: 'StringLike', policy: ['eu-west-?'], request: 'eu-west-10', expected: false },
  { name: 'is case sensitive', operator: 'StringLike', policy: ['Home/*'], request: 'home/a', expected: false },
  { name: 'is anchored at both ends', operator: 'StringLike', policy: ['prod'], request: 'preprod', expected: false },
  { name: 'a lone * matches anything, the empty string too', operator: 'StringLike', policy: ['*'], request: '', expected: true },
  { name: '* matches across a newline', operator: 'StringLike', policy: ['a*b'], request: 'a\nb', expected: true },
  { name: '? matches a newline', operator: 'StringLike', policy: ['a?b'], request: 'a\nb', expected: true },
  { name: 'a pattern cannot match one line of a multi-line value', operator: 'StringLike', policy: ['admin'], request: 'x\nadmin\ny', expected: false },
  { name: 'RegExp metacharacters are literal', operator: 'StringLike', policy: ['a.b(c)+[d]$'], request: 'a.b(c)+[d]$', expected: true },
  { name: 'a dot is not any character', operator: 'StringLike', policy: ['a.b'], request: 'axb', expected: false },
  { name: 'a backslash is literal', operator: 'StringLike', policy: ['a\\*'], request: 'a\\xyz', expected: true },
  { name: 'ORs several patterns', operator: 'StringLike', policy: ['dev-*', 'test-*'], request: 'test-1', expected: true },
  { name: 'fails when no pattern fits', operator: 'StringLike', policy: ['dev-*', 'test-*'], request: 'prod-1', expected: false },
  { name: 'is false when the key is missing', operator: 'StringLike', policy: ['*'], request: null, expected: false, doc: OPERATORS_DOC },
  { name: 'IfExists is true when the key is missing', operator: 'StringLikeIfExists', policy: ['dev-*'], request: null, expected: true },
])
