// The shapes of the JSON case tables under lib/policy/cases/**, and the few conventions
// that give them meaning (default accounts, default policy names). The loader
// (run-cases.test.ts) and the iam-simulate cross-check (bench/check-cases-with-iam-simulate.ts)
// both read cases through these, so a case means the same thing to both.
//
// Expected values in these files come from the AWS documentation each case cites in
// `rule`, never from running an engine.

import type { ContextValue, Decision, FindingType, NonMatchReason, PolicyType } from '../types'

/** The AWS documentation rule a case checks: a page URL with an anchor, and a short quote. */
export interface CaseRule {
  doc: string
  says: string
}

/** A policy document as JSON (Version, Statement, ...), exactly as a customer would write it. */
export type PolicyDocument = Record<string, unknown>

/** A policy given bare, or with the name it should carry in explanations. */
export type CasePolicy = PolicyDocument | { name: string; document: PolicyDocument }

export interface EvaluationCaseRequest {
  principal: string
  /** Default: the account in the principal ARN. */
  principalAccount?: string
  action: string
  resource: string
  /** Default: the principal's account (a same-account request). */
  resourceAccount?: string
  /** What AWS would put in the request context, including the principal keys the policies use. */
  context?: Record<string, ContextValue>
}

export interface EvaluationCasePolicies {
  identity: CasePolicy[]
  resource?: CasePolicy
  permissionsBoundary?: CasePolicy[]
  session?: CasePolicy[]
  /** One entry per organization level (root, OU..., account); each level must allow. */
  serviceControlPolicies?: CasePolicy[][]
  resourceControlPolicies?: CasePolicy[][]
}

/** A statement that must be among the result's matched statements. */
export interface ExpectedMatchedStatement {
  policyType: PolicyType
  /** Index of the policy within its type (0 for the resource policy). */
  policyIndex: number
  statementIndex: number
  /** Organization level, for SCP and RCP statements (default 0). */
  level?: number
}

/** A statement that must be among the result's unmatched statements, with exactly these reasons. */
export interface ExpectedUnmatchedStatement extends ExpectedMatchedStatement {
  reasons: NonMatchReason[]
}

export interface EvaluationCaseExpected {
  decision: Decision
  decidingPolicyType?: PolicyType
  /** Compared as a set, case-insensitively (context key names are case-insensitive in AWS). */
  missingContextKeys?: string[]
  matchedStatements?: ExpectedMatchedStatement[]
  /** Explain mode's unmatchedStatements: each listed one must be there with these reasons. */
  unmatchedStatements?: ExpectedUnmatchedStatement[]
}

export interface EvaluationCase {
  name: string
  rule: CaseRule
  request: EvaluationCaseRequest
  policies: EvaluationCasePolicies
  expected: EvaluationCaseExpected
}

export interface EvaluationCaseFile {
  kind: 'evaluation'
  description?: string
  cases: EvaluationCase[]
}

export interface ExpectedFinding {
  findingType: FindingType
  issueCode: string
  path?: string
  /** 1-based line of the finding's start in the policy text. */
  line?: number
}

export interface ValidationCase {
  name: string
  rule: CaseRule
  policyType: PolicyType
  /** The policy as JSON; turned into text with JSON.stringify(policy, null, 2). */
  policy?: PolicyDocument
  /** The policy as exact text, for cases about syntax, layout or size. */
  policyText?: string
  maxLength?: number
  expected: {
    /** Each of these must be reported. */
    findings: ExpectedFinding[]
    /** When true, nothing else may be reported. */
    exact?: boolean
  }
}

export interface ValidationCaseFile {
  kind: 'validation'
  description?: string
  cases: ValidationCase[]
}

export type CaseFile = EvaluationCaseFile | ValidationCaseFile

/** The keys of EvaluationCasePolicies, and the PolicyType each one holds. */
export const POLICY_TYPE_OF_CASE_KEY = {
  identity: 'identity',
  resource: 'resource',
  permissionsBoundary: 'permissionsBoundary',
  session: 'sessionPolicy',
  serviceControlPolicies: 'serviceControlPolicy',
  resourceControlPolicies: 'resourceControlPolicy',
} as const satisfies Record<keyof EvaluationCasePolicies, PolicyType>

export function isNamedCasePolicy(policy: CasePolicy): policy is { name: string; document: PolicyDocument } {
  return typeof policy.name === 'string' && typeof policy.document === 'object' && policy.document !== null
}

export function documentOf(policy: CasePolicy): PolicyDocument {
  return isNamedCasePolicy(policy) ? policy.document : policy
}

/**
 * The name a case policy carries in explanations: its own name, or its place in the case
 * ("identity[1]", "resource", "serviceControlPolicies[0][2]").
 */
export function policyNameOf(policy: CasePolicy, key: keyof EvaluationCasePolicies, index: number, level?: number): string {
  if (isNamedCasePolicy(policy)) return policy.name
  if (key === 'resource') return 'resource'
  if (level !== undefined) return `${key}[${level}][${index}]`
  return `${key}[${index}]`
}

/** The 12-digit account in an ARN ("arn:aws:iam::111122223333:user/alice"), or undefined. */
export function accountOfArn(arn: string): string | undefined {
  const account = arn.split(':')[4]
  return account !== undefined && /^\d{12}$/.test(account) ? account : undefined
}

/** The request's accounts with the format's defaults applied. */
export function accountsOf(request: EvaluationCaseRequest): { principalAccount: string; resourceAccount: string } {
  const principalAccount = request.principalAccount ?? accountOfArn(request.principal)
  if (principalAccount === undefined) {
    throw new Error(`request.principalAccount is needed: no account in principal ${request.principal}`)
  }
  return { principalAccount, resourceAccount: request.resourceAccount ?? principalAccount }
}

/** The name of the policy an expected matched statement points at, for comparison with MatchedStatement.policyName. */
export function policyNameForExpected(policies: EvaluationCasePolicies, expected: ExpectedMatchedStatement): string | undefined {
  const key = (Object.keys(POLICY_TYPE_OF_CASE_KEY) as (keyof EvaluationCasePolicies)[])
    .find((k) => POLICY_TYPE_OF_CASE_KEY[k] === expected.policyType)
  if (key === undefined) return undefined
  if (key === 'resource') return policies.resource === undefined ? undefined : policyNameOf(policies.resource, key, 0)
  if (key === 'serviceControlPolicies' || key === 'resourceControlPolicies') {
    const level = expected.level ?? 0
    const policy = policies[key]?.[level]?.[expected.policyIndex]
    return policy === undefined ? undefined : policyNameOf(policy, key, expected.policyIndex, level)
  }
  const policy = policies[key]?.[expected.policyIndex]
  return policy === undefined ? undefined : policyNameOf(policy, key, expected.policyIndex)
}
