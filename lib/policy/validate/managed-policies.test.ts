// Every AWS managed policy is a policy IAM accepted: validated as an identity policy it
// must produce no ERROR. This is the corpus that keeps the ERROR rules honest; a rule
// that rejects one of these rejects something AWS itself ships.
//
// AWS managed policies are not subject to the customer-managed size quota (ReadOnlyAccess
// is far over 6,144 characters), so the size check is lifted here and counted separately.
import { readFileSync } from 'node:fs'
import { describe, expect, it } from 'vitest'
import type { Finding } from '../types'
import { policySize } from './check-size'
import { validatePolicy } from './index'

interface ManagedPolicy {
  PolicyName: string
  Document: unknown
}

const file = '/work/shared/data/aws-managed-policies.json'
const { policies } = JSON.parse(readFileSync(file, 'utf8')) as { policies: ManagedPolicy[] }

describe('AWS managed policies', () => {
  it('are all there', () => {
    expect(policies.length).toBe(1452)
  })

  it('validate without ERROR as identity policies', () => {
    const errors: string[] = []
    const byType: Record<string, number> = {}
    const byCode: Record<string, number> = {}
    let withWarnings = 0
    let overQuota = 0
    for (const p of policies) {
      const text = JSON.stringify(p.Document, null, 2)
      if (policySize(text, false) > 6144) overQuota++
      const findings: Finding[] = validatePolicy(text, 'identity', { maxLength: Number.POSITIVE_INFINITY })
      for (const f of findings) {
        byType[f.findingType] = (byType[f.findingType] ?? 0) + 1
        byCode[`${f.findingType} ${f.issueCode}`] = (byCode[`${f.findingType} ${f.issueCode}`] ?? 0) + 1
        if (f.findingType === 'ERROR') errors.push(`${p.PolicyName}: ${f.issueCode} at ${f.path}: ${f.findingDetails}`)
      }
      if (findings.some((f) => f.findingType === 'WARNING' || f.findingType === 'SECURITY_WARNING')) withWarnings++
    }
    console.log(`AWS managed policies: ${policies.length}; with a WARNING or SECURITY_WARNING: ${withWarnings}; over the 6,144 quota: ${overQuota}`)
    console.log(JSON.stringify(byType))
    console.log(Object.entries(byCode).sort((a, b) => b[1] - a[1]).map(([c, n]) => `${n} ${c}`).join('\n'))
    expect(errors.slice(0, 50)).toEqual([])
  })
})
