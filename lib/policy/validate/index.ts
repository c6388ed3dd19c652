// IAM Access Analyzer's ValidatePolicy as a pure function over policy text: findings of
// four types with Access Analyzer's issue codes, a JSON path and a source range.
//
// ERROR means IAM (or Organizations) rejects the policy. Where Access Analyzer calls
// something an error that IAM nevertheless accepts (an unknown action, a bad ARN Region,
// an unknown condition key ...), the finding keeps Access Analyzer's code and wording and
// is a WARNING: AWS's own managed policies contain such things and are valid policies.
// The modules beside this one say, check by check, which is which.
// https://docs.aws.amazon.com/IAM/latest/UserGuide/access-analyzer-reference-policy-checks.html
import { parsePolicy } from '../parse/parse-policy'
import type { Finding, PolicyType } from '../types'
import { checkSize } from './check-size'
import { Findings, sortFindings } from './findings'
import { canonical, entry } from './json-values'
import { POLICY_TYPE_RULES } from './policy-type-rules'
import { validateStatement } from './validate-statement'

export interface ValidatePolicyOptions {
  /** characters without white space; default per policy type (identity managed 6144, trust 2048, SCP 5120, ...) */
  maxLength?: number
}

const TOP_LEVEL_ELEMENTS = ['Version', 'Id', 'Statement']

export function validatePolicy(text: string, policyType: PolicyType, options?: ValidatePolicyOptions): Finding[] {
  const rules = POLICY_TYPE_RULES[policyType]
  const findings = new Findings()
  const parsed = parsePolicy(text)
  findings.list.push(...parsed.errors)
  checkSize(text, parsed.ast, rules, options?.maxLength, findings)
  const ast = parsed.ast
  if (!ast || ast.kind !== 'object') return sortFindings(findings.list)

  for (const e of ast.entries) {
    if (!TOP_LEVEL_ELEMENTS.includes(e.key)) {
      findings.error('INVALID_POLICY_ELEMENT', `The policy element ${e.key} is not valid. A policy may contain ${TOP_LEVEL_ELEMENTS.join(', ')}.`, e.key, { start: e.keyStart, end: e.keyEnd })
    }
  }
  const version = entry(ast, 'Version')
  // Organizations: "Every SCP must include a Version element with the value 2012-10-17", and so must every RCP.
  // https://docs.aws.amazon.com/organizations/latest/userguide/orgs_manage_policies_scps_syntax.html#scp-syntax-version
  // https://docs.aws.amazon.com/organizations/latest/userguide/orgs_manage_policies_rcps_syntax.html#rcp-syntax-version
  const organizationsPolicy = policyType === 'serviceControlPolicy' || policyType === 'resourceControlPolicy'
  if (!version) {
    if (organizationsPolicy) findings.error('MISSING_VERSION', `Add the Version element with the value 2012-10-17: every ${rules.label} must include it.`, '', { start: ast.start, end: ast.start })
    else findings.warning('MISSING_VERSION', 'We recommend that you specify the Version element to help you with debugging permission issues.', '', { start: ast.start, end: ast.start })
  } else if (organizationsPolicy && version.value.kind === 'string' && version.value.value === '2008-10-17') {
    findings.error('INVALID_VERSION', `The version 2008-10-17 is not valid for a ${rules.label}. Use the following version: 2012-10-17.`, 'Version', version.value)
  }
  const versionValue = version?.value.kind === 'string' ? version.value.value : '2008-10-17'

  const statement = entry(ast, 'Statement')
  if (!statement || (statement.value.kind === 'array' && statement.value.items.length === 0)) {
    findings.error('MISSING_STATEMENT', 'Add a statement to the policy', statement ? 'Statement' : '', statement ? statement.value : { start: ast.start, end: ast.start })
    return sortFindings(findings.list)
  }
  const statements = statement.value.kind === 'object'
    ? [{ node: statement.value, path: 'Statement[0]' }]
    : statement.value.kind === 'array'
      ? statement.value.items.flatMap((node, i) => (node.kind === 'object' ? [{ node, path: `Statement[${i}]` }] : []))
      : []

  const ctx = { policyType, rules, version: versionValue, findings }
  const sids = new Map<string, string>()
  const seen = new Map<string, string>()
  for (const { node, path } of statements) {
    validateStatement(node, path, ctx)
    const sid = entry(node, 'Sid')
    if (sid?.value.kind === 'string' && sid.value.value !== '') {
      if (sids.has(sid.value.value)) {
        if (rules.uniqueSids === 'required') findings.error('UNIQUE_SIDS_REQUIRED', `Duplicate statement IDs are not supported for this policy type. Update the Sid value ${sid.value.value}.`, `${path}.Sid`, sid.value)
        else findings.warning('UNIQUE_SIDS_RECOMMENDED', `We recommend that you use statement IDs that are unique to your policy. Update the Sid value ${sid.value.value}.`, `${path}.Sid`, sid.value)
      } else sids.set(sid.value.value, path)
    }
    // Identical statements apart from their Sid grant the same thing twice.
    const key = canonical({ ...node, entries: node.entries.filter((e) => e.key !== 'Sid') })
    const first = seen.get(key)
    if (first) findings.suggestion('REDUNDANT_STATEMENT', `The statements are redundant because they provide identical permissions (${first} and ${path}). Update the policy to remove the redundant statement.`, path, { start: node.start, end: node.end })
    else seen.set(key, path)
  }
  return sortFindings(findings.list)
}

/** True when any finding is an ERROR: AWS rejects such a policy. */
export function hasBlockingFindings(findings: Finding[]): boolean {
  return findings.some((f) => f.findingType === 'ERROR')
}
