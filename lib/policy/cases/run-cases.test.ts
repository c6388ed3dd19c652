// The one loader for every JSON case table under lib/policy/cases/**.
//
//   "kind": "evaluation" -> evaluate (compiled, explain mode) AND evaluateNaive; both must
//                           give the documented answer.
//   "kind": "validation" -> validatePolicy(text, policyType, { maxLength }).
//
// A case's test is named "<file> > <case name>". The loader refuses to pass vacuously: a file
// of unknown kind, a case without a name or rule.doc, a duplicate name in a file, or too few
// cases in total fails the "case tables" checks below.

import { readdirSync, readFileSync } from 'node:fs'
import path from 'node:path'
import { describe, expect, it } from 'vitest'
import { evaluate, evaluateNaive, parsePolicy } from '../index'
import { validatePolicy } from '../validate/index'
import type { EvaluationRequest, EvaluationResult, Finding, PolicyInput, PolicySet } from '../types'
import {
  accountsOf,
  documentOf,
  policyNameForExpected,
  policyNameOf,
  type CasePolicy,
  type EvaluationCase,
  type EvaluationCasePolicies,
  type ExpectedFinding,
  type ValidationCase,
} from './case-format'

// Floors, not targets: lowering one is a deliberate decision that a reviewer sees here.
const MIN_EVALUATION_CASES = 230
const MIN_VALIDATION_CASES = 70

const CASES_DIR = import.meta.dirname
const DECISIONS = new Set(['allowed', 'explicitDeny', 'implicitDeny'])

interface LoadedFile {
  file: string
  kind: 'evaluation' | 'validation'
  cases: (EvaluationCase | ValidationCase)[]
}

function loadCaseFiles(): { files: LoadedFile[]; problems: string[] } {
  const files: LoadedFile[] = []
  const problems: string[] = []
  const jsonFiles = readdirSync(CASES_DIR, { recursive: true, encoding: 'utf8' })
    .filter((f) => f.endsWith('.json'))
    .map((f) => f.split(path.sep).join('/'))
    .sort()
  for (const file of jsonFiles) {
    let data: unknown
    try {
      data = JSON.parse(readFileSync(path.join(CASES_DIR, file), 'utf8'))
    } catch (error) {
      problems.push(`${file}: not valid JSON (${(error as Error).message})`)
      continue
    }
    const kind = (data as { kind?: unknown })?.kind
    if (kind !== 'evaluation' && kind !== 'validation') {
      problems.push(`${file}: unknown kind ${JSON.stringify(kind)} (expected "evaluation" or "validation")`)
      continue
    }
    const cases = (data as { cases?: unknown }).cases
    if (!Array.isArray(cases)) {
      problems.push(`${file}: "cases" must be an array`)
      continue
    }
    const seen = new Set<string>()
    const good: (EvaluationCase | ValidationCase)[] = []
    cases.forEach((c: Record<string, unknown>, i: number) => {
      const where = `${file}: cases[${i}]`
      const name = c?.name
      if (typeof name !== 'string' || name.trim() === '') return problems.push(`${where} has no name`)
      const rule = c.rule as { doc?: unknown; says?: unknown } | undefined
      if (typeof rule?.doc !== 'string' || rule.doc === '') return problems.push(`${where} "${name}" has no rule.doc`)
      // Evaluation cases cite the exact section (URL with anchor); validation cases at least the page.
      const docPattern = kind === 'evaluation' ? /^https:\/\/[^#\s]+#\S+$/ : /^https:\/\/\S+$/
      if (!docPattern.test(rule.doc)) {
        problems.push(`${where} "${name}": rule.doc must be an https URL${kind === 'evaluation' ? ' with an anchor' : ''}`)
      }
      if (typeof rule.says !== 'string' || rule.says === '') problems.push(`${where} "${name}" has no rule.says`)
      if (seen.has(name)) return problems.push(`${where}: duplicate case name "${name}"`)
      seen.add(name)
      const shapeProblem = kind === 'evaluation' ? evaluationShapeProblem(c) : validationShapeProblem(c)
      if (shapeProblem) return problems.push(`${where} "${name}": ${shapeProblem}`)
      good.push(c as unknown as EvaluationCase | ValidationCase)
    })
    files.push({ file, kind, cases: good })
  }
  return { files, problems }
}

function evaluationShapeProblem(c: Record<string, unknown>): string | undefined {
  const request = c.request as Record<string, unknown> | undefined
  if (typeof request?.principal !== 'string' || typeof request.action !== 'string' || typeof request.resource !== 'string') {
    return 'request needs principal, action and resource strings'
  }
  const policies = c.policies as Record<string, unknown> | undefined
  if (!Array.isArray(policies?.identity)) return 'policies.identity must be an array'
  const expected = c.expected as Record<string, unknown> | undefined
  if (!DECISIONS.has(expected?.decision as string)) return 'expected.decision must be allowed, explicitDeny or implicitDeny'
  return undefined
}

function validationShapeProblem(c: Record<string, unknown>): string | undefined {
  if (typeof c.policyType !== 'string') return 'policyType is required'
  if ((c.policy === undefined) === (c.policyText === undefined)) return 'exactly one of policy and policyText is required'
  const expected = c.expected as { findings?: unknown } | undefined
  if (!Array.isArray(expected?.findings)) return 'expected.findings must be an array'
  return undefined
}

function toPolicyInput(policy: CasePolicy, key: keyof EvaluationCasePolicies, index: number, level?: number): PolicyInput {
  const name = policyNameOf(policy, key, index, level)
  const parsed = parsePolicy(JSON.stringify(documentOf(policy), null, 2))
  if (parsed.policy === undefined || parsed.errors.length > 0) {
    throw new Error(`policy ${name} does not parse: ${parsed.errors.map((e) => `${e.issueCode} ${e.findingDetails}`).join('; ')}`)
  }
  return { name, policy: parsed.policy }
}

function toPolicySet(policies: EvaluationCasePolicies): PolicySet {
  const set: PolicySet = { identity: policies.identity.map((p, i) => toPolicyInput(p, 'identity', i)) }
  if (policies.resource !== undefined) set.resource = toPolicyInput(policies.resource, 'resource', 0)
  if (policies.permissionsBoundary) set.permissionsBoundary = policies.permissionsBoundary.map((p, i) => toPolicyInput(p, 'permissionsBoundary', i))
  if (policies.session) set.session = policies.session.map((p, i) => toPolicyInput(p, 'session', i))
  if (policies.serviceControlPolicies) {
    set.serviceControlPolicies = policies.serviceControlPolicies.map((level, l) => level.map((p, i) => toPolicyInput(p, 'serviceControlPolicies', i, l)))
  }
  if (policies.resourceControlPolicies) {
    set.resourceControlPolicies = policies.resourceControlPolicies.map((level, l) => level.map((p, i) => toPolicyInput(p, 'resourceControlPolicies', i, l)))
  }
  return set
}

function toRequest(c: EvaluationCase): EvaluationRequest {
  const { principalAccount, resourceAccount } = accountsOf(c.request)
  return {
    principal: { arn: c.request.principal, accountId: principalAccount },
    action: c.request.action,
    resource: c.request.resource,
    resourceAccountId: resourceAccount,
    context: c.request.context ?? {},
  }
}

// Only the fields a case states are compared: a case about the decision says nothing
// about the explanation, and must not fail when the explanation grows.
function checkEvaluation(engine: string, c: EvaluationCase, result: EvaluationResult): void {
  const label = `${engine}: `
  expect(result.decision, `${label}decision`).toBe(c.expected.decision)
  if (c.expected.decidingPolicyType !== undefined) {
    expect(result.decidingPolicyType, `${label}decidingPolicyType`).toBe(c.expected.decidingPolicyType)
  }
  if (c.expected.missingContextKeys !== undefined) {
    const lower = (keys: string[]) => [...new Set(keys.map((k) => k.toLowerCase()))].sort()
    expect(lower(result.missingContextKeys), `${label}missingContextKeys`).toEqual(lower(c.expected.missingContextKeys))
  }
  for (const want of c.expected.matchedStatements ?? []) {
    const policyName = policyNameForExpected(c.policies, want)
    expect(policyName, `${label}expected matched statement points at no policy: ${JSON.stringify(want)}`).toBeDefined()
    const found = result.matchedStatements.some(
      (m) => m.policyType === want.policyType && m.policyName === policyName && m.statementIndex === want.statementIndex,
    )
    expect(found, `${label}matched statements ${JSON.stringify(result.matchedStatements.map((m) => [m.policyType, m.policyName, m.statementIndex]))} lack ${want.policyType} ${policyName} statement ${want.statementIndex}`).toBe(true)
  }
  for (const want of c.expected.unmatchedStatements ?? []) {
    const policyName = policyNameForExpected(c.policies, want)
    const found = result.unmatchedStatements?.find((u) => u.policyType === want.policyType && u.policyName === policyName && u.statementIndex === want.statementIndex)
    expect(found, `${label}unmatched statements lack ${want.policyType} ${policyName} statement ${want.statementIndex}`).toBeDefined()
    expect(found!.reasons, `${label}reasons of ${want.policyType} ${policyName} statement ${want.statementIndex}`).toEqual(want.reasons)
  }
}

function runEvaluationCase(c: EvaluationCase): void {
  const request = toRequest(c)
  const policies = toPolicySet(c.policies)
  checkEvaluation('evaluate', c, evaluate(request, policies, { explain: true }))
  checkEvaluation('evaluateNaive', c, evaluateNaive(request, policies))
}

function findingMatches(actual: Finding, want: ExpectedFinding): boolean {
  return actual.findingType === want.findingType
    && actual.issueCode === want.issueCode
    && (want.path === undefined || actual.path === want.path)
    && (want.line === undefined || actual.start.line === want.line)
}

function runValidationCase(c: ValidationCase): void {
  const text = c.policyText ?? JSON.stringify(c.policy, null, 2)
  const findings = validatePolicy(text, c.policyType, c.maxLength === undefined ? undefined : { maxLength: c.maxLength })
  const shown = JSON.stringify(findings.map((f) => ({ findingType: f.findingType, issueCode: f.issueCode, path: f.path, line: f.start.line })))
  for (const want of c.expected.findings) {
    expect(findings.some((f) => findingMatches(f, want)), `missing ${JSON.stringify(want)} among ${shown}`).toBe(true)
  }
  if (c.expected.exact) {
    const unexpected = findings.filter((f) => !c.expected.findings.some((want) => findingMatches(f, want)))
    expect(unexpected.length, `unexpected findings in an exact case: ${shown}`).toBe(0)
  }
}

const { files, problems } = loadCaseFiles()
const count = (kind: LoadedFile['kind']) => files.filter((f) => f.kind === kind).reduce((n, f) => n + f.cases.length, 0)

describe('case tables', () => {
  it('every case file is well formed', () => {
    expect(problems).toEqual([])
  })
  it(`there are at least ${MIN_EVALUATION_CASES} evaluation cases`, () => {
    expect(count('evaluation')).toBeGreaterThanOrEqual(MIN_EVALUATION_CASES)
  })
  it(`there are at least ${MIN_VALIDATION_CASES} validation cases`, () => {
    expect(count('validation')).toBeGreaterThanOrEqual(MIN_VALIDATION_CASES)
  })
})

for (const { file, kind, cases } of files) {
  describe(file, () => {
    for (const c of cases) {
      it(c.name, () => {
        if (kind === 'evaluation') runEvaluationCase(c as EvaluationCase)
        else runValidationCase(c as ValidationCase)
      })
    }
  })
}
