// Runs the validation case tables (lib/policy/cases/validation/*.json): every case names
// the AWS rule it checks. With `exact: true` the listed findings are all the findings;
// otherwise they must be among them. `path` and `line` are compared when given.
import { readdirSync, readFileSync } from 'node:fs'
import path from 'node:path'
import { describe, expect, it } from 'vitest'
import type { Finding, PolicyType } from '../types'
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
      expect(c.rule.doc).toMatch(/^https:\/\/docs\.aws\.amazon\.com\//)
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
          expect(hasBlockingFindings(findings)).toBe(c.expected.findings.some((e) => e.findingType === 'ERROR') || (!c.expected.exact && hasBlockingFindings(findings)))
        })
      }
    })
  }
})
