// Runs every evaluation case table (lib/policy/cases/evaluation/*.json) through
// @cloud-copilot/iam-simulate's public runSimulation and prints where it disagrees with
// the expected decision.
//
//   npx tsx bench/check-cases-with-iam-simulate.ts [--verbose]
//
// Why: the expected answers in the case tables come from the AWS documentation, written by
// hand; a second, independent implementation is a cheap way to catch a slip in a case.
// iam-simulate is not the authority: where it disagrees, the case's cited doc is re-read,
// and the doc's answer is kept. The remaining disagreements are expected, and are listed
// with the doc quote so a reader can judge each one.
//
// iam-simulate is an AGPL devDependency: it is run here, never imported from lib/.

import { readdirSync, readFileSync } from 'node:fs'
import path from 'node:path'
import { runSimulation, type Simulation } from '@cloud-copilot/iam-simulate'
import {
  accountsOf,
  documentOf,
  policyNameOf,
  type CasePolicy,
  type EvaluationCase,
  type EvaluationCaseFile,
  type PolicyDocument,
} from '../lib/policy/cases/case-format'
import type { ContextValue, Decision } from '../lib/policy/types'

const CASES_DIR = path.join(import.meta.dirname, '..', 'lib', 'policy', 'cases', 'evaluation')
const verbose = process.argv.includes('--verbose')

const DECISION_OF: Record<string, Decision> = {
  Allowed: 'allowed',
  ExplicitlyDenied: 'explicitDeny',
  ImplicitlyDenied: 'implicitDeny',
}

// iam-simulate takes one session policy. AWS combines several session policies (inline plus
// managed) as one set of permissions, which is what one document holding all their
// statements expresses, provided they share a language version.
function oneSessionPolicy(policies: CasePolicy[]): PolicyDocument | string {
  const docs = policies.map(documentOf)
  const versions = new Set(docs.map((d) => d.Version))
  if (versions.size > 1) return 'session policies with different Version elements cannot be merged into one'
  const statements = docs.flatMap((d) => (Array.isArray(d.Statement) ? d.Statement : [d.Statement]))
  return { ...(docs[0].Version === undefined ? {} : { Version: docs[0].Version }), Statement: statements }
}

function contextVariables(context: Record<string, ContextValue> = {}): Record<string, string | string[]> {
  const out: Record<string, string | string[]> = {}
  for (const [key, value] of Object.entries(context)) {
    out[key] = value.type.endsWith('List') ? value.values : value.values[0] ?? ''
  }
  return out
}

function toSimulation(c: EvaluationCase): Simulation | string {
  const { resourceAccount } = accountsOf(c.request)
  const p = c.policies
  const simulation: Simulation = {
    request: {
      principal: c.request.principal,
      action: c.request.action,
      resource: { resource: c.request.resource, accountId: resourceAccount },
      contextVariables: contextVariables(c.request.context),
    },
    identityPolicies: p.identity.map((policy, i) => ({ name: policyNameOf(policy, 'identity', i), policy: documentOf(policy) })),
    serviceControlPolicies: (p.serviceControlPolicies ?? []).map((level, l) => ({
      orgIdentifier: `level-${l}`,
      policies: level.map((policy, i) => ({ name: policyNameOf(policy, 'serviceControlPolicies', i, l), policy: documentOf(policy) })),
    })),
    // iam-simulate adds the AWS managed RCPFullAWSAccess to every level itself, and its
    // validator rejects an Allow in an RCP (customers cannot write one), so the cases' own
    // copy of RCPFullAWSAccess is left out here.
    resourceControlPolicies: (p.resourceControlPolicies ?? []).map((level, l) => ({
      orgIdentifier: `level-${l}`,
      policies: level
        .map((policy, i) => ({ name: policyNameOf(policy, 'resourceControlPolicies', i, l), policy: documentOf(policy) }))
        .filter((policy) => policy.name !== 'RCPFullAWSAccess'),
    })),
  }
  if (p.resource !== undefined) simulation.resourcePolicy = documentOf(p.resource)
  if (p.permissionsBoundary !== undefined) {
    simulation.permissionBoundaryPolicies = p.permissionsBoundary.map((policy, i) => ({ name: policyNameOf(policy, 'permissionsBoundary', i), policy: documentOf(policy) }))
  }
  if (p.session !== undefined && p.session.length > 0) {
    const session = oneSessionPolicy(p.session)
    if (typeof session === 'string') return session
    simulation.sessionPolicy = session
  }
  return simulation
}

interface Disagreement {
  file: string
  name: string
  expected: Decision
  got: string
  doc: string
  says: string
}

const files = readdirSync(CASES_DIR).filter((f) => f.endsWith('.json')).sort()
const disagreements: Disagreement[] = []
const ignoredKeys: string[] = []
let total = 0
let agreed = 0
const started = performance.now()

for (const file of files) {
  const data = JSON.parse(readFileSync(path.join(CASES_DIR, file), 'utf8')) as EvaluationCaseFile
  for (const c of data.cases) {
    total++
    const note = (got: string) => disagreements.push({ file, name: c.name, expected: c.expected.decision, got, doc: c.rule.doc, says: c.rule.says })
    const simulation = toSimulation(c)
    if (typeof simulation === 'string') {
      note(`not run: ${simulation}`)
      continue
    }
    const result = await runSimulation(simulation, {})
    if (result.resultType === 'error') {
      note(`rejected the input: ${result.errors.message} ${JSON.stringify({ ...result.errors, message: undefined })}`)
      continue
    }
    // A key iam-simulate drops is one AWS would not put in this request's context: a slip
    // in the case's realism even when the decisions agree.
    const ignored = result.resultType === 'single' ? result.result.ignoredContextKeys ?? [] : result.results.flatMap((r) => r.ignoredContextKeys ?? [])
    if (ignored.length > 0) ignoredKeys.push(`${file} > ${c.name}: ${ignored.join(', ')}`)
    const got = DECISION_OF[result.overallResult] ?? result.overallResult
    if (got === c.expected.decision) {
      agreed++
      if (verbose) console.log(`agree      ${file} > ${c.name}: ${got}`)
    } else {
      note(got)
    }
  }
}

for (const d of disagreements) {
  console.log(`DISAGREE   ${d.file} > ${d.name}`)
  console.log(`           expected ${d.expected} (from the doc), iam-simulate: ${d.got}`)
  console.log(`           doc: ${d.doc}`)
  console.log(`           says: "${d.says}"`)
}
for (const line of ignoredKeys) console.log(`IGNORED    context keys iam-simulate does not apply to the action: ${line}`)
const seconds = ((performance.now() - started) / 1000).toFixed(1)
console.log(`${total} evaluation cases in ${files.length} files: iam-simulate agrees on ${agreed}, disagrees on ${disagreements.length} (${seconds} s)`)
