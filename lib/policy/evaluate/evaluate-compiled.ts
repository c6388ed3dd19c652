// The fast path the gate uses: every policy compiled once (compile/policy-cache.ts),
// statements looked up through the per-policy action index, Deny statements of every
// policy checked before any Allow. In gate mode (explain false) each question stops at
// its first applicable statement; with explain every candidate statement is analyzed so
// that matchedStatements and missingContextKeys are complete. Either way the decision is
// the one evaluateNaive gives (checked by properties.test.ts).

import type { CompiledPolicy } from '../compile/compile-policy'
import type { CompiledStatement } from '../compile/compile-statement'
import { compiledPolicyFor } from '../compile/policy-cache'
import type { ContextLookup } from '../match/policy-variables'
import { describePrincipal, isExcludedByNotPrincipal, matchPrincipal, type PrincipalIdentity, type PrincipalMatch } from '../match/principal-matcher'
import type { EvaluationRequest, EvaluationResult, MatchedStatement, PolicySet, PolicyType } from '../types'
import { decide, detailsFrom } from './decide'
import { checksPrincipal, policyEntries, requiresPrincipal } from './policy-order'
import { normalizeContext, type NormalizedContext } from './request-context'
import { resourcePolicyKind } from './resource-policy-kind'

export interface EvaluateOptions {
  /** Analyze every candidate statement: full matchedStatements and missingContextKeys. */
  explain?: boolean
}

interface Entry {
  type: PolicyType
  level: number
  compiled: CompiledPolicy
}

interface RequestState {
  resource: string
  ctx: NormalizedContext
  lookup: ContextLookup
  who: PrincipalIdentity
}

const STRENGTH: Record<PrincipalMatch, number> = { account: 0, role: 1, wildcard: 2, direct: 3 }

export function evaluate(request: EvaluationRequest, policies: PolicySet, options?: EvaluateOptions): EvaluationResult {
  const ctx = normalizeContext(request.context)
  const rs: RequestState = {
    resource: request.resource,
    ctx,
    lookup: (k) => ctx.get(k)?.values,
    who: describePrincipal(request.principal),
  }
  const kind = resourcePolicyKind(request, policies)
  const entries: Entry[] = policyEntries(policies, kind === 'trust' ? 'trust' : 'resource').map((e) => ({
    type: e.type,
    level: e.level,
    compiled: compiledPolicyFor(e.input),
  }))
  const lowerAction = request.action.toLowerCase()
  const crossAccount = request.principal.accountId !== request.resourceAccountId
  const rcpLevels = policies.resourceControlPolicies?.length ?? 0
  const scpLevels = policies.serviceControlPolicies?.length ?? 0
  const hasBoundary = !!policies.permissionsBoundary?.length
  const hasSession = !!policies.session?.length
  const present = [...new Set(entries.map((e) => e.type))]

  if (options?.explain) {
    const matched: MatchedStatement[] = []
    const missing = new Set<string>()
    const onMissing = (k: string) => missing.add(k)
    const allows = new Set<string>()
    let resourceAllow: PrincipalMatch | undefined
    for (const e of entries) {
      for (const cs of e.compiled.candidates(lowerAction).all) {
        const m = statementApplies(cs, e.type, rs, true, onMissing)
        if (m === false) continue
        matched.push(matchedStatement(e, cs))
        if (cs.statement.effect === 'Allow') {
          allows.add(`${e.type}#${e.level}`)
          if ((e.type === 'resource' || e.type === 'trust') && m && (!resourceAllow || STRENGTH[m] > STRENGTH[resourceAllow])) resourceAllow = m
        }
      }
    }
    const has = (t: PolicyType, level = -1) => allows.has(`${t}#${level}`)
    const outcome = decide({
      who: rs.who,
      crossAccount,
      resourceKind: kind,
      explicitDeny: () => matched.find((m) => m.effect === 'Deny'),
      rcpLevels,
      rcpLevelAllows: (i) => has('resourceControlPolicy', i),
      scpLevels,
      scpLevelAllows: (i) => has('serviceControlPolicy', i),
      identityAllows: () => has('identity'),
      boundaryAllows: () => (hasBoundary ? has('permissionsBoundary') : undefined),
      sessionAllows: () => (hasSession ? has('sessionPolicy') : undefined),
      resourceAllow: () => resourceAllow,
    })
    return { ...outcome, matchedStatements: matched, missingContextKeys: [...missing], details: detailsFrom(matched, present) }
  }

  // Gate mode: answer each question with the first statement that settles it.
  const matched: MatchedStatement[] = []
  const memo = new Map<string, boolean>()
  const firstAllow = (type: PolicyType, level = -1): boolean => {
    const k = `${type}#${level}`
    const known = memo.get(k)
    if (known !== undefined) return known
    let found = false
    outer: for (const e of entries) {
      if (e.type !== type || e.level !== level) continue
      for (const cs of e.compiled.candidates(lowerAction).allows) {
        if (statementApplies(cs, e.type, rs, false) !== false) {
          matched.push(matchedStatement(e, cs))
          found = true
          break outer
        }
      }
    }
    memo.set(k, found)
    return found
  }
  let resourceAllowDone = false
  let resourceAllow: PrincipalMatch | undefined
  const outcome = decide({
    who: rs.who,
    crossAccount,
    resourceKind: kind,
    explicitDeny: () => {
      for (const e of entries) {
        for (const cs of e.compiled.candidates(lowerAction).denies) {
          if (statementApplies(cs, e.type, rs, false) !== false) {
            const m = matchedStatement(e, cs)
            matched.push(m)
            return m
          }
        }
      }
      return undefined
    },
    rcpLevels,
    rcpLevelAllows: (i) => firstAllow('resourceControlPolicy', i),
    scpLevels,
    scpLevelAllows: (i) => firstAllow('serviceControlPolicy', i),
    identityAllows: () => firstAllow('identity'),
    boundaryAllows: () => (hasBoundary ? firstAllow('permissionsBoundary') : undefined),
    sessionAllows: () => (hasSession ? firstAllow('sessionPolicy') : undefined),
    resourceAllow: () => {
      if (resourceAllowDone) return resourceAllow
      resourceAllowDone = true
      let best: MatchedStatement | undefined
      for (const e of entries) {
        if (e.type !== 'resource' && e.type !== 'trust') continue
        for (const cs of e.compiled.candidates(lowerAction).allows) {
          const m = statementApplies(cs, e.type, rs, false)
          if (m === false || !m) continue
          if (!resourceAllow || STRENGTH[m] > STRENGTH[resourceAllow]) {
            resourceAllow = m
            best = matchedStatement(e, cs)
          }
          if (m === 'direct') break
        }
      }
      if (best) matched.push(best)
      return resourceAllow
    },
  })
  return { ...outcome, matchedStatements: matched, missingContextKeys: [], details: detailsFrom(matched, present) }
}

function matchedStatement(e: Entry, cs: CompiledStatement): MatchedStatement {
  const st = cs.statement
  const input = e.compiled.input
  const m: MatchedStatement = { policyType: e.type, policyName: input.name, statementIndex: st.index, effect: st.effect, position: st.position }
  if (input.versionId !== undefined) m.versionId = input.versionId
  if (st.sid !== undefined) m.sid = st.sid
  return m
}

/**
 * The compiled twin of evaluate-naive.ts's analyzeStatement, for a statement already known
 * to cover the action. Returns false when it does not apply, otherwise how its Principal
 * named the caller (null where the policy type has no Principal). With `full`, every
 * condition is evaluated so that every missing key is reported.
 */
function statementApplies(
  cs: CompiledStatement,
  type: PolicyType,
  rs: RequestState,
  full: boolean,
  onMissing?: (key: string) => void,
): PrincipalMatch | null | false {
  if (cs.resources) {
    let hit = false
    let unresolved: string[] | undefined
    const collect = onMissing ? (k: string) => (unresolved ??= []).push(k) : undefined
    for (const p of cs.resources) {
      if (p.test(rs.resource, rs.lookup, collect) === true) { hit = true; break }
    }
    if (!hit) {
      if (unresolved && onMissing) unresolved.forEach(onMissing)
      return false
    }
  } else if (cs.notResources) {
    let hit = false
    let unresolved: string[] | undefined
    const collect = (k: string) => (unresolved ??= []).push(k)
    for (const p of cs.notResources) {
      if (p.test(rs.resource, rs.lookup, collect) === true) { hit = true; break }
    }
    if (hit || unresolved) {
      if (unresolved && onMissing) unresolved.forEach(onMissing)
      return false
    }
  }

  let principalMatch: PrincipalMatch | null = null
  if (checksPrincipal(type)) {
    const st = cs.statement
    if (st.principal) {
      const m = matchPrincipal(st.principal, rs.who)
      if (!m) return false
      principalMatch = m
    } else if (st.notPrincipal) {
      if (isExcludedByNotPrincipal(st.notPrincipal, rs.who)) return false
      principalMatch = 'wildcard'
    } else if (requiresPrincipal(type)) return false
  }

  let ok = true
  for (const c of cs.conditions) {
    const cv = rs.ctx.get(c.lowerKey)
    const met = c.test(rs.lookup, cv?.values, cv?.type, onMissing)
    if (!cv && onMissing) onMissing(c.key)
    if (!met) {
      ok = false
      if (!full) break
    }
  }
  return ok ? principalMatch : false
}
