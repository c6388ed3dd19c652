// The oracle: evaluates every statement of every policy, straightforwardly, with no
// compilation, no index and no early exit. It exists so that the compiled evaluator
// (evaluate-compiled.ts) can be checked against it (property tests and the case tables);
// it is not the gate's path.

import { compileConditionTest, parseConditionOperator } from '../conditions/index'
import { actionMatches } from '../match/action-matcher'
import { escapeForCondition, parseTemplate, resolveTemplate } from '../match/policy-variables'
import { describePrincipal, isExcludedByNotPrincipal, matchPrincipal, type PrincipalIdentity, type PrincipalMatch } from '../match/principal-matcher'
import { resourceMatches } from '../match/resource-matcher'
import { protectWildcards } from '../match/wildcard'
import type { EvaluationRequest, EvaluationResult, MatchedStatement, NonMatchReason, Policy, PolicySet, PolicyType, Statement, UnmatchedStatement } from '../types'
import { detailsFrom } from '../explain/details-from'
import { needsNoAuthorization } from './actions-without-authorization'
import { decide } from './decide'
import { checksPrincipal, policyEntries, requiresPrincipal } from './policy-order'
import { RequestContext } from './request-context'
import { resourcePolicyKind } from './resource-policy-kind'

export interface StatementAnalysis {
  applies: boolean
  principalMatch?: PrincipalMatch
  /** Set when the statement covers the action but does not apply: every part that failed. */
  reasons?: NonMatchReason[]
}

export function evaluateNaive(request: EvaluationRequest, policies: PolicySet): EvaluationResult {
  const ctx = new RequestContext(request.context, request.principalContext)
  const who = describePrincipal(request.principal)
  const kind = resourcePolicyKind(request, policies)
  const entries = policyEntries(policies, kind === 'trust' ? 'trust' : 'resource')
  const matched: MatchedStatement[] = []
  const unmatched: UnmatchedStatement[] = []
  const missing = new Set<string>()
  const allowsByType = new Map<string, boolean>()
  let resourceAllow: PrincipalMatch | undefined
  const STRENGTH: Record<PrincipalMatch, number> = { account: 0, role: 1, wildcard: 2, direct: 3 }

  for (const e of entries) {
    for (const st of e.input.policy.statements) {
      const a = analyzeStatement(st, e.input.policy, e.type, request, ctx, who, (k) => missing.add(k), !!policies.permissionsBoundary?.length)
      const cited: MatchedStatement = {
        policyType: e.type,
        policyName: e.input.name,
        ...(e.input.versionId !== undefined ? { versionId: e.input.versionId } : {}),
        ...(st.sid !== undefined ? { sid: st.sid } : {}),
        statementIndex: st.index,
        effect: st.effect,
        position: st.position,
        ...(st.end !== undefined ? { end: st.end } : {}),
      }
      if (a.reasons) unmatched.push({ ...cited, reasons: a.reasons })
      if (!a.applies) continue
      matched.push(cited)
      if (st.effect === 'Allow') {
        allowsByType.set(`${e.type}#${e.level}`, true)
        if ((e.type === 'resource' || e.type === 'trust') && a.principalMatch && (!resourceAllow || STRENGTH[a.principalMatch] > STRENGTH[resourceAllow])) {
          resourceAllow = a.principalMatch
        }
      }
    }
  }

  const has = (t: PolicyType, level = -1) => allowsByType.get(`${t}#${level}`) === true
  const outcome = decide({
    needsNoAuthorization: needsNoAuthorization(request.action),
    who,
    crossAccount: request.principal.accountId !== request.resourceAccountId,
    resourceKind: kind,
    explicitDeny: () => matched.find((m) => m.effect === 'Deny'),
    rcpLevels: policies.resourceControlPolicies?.length ?? 0,
    rcpLevelAllows: (i) => has('resourceControlPolicy', i),
    scpLevels: policies.serviceControlPolicies?.length ?? 0,
    scpLevelAllows: (i) => has('serviceControlPolicy', i),
    identityAllows: () => has('identity'),
    boundaryAllows: () => (policies.permissionsBoundary?.length ? has('permissionsBoundary') : undefined),
    sessionAllows: () => (policies.session?.length ? has('sessionPolicy') : undefined),
    resourceAllow: () => resourceAllow,
  })
  const present = [...new Set(entries.map((e) => e.type))]
  return { ...outcome, matchedStatements: matched, missingContextKeys: [...missing], details: detailsFrom(matched, present), unmatchedStatements: unmatched }
}

/**
 * Does this statement apply to the request? Action (or NotAction), then Resource (or
 * NotResource), then Principal (or NotPrincipal) where the policy type has one, then every
 * condition. A statement that covers the action but does not apply comes back with the
 * reasons (every part that failed). `onMissing` hears the context keys the statement asked
 * for that the request lacks, once its action, resource and principal matched.
 */
export function analyzeStatement(
  st: Statement,
  policy: Policy,
  type: PolicyType,
  request: EvaluationRequest,
  ctx: RequestContext,
  who: PrincipalIdentity,
  onMissing: (key: string) => void,
  hasBoundary = false,
): StatementAnalysis {
  const no: StatementAnalysis = { applies: false }
  const action = request.action
  if (st.action) {
    if (!st.action.some((p) => actionMatches(p, action))) return no
  } else if (st.notAction) {
    // NotAction: "matches everything except the specified list of actions" -- with Deny it
    // denies every other action, with Allow it allows every other action
    // (reference_policies_elements_notaction.html).
    if (st.notAction.some((p) => actionMatches(p, action))) return no
  } else return no

  const variables = policy.version === '2012-10-17'
  const lookup = (k: string, lower: string) => ctx.get(k, lower)?.values
  // Resource patterns: "If a variable that has no value in the authorization context is
  // used as part of the Resource or NotResource element of a policy, the resource that
  // includes a policy variable with no value will not match any resource"
  // (reference_policies_variables.html#policy-vars-no-value).
  const resourceHit = (patterns: string[], unresolved: string[]): boolean =>
    patterns.some((p) => {
      const resolved = variables ? resolveTemplate(parseTemplate(p), lookup, protectWildcards, (k) => unresolved.push(k)) : p
      return resolved !== undefined && resourceMatches(resolved, request.resource)
    })
  // Every part is checked, so that an explanation names all that failed; the missing keys
  // a part reports are heard only while the parts before it held (a statement whose
  // Resource fails does not ask its conditions' keys of the request).
  const reasons: NonMatchReason[] = []
  let report = onMissing
  const quiet = () => {}
  const unresolved: string[] = []
  if (st.resource) {
    if (!resourceHit(st.resource, unresolved)) {
      unresolved.forEach(report)
      reasons.push({ part: 'Resource', resource: request.resource, patterns: st.resource })
    }
  } else if (st.notResource) {
    // A NotResource pattern that cannot be resolved: the statement does not apply. AWS's
    // sentence above covers NotResource too but leaves open whether the element then
    // "matches no resource" (so excludes nothing, and the statement applies everywhere) or
    // the statement is invalid ("If AWS cannot resolve a variable, this might cause the
    // entire statement to be invalid", same page). The second, kept here, never widens an
    // Allow on a missing tag; @cloud-copilot/iam-simulate reads it the same way.
    const hit = resourceHit(st.notResource, unresolved)
    if (hit || unresolved.length) {
      unresolved.forEach(report)
      reasons.push({ part: 'NotResource', resource: request.resource, patterns: st.notResource })
    }
  }
  if (reasons.length) report = quiet

  let principalMatch: PrincipalMatch | undefined
  if (checksPrincipal(type)) {
    const failed = reasons.length
    if (st.principal) {
      principalMatch = matchPrincipal(st.principal, who)
      if (!principalMatch) reasons.push({ part: 'Principal', principal: request.principal.arn, patterns: st.principal })
    } else if (st.notPrincipal) {
      // access_policies_boundaries: "The NotPrincipal element with a Deny effect will always
      // deny any IAM principal that has a permissions boundary policy attached, regardless of
      // the values specified in the NotPrincipal element."
      const denyDespiteNotPrincipal = st.effect === 'Deny' && hasBoundary
      if (!denyDespiteNotPrincipal && isExcludedByNotPrincipal(st.notPrincipal, who)) {
        reasons.push({ part: 'NotPrincipal', principal: request.principal.arn, patterns: st.notPrincipal })
      } else principalMatch = 'wildcard'
    } else if (requiresPrincipal(type)) reasons.push({ part: 'Principal', principal: request.principal.arn, patterns: null })
    if (reasons.length > failed) report = quiet
  }

  for (const [opName, keys] of Object.entries(st.condition ?? {})) {
    const op = parseConditionOperator(opName)
    for (const [key, rawValues] of Object.entries(keys)) {
      const values: string[] = []
      for (const raw of rawValues) {
        // A variable with no value makes its value null, which nothing equals or is like:
        // it drops out of the operator's values (see match/policy-variables.ts).
        const v = variables ? resolveTemplate(parseTemplate(raw), lookup, escapeForCondition, report) : raw
        if (v !== undefined) values.push(v)
      }
      const cv = ctx.get(key, key.toLowerCase())
      if (!cv) report(key)
      const met = op !== undefined && compileConditionTest(op, values, { specialCharacterVariables: variables })(cv?.values, cv?.type)
      if (!met) reasons.push({ part: 'Condition', operator: opName, key, policyValues: rawValues, requestValues: cv ? cv.values : null })
    }
  }
  return reasons.length === 0 ? { applies: true, principalMatch } : { applies: false, reasons }
}
