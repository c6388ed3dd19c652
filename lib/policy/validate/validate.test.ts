// Runs the validation case tables (lib/policy/cases/validation/*.json): every case names
// the AWS rule it checks. With `exact: true` the listed findings are all the findings;
// otherwise they must be among them. `path` and `line` are compared when given.
// (lib/policy/cases/run-cases.test.ts runs the same tables with every other kind.)
//
// Then the corpus: every AWS managed policy is a policy IAM accepted, so validated as an
// identity policy it must produce no ERROR. A rule that rejects one of these rejects
// something AWS itself ships. AWS managed policies are not subject to the
// customer-managed size quota (ReadOnlyAccess is far over 6,144 characters), so the size
// check is lifted for them and the ones over the quota are counted instead.
import { readdirSync, readFileSync } from 'node:fs'
import path from 'node:path'
import { describe, expect, it } from 'vitest'
import type { Finding, PolicyType } from '../types'
import { policySize } from './check-size'
import { hasBlockingFindings, validatePolicy } from './index'

interface ExpectedFinding {
  findingType: Finding['findingType']
  issueCode: string
  path?: string
  line?: number
}

interface ValidationCase {
  name: string
  rule: { doc: string; says: string }
  policyType: PolicyType
  policy?: unknown
  policyText?: string
  maxLength?: number
  expected: { findings: ExpectedFinding[]; exact?: boolean }
}

const dir = path.join(import.meta.dirname, '../cases/validation')
const files = readdirSync(dir).filter((f) => f.endsWith('.json')).sort()
const tables = files.map((file) => ({ file, table: JSON.parse(readFileSync(path.join(dir, file), 'utf8')) as { kind: string; description: string; cases: ValidationCase[] } }))

function matches(f: Finding, e: ExpectedFinding): boolean {
  return f.findingType === e.findingType && f.issueCode === e.issueCode && (e.path === undefined || f.path === e.path) && (e.line === undefined || f.start.line === e.line)
}

const show = (findings: Finding[]) => findings.map((f) => `${f.findingType} ${f.issueCode} ${f.path} line ${f.start.line}`)

describe('validation case tables', () => {
  it('hold at least 90 named cases, each citing its AWS rule', () => {
    const cases = tables.flatMap((t) => t.table.cases)
    expect(cases.length).toBeGreaterThanOrEqual(90)
    for (const c of cases) {
      expect(c.name).toBeTruthy()
      expect(c.rule.doc).toMatch(/^https:\/\/(docs\.)?aws\.amazon\.com\//)
      expect(c.rule.says).toBeTruthy()
    }
    expect(new Set(cases.map((c) => c.name)).size).toBe(cases.length)
  })

  for (const { file, table } of tables) {
    describe(`${file}: ${table.description}`, () => {
      expect(table.kind).toBe('validation')
      for (const c of table.cases) {
        it(c.name, () => {
          const text = c.policyText ?? JSON.stringify(c.policy, null, 2)
          const findings = validatePolicy(text, c.policyType, c.maxLength === undefined ? undefined : { maxLength: c.maxLength })
          for (const e of c.expected.findings) {
            expect(findings.some((f) => matches(f, e)), `expected ${JSON.stringify(e)} among ${JSON.stringify(show(findings))}`).toBe(true)
          }
          if (c.expected.exact) {
            const extra = findings.filter((f) => !c.expected.findings.some((e) => matches(f, e)))
            expect(show(extra), 'findings the case does not list').toEqual([])
          }
          if (c.expected.exact) {
            // The gate rejects exactly the policies with an ERROR.
            expect(hasBlockingFindings(findings)).toBe(c.expected.findings.some((e) => e.findingType === 'ERROR'))
          }
        })
      }
    })
  }
})

interface ManagedPolicy {
  PolicyName: string
  Document: unknown
}

// The copy the seed ships (prisma/seed-data), so the test runs wherever the repository is.
const MANAGED_POLICIES = path.resolve(import.meta.dirname, '../../../prisma/seed-data/aws-managed-policies.json')

describe('AWS managed policies', () => {
  const { policies } = JSON.parse(readFileSync(MANAGED_POLICIES, 'utf8')) as { policies: ManagedPolicy[] }

  it('are all 1,452 there', () => {
    expect(policies.length).toBe(1452)
  })

  it('validate without ERROR as identity policies', () => {
    const errors: string[] = []
    const byCode: Record<string, number> = {}
    let withWarnings = 0
    let overQuota = 0
    for (const p of policies) {
      const text = JSON.stringify(p.Document, null, 2)
      if (policySize(text, false) > 6144) overQuota++
      const findings = validatePolicy(text, 'identity', { maxLength: Number.POSITIVE_INFINITY })
      for (const f of findings) {
        const code = `${f.findingType} ${f.issueCode}`
        byCode[code] = (byCode[code] ?? 0) + 1
        if (f.findingType === 'ERROR') errors.push(`${p.PolicyName}: ${f.issueCode} at ${f.path}: ${f.findingDetails}`)
      }
      if (findings.some((f) => f.findingType === 'WARNING' || f.findingType === 'SECURITY_WARNING')) withWarnings++
    }
    console.log(`AWS managed policies: ${policies.length}; with a WARNING or SECURITY_WARNING: ${withWarnings}; over the 6,144 quota: ${overQuota}`)
    console.log(Object.entries(byCode).sort((a, b) => b[1] - a[1]).map(([c, n]) => `${n} ${c}`).join('\n'))
    expect(errors).toEqual([])
  })

  // The policy check reference names AWS managed policies that carry some findings
  // ("AWS managed policies with this security warning"); ours must find them too.
  const AA = 'https://docs.aws.amazon.com/IAM/latest/UserGuide/access-analyzer-reference-policy-checks.html#access-analyzer-reference-policy-checks-'
  it.each([
    ['AdministratorAccess', 'PASS_ROLE_WITH_STAR_IN_ACTION_AND_RESOURCE', `${AA}security-warning-pass-role-with-star-in-action-and-resource`],
    ['IAMFullAccess', 'PASS_ROLE_WITH_STAR_IN_ACTION_AND_RESOURCE', `${AA}security-warning-pass-role-with-star-in-action-and-resource`],
    ['AdministratorAccess', 'CREATE_SLR_WITH_STAR_IN_ACTION_AND_RESOURCE', `${AA}general-warning-create-slr-with-star-in-action-and-resource`],
    ['IAMFullAccess', 'CREATE_SLR_WITH_STAR_IN_ACTION_AND_RESOURCE', `${AA}general-warning-create-slr-with-star-in-action-and-resource`],
    ['PowerUserAccess', 'CREATE_SLR_WITH_STAR_IN_RESOURCE', `${AA}general-warning-create-slr-with-star-in-resource`],
    ['AlexaForBusinessFullAccess', 'CREATE_SLR_WITH_STAR_IN_RESOURCE', `${AA}general-warning-create-slr-with-star-in-resource`],
    ['AWSOrganizationsServiceTrustPolicy', 'CREATE_SLR_WITH_STAR_IN_RESOURCE', `${AA}general-warning-create-slr-with-star-in-resource`],
    ['AdministratorAccess-Amplify', 'PASS_ROLE_WITH_STAR_IN_RESOURCE', `${AA}security-warning-pass-role-with-star-in-resource`],
    ['AWSServiceRoleForAmazonEKSNodegroup', 'PASS_ROLE_WITH_STAR_IN_RESOURCE', `${AA}security-warning-pass-role-with-star-in-resource`],
  ])('%s has %s, as the reference lists it (%s)', (name, issueCode) => {
    const p = policies.find((x) => x.PolicyName === name)
    expect(p, name).toBeDefined()
    const findings = validatePolicy(JSON.stringify(p!.Document, null, 2), 'identity', { maxLength: Number.POSITIVE_INFINITY })
    expect(findings.map((f) => f.issueCode)).toContain(issueCode)
  })
})
