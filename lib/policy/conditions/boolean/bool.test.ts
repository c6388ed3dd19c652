import { OPERATORS_DOC, runConditionCases } from '../condition-cases'

const BOOLEAN = `${OPERATORS_DOC}#Conditions_Boolean`

runConditionCases('Bool', [
  { name: 'true matches true', operator: 'Bool', policy: ['true'], request: 'true', expected: true, doc: BOOLEAN },
  { name: 'true does not match false', operator: 'Bool', policy: ['true'], request: 'false', expected: false },
  { name: 'false matches false', operator: 'Bool', policy: ['false'], request: 'false', expected: true },
  { name: 'the policy value ignores case', operator: 'Bool', policy: ['True'], request: 'true', expected: true },
  { name: 'the request value ignores case', operator: 'Bool', policy: ['true'], request: 'TRUE', expected: true },
  { name: 'a request value other than true/false never matches', operator: 'Bool', policy: ['true'], request: 'yes', expected: false },
  { name: '1 is not true', operator: 'Bool', policy: ['true'], request: '1', expected: false },
  { name: 'a policy value other than true/false never matches', operator: 'Bool', policy: ['yes'], request: 'true', expected: false },
  { name: 'is false when the key is missing (aws:SecureTransport absent)', operator: 'Bool', policy: ['true'], request: null, expected: false, doc: OPERATORS_DOC },
  { name: 'BoolIfExists false is true when MFA info is missing', operator: 'BoolIfExists', policy: ['false'], request: null, expected: true, doc: `${OPERATORS_DOC}#Conditions_IfExists` },
  { name: 'BoolIfExists false is false when MFA is present', operator: 'BoolIfExists', policy: ['false'], request: 'true', expected: false },
])
