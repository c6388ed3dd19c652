// Checks a policy document before it is stored: AWS's size quota (characters without
// white space, IAM User Guide "IAM and AWS STS quotas") and the engine's validator, whose
// ERROR findings make IAM reject the document as MalformedPolicyDocument.
import { validatePolicy } from '@/lib/policy'
import type { PolicyType } from '@/lib/policy/types'
import { IamError } from './errors'

export const POLICY_SIZE_LIMIT = {
  managed: 6_144,
  userInline: 2_048,
  groupInline: 5_120,
  roleInline: 10_240,
  trust: 2_048,
} as const

export const sizeWithoutWhitespace = (text: string) => text.replace(/\s/g, '').length

export function checkPolicyDocument(
  text: string,
  policyType: PolicyType,
  maxLength: number,
  tooLarge: string,
  field = 'PolicyDocument',
): void {
  if (sizeWithoutWhitespace(text) > maxLength) throw new IamError('LimitExceeded', tooLarge, { field })
  const error = validatePolicy(text, policyType, { maxLength }).find((f) => f.findingType === 'ERROR')
  if (error) throw new IamError('MalformedPolicyDocument', error.findingDetails, { field })
}
