// Differential check against @cloud-copilot/iam-policy's syntax validator (a devDependency,
// run here as a reference and never imported by the app): every generated document it
// rejects, validatePolicy must reject too (return an ERROR).
//
// Where we are stricter, AWS's documentation is on our side: a resource-based policy
// statement without Principal (MISSING_PRINCIPAL: "Resource-based policies must include a
// Principal element"), a Resource that is not an ARN (INVALID_ARN_PREFIX: IAM answers
// 'Resource ... must be in ARN format or "*"'), and Principal written as an array.
// One exception the other way: iam-policy requires Resource or NotResource in SCP
// statements; the SCP syntax page does not say so, so we do not (the SCP inputs below
// always carry one).
import fc from 'fast-check'
import { validateIdentityPolicy, validateResourcePolicy, validateServiceControlPolicy, validateTrustPolicy } from '@cloud-copilot/iam-policy'
import { describe, expect, it } from 'vitest'
import type { PolicyType } from '../types'
import { hasBlockingFindings, validatePolicy } from './index'

const text = fc.oneof(
  fc.constantFrom('*', 's3:GetObject', 'iam:Pass*', 'arn:aws:s3:::b/*', 'arn:aws:iam::111122223333:role/x', 'arn', 'aws:SourceIp', '10.0.0.0/8', 'true', 'Allow', 'Deny', 'StringEquals', 'Bool', ''),
  fc.string({ maxLength: 6 }),
)
const scalar = fc.oneof(text, fc.integer(), fc.boolean())
const value = fc.oneof(scalar, fc.array(scalar, { maxLength: 2 }), fc.dictionary(text, fc.oneof(scalar, fc.array(scalar, { maxLength: 2 })), { maxKeys: 2 }))
const element = fc.constantFrom('Sid', 'Effect', 'Action', 'NotAction', 'Resource', 'NotResource', 'Principal', 'NotPrincipal', 'Condition')
const statement = (withResource: boolean) =>
  fc.record({ Effect: fc.constantFrom('Allow', 'Deny', 'allow'), Action: fc.oneof(text, fc.array(text, { maxLength: 2 })), ...(withResource ? { Resource: fc.constant('*') } : {}) }, { requiredKeys: withResource ? ['Resource'] : [] })
    .chain((base) => fc.dictionary(element, value, { maxKeys: 3 }).map((extra) => ({ ...base, ...extra })))
const policy = (withResource: boolean) => fc.record({ Version: fc.constantFrom('2012-10-17', '2008-10-17'), Statement: fc.array(statement(withResource), { minLength: 1, maxLength: 2 }) })

const REFERENCES: [PolicyType, (doc: unknown) => unknown[], boolean][] = [
  ['identity', validateIdentityPolicy, false],
  ['resource', validateResourcePolicy, false],
  ['trust', validateTrustPolicy, false],
  ['serviceControlPolicy', validateServiceControlPolicy, true],
]

describe('validatePolicy against @cloud-copilot/iam-policy', () => {
  it.each(REFERENCES)('rejects every %s policy the reference rejects', (type, reference, withResource) => {
    let rejectedByReference = 0
    const missed: string[] = []
    for (const doc of fc.sample(policy(withResource), { numRuns: 2000, seed: 7 })) {
      if (reference(doc).length === 0) continue
      rejectedByReference++
      if (!hasBlockingFindings(validatePolicy(JSON.stringify(doc), type))) missed.push(JSON.stringify(doc))
    }
    // The generator must exercise the rule, or the test proves nothing.
    expect(rejectedByReference).toBeGreaterThan(500)
    expect(missed.slice(0, 10)).toEqual([])
  })
})
