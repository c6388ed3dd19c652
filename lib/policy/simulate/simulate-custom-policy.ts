// simulateCustomPolicy: IAM's SimulateCustomPolicy over this engine. The shapes are AWS's
// (simulate-types.ts); the decision is evaluate()'s with explanations.
//
// AWS behaviours reproduced (IAM API Reference, SimulateCustomPolicy and EvaluationResult):
// - ResourceArns defaults to "*" ("If you do not specify any resources, ... defaults to
//   *"); one EvaluationResult per action, aggregating its resources (see
//   toEvaluationResult).
// - CallerArn "is required if you include a ResourcePolicy"; "You can specify only the ARN
//   of an IAM user."
// - ResourceOwner is the account of resources whose ARN names none (S3) and of the
//   resource policy; without it, the caller's account.
// - MatchedStatements: the statements that determine the result; for an explicit deny
//   "the deny statement is the only entry included in the result".
// - MissingContextValues sits on the EvaluationResult when the resource is "*"; with a
//   resource list the keys go under ResourceSpecificResults.
// - EvalDecisionDetails: "populated for only cross-account simulations"; present but empty
//   for a same-account simulation with a resource ARN; absent for "*".
// Malformed input answers with AWS's error shape, never a thrown exception: the request is
// parsed first (parse-simulate-request.ts), and only a request that parsed is simulated.

import { evaluate } from '../evaluate/evaluate-compiled'
import { withConditions, type ExplainedStatement } from '../explain/statement-conditions'
import type { ContextValue, Decision, EvaluationRequest, EvaluationResult, MatchedStatement, PolicySet, PolicyType, SourcePosition } from '../types'
import { parseSimulateRequest, SimulateInputError, type ParsedSimulateRequest } from './parse-simulate-request'
import type {
  EvaluationResultShape,
  ResourceSpecificResult,
  SimulateCustomPolicyResponse,
  SimulateErrorResponse,
  SimulatedStatement,
} from './simulate-types'

export function simulateCustomPolicy(input: unknown): SimulateCustomPolicyResponse | SimulateErrorResponse {
  const r = simulateCustomPolicyExplained(input)
  return 'Error' in r ? r : r.response
}

/** One simulated request's full evaluation (explain mode), behind its EvaluationResult. */
export interface SimulationExplanation {
  EvalActionName: string
  EvalResourceName: string
  result: EvaluationResult
  /** result.matchedStatements, each with its conditions beside the request's values. */
  statements: ExplainedStatement[]
}

/**
 * The same, with the evaluation of each action and resource of the page returned, for
 * the console's simulator: AWS's response says only which statements decided, the
 * evaluation says what every policy type found (the evaluation path).
 */
export function simulateCustomPolicyExplained(input: unknown): { response: SimulateCustomPolicyResponse; explanations: SimulationExplanation[] } | SimulateErrorResponse {
  try {
    return explainParsedRequest(parseSimulateRequest(input))
  } catch (e) {
    if (e instanceof SimulateInputError) return { Error: { Type: 'Sender', Code: e.code, Message: e.message } }
    throw e
  }
}

export function isSimulateError(r: SimulateCustomPolicyResponse | SimulateErrorResponse): r is SimulateErrorResponse {
  return 'Error' in r
}

const ARN_ACCOUNT = /^arn:[^:]+:[^:]*:[^:]*:(\d{12}):/

/** The simulation of a request parseSimulateRequest accepted (SimulatePrincipalPolicy adds the principal's policies first). */
export function simulateParsedRequest(parsed: ParsedSimulateRequest): SimulateCustomPolicyResponse {
  return explainParsedRequest(parsed).response
}

/** The same, with each action and resource's evaluation (explain mode) beside AWS's response. */
export function explainParsedRequest(parsed: ParsedSimulateRequest): { response: SimulateCustomPolicyResponse; explanations: SimulationExplanation[] } {
  const { request: req, callerAccount, ownerAccount, identity, boundary, resourcePolicy, texts, pageStart: start } = parsed

  const context: Record<string, ContextValue> = {}
  for (const e of req.ContextEntries ?? []) context[e.ContextKeyName] = { type: e.ContextKeyType, values: e.ContextKeyValues }
  // The caller's own keys, as AWS would put them in the context for an IAM user, unless given.
  if (req.CallerArn !== undefined) {
    const userName = req.CallerArn.slice(req.CallerArn.lastIndexOf('/') + 1)
    const lowerKeys = new Set(Object.keys(context).map((k) => k.toLowerCase()))
    const put = (k: string, v: string) => { if (!lowerKeys.has(k.toLowerCase())) context[k] = { type: 'string', values: [v] } }
    put('aws:username', userName)
    put('aws:PrincipalArn', req.CallerArn)
    put('aws:PrincipalAccount', callerAccount!)
    put('aws:PrincipalType', 'User')
  }

  const resources = req.ResourceArns && req.ResourceArns.length ? req.ResourceArns : ['*']
  const resourceListGiven = !!(req.ResourceArns && req.ResourceArns.length)
  const results: EvaluationResultShape[] = []
  const explained: SimulationExplanation[][] = []
  for (const action of req.ActionNames) {
    const perResource: Evaluated[] = []
    for (const resource of resources) {
      const resourceAccount = ARN_ACCOUNT.exec(resource)?.[1] ?? ownerAccount ?? callerAccount ?? ''
      const principalAccount = callerAccount ?? ownerAccount ?? resourceAccount
      const request: EvaluationRequest = {
        principal: { arn: req.CallerArn ?? '', accountId: principalAccount },
        action,
        resource,
        resourceAccountId: resourceAccount,
        context,
      }
      const policies: PolicySet = { identity }
      if (boundary?.length) policies.permissionsBoundary = boundary
      if (resourcePolicy) policies.resource = resourcePolicy
      const r = evaluate(request, policies, { explain: true })
      perResource.push({ resource, crossAccount: principalAccount !== resourceAccount, result: r, statements: withConditions(r.matchedStatements, policies, context) })
    }
    results.push(toEvaluationResult(action, resourceListGiven, perResource, !!boundary?.length, texts))
    explained.push(perResource.map((e) => ({ EvalActionName: action, EvalResourceName: e.resource, result: e.result, statements: e.statements })))
  }
  const max = req.MaxItems ?? 100
  const page = results.slice(start, start + max)
  const response: SimulateCustomPolicyResponse = { EvaluationResults: page, IsTruncated: start + max < results.length }
  if (response.IsTruncated) response.Marker = String(start + max)
  return { response, explanations: explained.slice(start, start + max).flat() }
}

const SOURCE_TYPE: Partial<Record<PolicyType, string>> = {
  identity: 'IAM Policy',
  permissionsBoundary: 'IAM Policy',
  resource: 'Resource Policy',
  trust: 'Resource Policy',
}

// AWS's StartPosition is not the statement's "{" but the point just past the token before
// it: past the "[" for the first statement of an array, past the previous statement's "}"
// for the others (so one statement's EndPosition is the next one's StartPosition when they
// are written "},{"). Real responses show it: AdministratorAccess's only statement starts at
// line 3, column 17, just past the "[" that ends line 3, and ends at line 8, column 6, just
// past its "}"; in a compact bucket policy a second statement started at the column of the
// comma before its "{".
function startPosition(text: string | undefined, brace: SourcePosition): SourcePosition {
  if (text === undefined) return brace
  let offset = -1
  for (let line = 1, i = 0; i <= text.length; i++) {
    if (line === brace.line) { offset = i + brace.column - 1; break }
    if (text.charCodeAt(i) === 0x0a) line++
  }
  if (offset < 0 || text[offset] !== '{') return brace
  const isSpace = (c: string | undefined) => c === ' ' || c === '\t' || c === '\n' || c === '\r'
  let i = offset - 1
  while (i >= 0 && isSpace(text[i])) i--
  if (text[i] === ',') {
    i--
    while (i >= 0 && isSpace(text[i])) i--
  }
  if (i < 0) return brace
  // The position just past text[i], 1-based.
  const lineStart = text.lastIndexOf('\n', i) + 1
  let line = 1
  for (let j = text.indexOf('\n'); j !== -1 && j < i; j = text.indexOf('\n', j + 1)) line++
  return { line, column: i - lineStart + 2 }
}

function statements(r: EvaluationResult, texts: ReadonlyMap<string, string>): SimulatedStatement[] {
  // The statements that determine the result: the denies for an explicit deny, else the
  // allows; an implicit deny is determined by no statement.
  const keep: (m: MatchedStatement) => boolean =
    r.decision === 'explicitDeny' ? (m) => m.effect === 'Deny' : r.decision === 'allowed' ? (m) => m.effect === 'Allow' : () => false
  return r.matchedStatements.filter(keep).map((m) => {
    const start = startPosition(texts.get(m.policyName), m.position)
    const end = m.end ?? m.position
    return {
      SourcePolicyId: m.policyName,
      SourcePolicyType: SOURCE_TYPE[m.policyType] ?? 'none',
      StartPosition: { Line: start.line, Column: start.column },
      EndPosition: { Line: end.line, Column: end.column },
    }
  })
}

interface Evaluated {
  resource: string
  crossAccount: boolean
  result: EvaluationResult
  statements: ExplainedStatement[]
}

// Most restrictive first: the aggregate of several resources is the first of these that
// any resource produced ("if any resource produces explicitDeny, the top-level decision
// is explicitDeny").
const RESTRICTIVENESS: Decision[] = ['explicitDeny', 'implicitDeny', 'allowed']

function mostRestrictive(ds: Decision[]): Decision {
  return RESTRICTIVENESS.find((d) => ds.includes(d)) ?? 'allowed'
}

function decisionDetails(e: Evaluated): Record<string, Decision> {
  // "populated for only cross-account simulations"; same account: present but empty.
  const details: Record<string, Decision> = {}
  if (e.crossAccount) {
    if (e.result.details.identity) details['IAM Policy'] = e.result.details.identity
    const rp = e.result.details.resource ?? e.result.details.trust
    if (rp) details['Resource Policy'] = rp
  }
  return details
}

function sameStatement(a: SimulatedStatement, b: SimulatedStatement): boolean {
  return a.SourcePolicyId === b.SourcePolicyId && a.StartPosition.Line === b.StartPosition.Line && a.StartPosition.Column === b.StartPosition.Column
}

// One EvaluationResult per action (IAM API Reference, EvaluationResult: "The simulator now
// returns a single EvaluationResult per action, regardless of how many resource ARNs are
// provided"); its top-level fields are the aggregate over the resources, and
// ResourceSpecificResults holds each resource's own decision.
function toEvaluationResult(action: string, resourceListGiven: boolean, evaluated: Evaluated[], hasBoundary: boolean, texts: ReadonlyMap<string, string>): EvaluationResultShape {
  const decision = mostRestrictive(evaluated.map((e) => e.result.decision))
  // The statements that determine the aggregate: those of the resources that produced it.
  const matched: SimulatedStatement[] = []
  for (const e of evaluated) {
    if (e.result.decision !== decision) continue
    for (const m of statements(e.result, texts)) if (!matched.some((x) => sameStatement(x, m))) matched.push(m)
  }
  const out: EvaluationResultShape = {
    EvalActionName: action,
    // EvalResourceName names "the resource that the indicated API operation was tested
    // on"; an aggregate over several resources has no one resource (the field is optional).
    ...(evaluated.length === 1 ? { EvalResourceName: evaluated[0].resource } : {}),
    EvalDecision: decision,
    MatchedStatements: matched,
    // "This list is used when the resource in a simulation is "*" ... If you include a list
    // of resources, then any missing context values are instead included under the
    // ResourceSpecificResults section."
    MissingContextValues: resourceListGiven ? [] : evaluated[0].result.missingContextKeys,
  }
  const crossAccount = evaluated.some((e) => e.crossAccount)
  if (crossAccount || evaluated.some((e) => e.resource !== '*')) {
    const details: Record<string, Decision> = {}
    for (const e of evaluated) {
      for (const [k, v] of Object.entries(decisionDetails(e))) details[k] = details[k] ? mostRestrictive([details[k], v]) : v
    }
    out.EvalDecisionDetails = details
  }
  if (hasBoundary) out.PermissionsBoundaryDecisionDetail = { AllowedByPermissionsBoundary: evaluated.every((e) => e.result.details.permissionsBoundary === 'allowed') }
  if (resourceListGiven) {
    out.ResourceSpecificResults = evaluated.map((e) => {
      const rsr: ResourceSpecificResult = {
        EvalResourceName: e.resource,
        EvalResourceDecision: e.result.decision,
        MatchedStatements: statements(e.result, texts),
        MissingContextValues: e.result.missingContextKeys,
      }
      // ResourceSpecificResult.EvalDecisionDetails: "returned only for cross-account
      // simulations" (a same-account result has no such key, unlike the top level's {}).
      if (e.crossAccount) rsr.EvalDecisionDetails = decisionDetails(e)
      if (hasBoundary) rsr.PermissionsBoundaryDecisionDetail = { AllowedByPermissionsBoundary: e.result.details.permissionsBoundary === 'allowed' }
      return rsr
    })
  }
  return out
}
