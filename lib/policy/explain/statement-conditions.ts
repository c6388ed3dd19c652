// The conditions of a statement that applied, each beside the request's values for its
// key: a learner reading "Deny … NotIpAddress aws:SourceIp 10.0.0.0/8" wants to see the
// request's 203.0.113.7 next to it, to see why it fired. Context keys are matched
// case-insensitively, as AWS matches them.
import type { ContextValue, MatchedStatement, PolicySet, Statement } from '../types'

export interface MetCondition {
  operator: string
  key: string
  policyValues: string[]
  /** null when the request lacks the key (an IfExists operator, or Null, then holds). */
  requestValues: string[] | null
}

export function conditionsWithRequestValues(statement: Statement, context: Record<string, ContextValue>): MetCondition[] {
  const byLowerKey = new Map(Object.entries(context).map(([k, v]) => [k.toLowerCase(), v.values]))
  const out: MetCondition[] = []
  for (const [operator, keys] of Object.entries(statement.condition ?? {})) {
    for (const [key, policyValues] of Object.entries(keys)) out.push({ operator, key, policyValues, requestValues: byLowerKey.get(key.toLowerCase()) ?? null })
  }
  return out
}

/** The statement a MatchedStatement names, in the policy set it came from; undefined when it is not there. */
export function statementOf(policies: PolicySet, m: MatchedStatement): Statement | undefined {
  const all = [
    ...policies.identity, ...(policies.resource ? [policies.resource] : []), ...(policies.permissionsBoundary ?? []), ...(policies.session ?? []),
    ...(policies.serviceControlPolicies ?? []).flat(), ...(policies.resourceControlPolicies ?? []).flat(),
  ]
  return all.find((p) => p.name === m.policyName && (p.versionId ?? undefined) === (m.versionId ?? undefined))?.policy.statements.find((s) => s.index === m.statementIndex)
}

/** A statement that applied, with its conditions beside the request's values. */
export interface ExplainedStatement extends MatchedStatement {
  conditions: MetCondition[]
}

/** The statements that applied, each with its conditions and the request's values for them. */
export function withConditions(matched: readonly MatchedStatement[], policies: PolicySet, context: Record<string, ContextValue>): ExplainedStatement[] {
  return matched.map((m) => {
    const statement = statementOf(policies, m)
    return { ...m, conditions: statement ? conditionsWithRequestValues(statement, context) : [] }
  })
}
