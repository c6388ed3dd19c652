// validatePolicy must answer every input with findings, never an exception: the console
// validates whatever a user types. Generated documents mix valid elements, wrong types,
// unknown names, wildcards and variables.
import fc from 'fast-check'
import { describe, expect, it } from 'vitest'
import type { PolicyType } from '../types'
import { validatePolicy } from './index'

const text = fc.oneof(
  fc.constantFrom('*', 's3:GetObject', 'iam:Pass*', 'arn:aws:s3:::b/*', 'arn:aws:iam::111122223333:role/${aws:username}', '${', 'arn:aws', 'aws:SourceIp', '10.0.0.0/8', 'true', '2020-01-01', ''),
  fc.string({ maxLength: 12 }),
)
const scalar = fc.oneof(text, fc.integer(), fc.boolean(), fc.constant(null))
const value = fc.oneof(scalar, fc.array(scalar, { maxLength: 3 }), fc.dictionary(text, fc.oneof(scalar, fc.array(scalar, { maxLength: 3 })), { maxKeys: 3 }))
const elementName = fc.constantFrom('Sid', 'Effect', 'Action', 'NotAction', 'Resource', 'NotResource', 'Principal', 'NotPrincipal', 'Condition', 'Other')
const condition = fc.dictionary(fc.constantFrom('StringEquals', 'ForAnyValue:StringLike', 'NullIfExists', 'Bool', 'IpAddress', 'DateLessThan', 'Nope'), fc.dictionary(text, fc.oneof(scalar, fc.array(scalar, { maxLength: 3 })), { maxKeys: 2 }), { maxKeys: 2 })
const statement = fc.dictionary(elementName, value, { maxKeys: 6 }).chain((s) => fc.oneof(fc.constant(s), condition.map((c) => ({ ...s, Condition: c }))))
const policy = fc.record({ Version: fc.constantFrom('2012-10-17', '2008-10-17', 'x'), Statement: fc.oneof(statement, fc.array(statement, { maxLength: 3 }), scalar) }, { requiredKeys: [] })
const policyType = fc.constantFrom<PolicyType>('identity', 'resource', 'trust', 'permissionsBoundary', 'sessionPolicy', 'serviceControlPolicy', 'resourceControlPolicy')

describe('validatePolicy on generated input', () => {
  it('returns located findings and never throws', () => {
    fc.assert(
      fc.property(policy, policyType, fc.boolean(), (p, type, truncate) => {
        let t = JSON.stringify(p, null, 1)
        if (truncate) t = t.slice(0, Math.floor(t.length / 2))
        const findings = validatePolicy(t, type)
        for (const f of findings) {
          expect(f.start.line).toBeGreaterThanOrEqual(1)
          expect(f.start.column).toBeGreaterThanOrEqual(1)
          expect(f.issueCode).toMatch(/^[A-Z_]+$/)
        }
      }),
      { numRuns: 3000, seed: 42 },
    )
  })
})
