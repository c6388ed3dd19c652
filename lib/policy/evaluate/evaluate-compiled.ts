// The fast path the gate uses: every policy compiled once (compile/policy-cache.ts),
// statements looked up through the per-policy action index, Deny statements of every
// policy checked before any Allow. In gate mode (explain false) each question stops at
// its first applicable statement; with explain every candidate statement is analyzed so
// that matchedStatements and missingContextKeys are complete. Either way the decision is
// the one evaluateNaive gives (checked by properties.test.ts and evaluate.test.ts).
//
// Written as one class per request rather than closures: the gate calls this on every
// action, and a request allocates only the entries array, the context map and the
// matched statements.

import { actionId, type ActionCandidates, type CompiledPolicy } from '../compile/compile-policy'
import type { CompiledStatement } from '../compile/compile-statement'
import { compiledPolicyFor } from '../compile/policy-cache'
import { flatCandidates, principalPolicyIndex, type FlatCandidates } from '../compile/principal-policy-index'
import type { ContextLookup } from '../match/policy-variables'
import { describePrincipalCached, isExcludedByNotPrincipal, matchPrincipal, type PrincipalIdentity, type PrincipalMatch } from '../match/principal-matcher'
import type { EvaluationRequest, EvaluationResult, MatchedStatement, PolicyInput, PolicySet, PolicyType } from '../types'
import { detailsFrom } from '../explain/details-from'
import { decide, type DecisionInputs } from './decide'
import { checksPrincipal, requiresPrincipal } from './policy-order'
import { lowerKey, RequestContext } from './request-context'
import { resourcePolicyKind, type ResourcePolicyKind } from './resource-policy-kind'

export interface EvaluateOptions {
  /** Analyze every candidate statement: full matchedStatements and missingContextKeys. */
  explain?: boolean
}

interface Entry {
  type: PolicyType
  level: number
  compiled: CompiledPolicy
}

const STRENGTH: Record<PrincipalMatch, number> = { account: 0, role: 1, wildcard: 2, direct: 3 }
const NO_ENTRIES: Entry[] = []

// Callbacks handed to compiled statements (context lookup, missing-key reports) are three
// module-level functions that act on `current`, the evaluation under way, rather than
// closures made per request: the gate calls evaluate for every action, and evaluation is
// synchronous and never re-entered (no callback calls back into evaluate), so `current`
// is always the caller's. Each entry point below sets it before use.
let current: CompiledEvaluation | undefined
const sharedLookup: ContextLookup = (k, lower) => current!.lookupValues(k, lower)
const sharedCollect = (k: string): void => current!.collect(k)
const sharedMissing = (k: string): void => current!.addMissing(k)
// Shared empty placeholders, never written to: a request allocates its lists only if used.
const NO_KEYS: string[] = []
const NO_NUMBERS: number[] = []

// (policy type, organization level) as one number, so that bookkeeping allocates no strings.
const TYPE_NUMBER: Record<PolicyType, number> = { identity: 0, resource: 1, trust: 2, permissionsBoundary: 3, sessionPolicy: 4, serviceControlPolicy: 5, resourceControlPolicy: 6 }
const questionKey = (type: PolicyType, level: number) => TYPE_NUMBER[type] * 1024 + level + 1

export function evaluate(request: EvaluationRequest, policies: PolicySet, options?: EvaluateOptions): EvaluationResult {
  const run = new CompiledEvaluation(request, policies)
  const outcome = options?.explain ? run.explainAll() : decide(run)
  return {
    decision: outcome.decision,
    decidingPolicyType: outcome.decidingPolicyType,
    matchedStatements: run.matched,
    missingContextKeys: run.missing ?? [],
    details: detailsFrom(run.matched, run.presentTypes()),
  }
}

class CompiledEvaluation implements DecisionInputs {
  readonly action: string
  readonly who: PrincipalIdentity
  readonly crossAccount: boolean
  readonly resourceKind: ResourcePolicyKind | undefined
  readonly rcpLevels: number
  readonly scpLevels: number
  readonly matched: MatchedStatement[] = []
  /** Missing keys in the order first heard (a few per request: a list beats a Set). */
  missing: string[] | undefined
  /** SCPs, RCPs and the resource policy: before the principal's side in policy order. */
  private pre: Entry[] = NO_ENTRIES
  /** Session policies: after it. */
  private post: Entry[] = NO_ENTRIES
  /** The principal's side (identity policies, then boundary) as one flat candidate list. */
  private readonly flat: FlatCandidates
  private readonly identityCount: number
  private readonly lowerAction: string
  private readonly actionNumber: number
  private readonly resource: string
  private readonly ctx: RequestContext
  /** Context lookup for variables and conditions (shared function, see `current`). */
  get lookup(): ContextLookup {
    current = this
    return sharedLookup
  }
  private readonly hasBoundary: boolean
  private readonly hasSession: boolean
  /** (type, level) questions already answered in gate mode, and their answers. */
  private answered: Map<number, boolean> | undefined
  private resourceAllowDone = false
  private resourceAllowValue: PrincipalMatch | undefined
  private onMissingBound: ((k: string) => void) | undefined
  /** Keys of resource variables without a value, for the statement being analyzed. */
  private scratch: string[] = NO_KEYS
  private get collectBound(): (k: string) => void {
    current = this
    return sharedCollect
  }
  collect(k: string): void {
    if (this.scratch === NO_KEYS) this.scratch = []
    this.scratch.push(k)
  }
  addMissing(k: string): void {
    const m = this.missing
    if (m === undefined) this.missing = [k]
    else if (!m.includes(k)) m.push(k)
  }
  lookupValues(k: string, lower: string): string[] | undefined {
    return this.ctx.get(k, lower)?.values
  }

  constructor(request: EvaluationRequest, policies: PolicySet) {
    this.action = request.action
    this.lowerAction = lowerKey(request.action)
    this.actionNumber = actionId(this.lowerAction)
    this.resource = request.resource
    this.ctx = new RequestContext(request.context, request.principalContext)
    this.who = describePrincipalCached(request.principal)
    this.crossAccount = request.principal.accountId !== request.resourceAccountId
    this.resourceKind = resourcePolicyKind(request, policies)
    this.rcpLevels = policies.resourceControlPolicies?.length ?? 0
    this.scpLevels = policies.serviceControlPolicies?.length ?? 0
    this.hasBoundary = !!policies.permissionsBoundary?.length
    this.hasSession = !!policies.session?.length
    // Same order as evaluate/policy-order.ts's policyEntries (explanations compare equal).
    const scps = policies.serviceControlPolicies
    if (scps) for (let l = 0; l < scps.length; l++) this.add('pre', 'serviceControlPolicy', l, scps[l])
    const rcps = policies.resourceControlPolicies
    if (rcps) for (let l = 0; l < rcps.length; l++) this.add('pre', 'resourceControlPolicy', l, rcps[l])
    if (policies.resource) this.add('pre', this.resourceKind === 'trust' ? 'trust' : 'resource', -1, [policies.resource])
    const index = principalPolicyIndex(policies.identity, policies.permissionsBoundary)
    this.identityCount = index.compiled.length - index.boundaryCount
    this.flat = flatCandidates(index, this.lowerAction, this.actionNumber)
    if (policies.session) this.add('post', 'sessionPolicy', -1, policies.session)
  }

  private cands(e: Entry): ActionCandidates {
    return e.compiled.candidatesById(this.actionNumber, this.lowerAction)
  }

  private add(where: 'pre' | 'post', type: PolicyType, level: number, inputs: PolicyInput[]): void {
    if (!inputs.length) return
    if (this[where] === NO_ENTRIES) this[where] = []
    const list = this[where]
    for (let i = 0; i < inputs.length; i++) list.push({ type, level, compiled: compiledPolicyFor(inputs[i]) })
  }

  presentTypes(): PolicyType[] {
    const out: PolicyType[] = []
    for (const e of this.pre) if (!out.includes(e.type)) out.push(e.type)
    if (this.identityCount > 0) out.push('identity')
    if (this.hasBoundary) out.push('permissionsBoundary')
    if (this.post.length) out.push('sessionPolicy')
    return out
  }

  // ---- gate mode: DecisionInputs answered lazily, each by its first applicable statement

  explicitDeny(): MatchedStatement | undefined {
    if (this.explained) return this.explainedDeny
    const d = this.firstDenyIn(this.pre)
    if (d) return d
    const f = this.flat
    if (f.anyIdentityDeny || f.anyBoundaryDeny) {
      for (let i = 0; i < f.statements.length; i++) {
        const cs = f.statements[i]
        if (cs.statement.effect !== 'Deny') continue
        const type: PolicyType = f.boundary[i] ? 'permissionsBoundary' : 'identity'
        const matcher = f.simpleResource[i]
        if (matcher !== null ? matcher(this.resource) : this.applies(cs, type, false) !== false) return this.record(type, -1, f.policies[i], cs)
      }
    }
    return this.firstDenyIn(this.post)
  }

  private firstDenyIn(entries: Entry[]): MatchedStatement | undefined {
    for (const e of entries) {
      const denies = this.cands(e).denies
      for (let i = 0; i < denies.length; i++) {
        if (this.applies(denies[i], e.type, false) !== false) return this.record(e.type, e.level, e.compiled, denies[i])
      }
    }
    return undefined
  }

  private firstAllow(type: PolicyType, level: number): boolean {
    const k = questionKey(type, level)
    if (this.explained) return this.explainedAllows.includes(k)
    const known = (this.answered ??= new Map()).get(k)
    if (known !== undefined) return known
    let found = false
    if (type === 'identity' || type === 'permissionsBoundary') {
      const f = this.flat
      const from = type === 'identity' ? 0 : f.firstBoundary
      const to = type === 'identity' ? f.firstBoundary : f.statements.length
      for (let i = from; i < to; i++) {
        const cs = f.statements[i]
        if (cs.statement.effect !== 'Allow') continue
        const matcher = f.simpleResource[i]
        if (matcher !== null ? matcher(this.resource) : this.applies(cs, type, false) !== false) {
          this.record(type, -1, f.policies[i], cs)
          found = true
          break
        }
      }
    } else {
      outer: for (const e of type === 'sessionPolicy' ? this.post : this.pre) {
        if (e.type !== type || e.level !== level) continue
        const allows = this.cands(e).allows
        for (let i = 0; i < allows.length; i++) {
          if (this.applies(allows[i], e.type, false) !== false) {
            this.record(e.type, e.level, e.compiled, allows[i])
            found = true
            break outer
          }
        }
      }
    }
    this.answered.set(k, found)
    return found
  }

  rcpLevelAllows(level: number): boolean {
    return this.firstAllow('resourceControlPolicy', level)
  }
  scpLevelAllows(level: number): boolean {
    return this.firstAllow('serviceControlPolicy', level)
  }
  identityAllows(): boolean {
    return this.firstAllow('identity', -1)
  }
  boundaryAllows(): boolean | undefined {
    return this.hasBoundary ? this.firstAllow('permissionsBoundary', -1) : undefined
  }
  sessionAllows(): boolean | undefined {
    return this.hasSession ? this.firstAllow('sessionPolicy', -1) : undefined
  }

  resourceAllow(): PrincipalMatch | undefined {
    if (this.resourceAllowDone) return this.resourceAllowValue
    this.resourceAllowDone = true
    let best: { e: Entry; cs: CompiledStatement } | undefined
    search: for (const e of this.pre) {
      if (e.type !== 'resource' && e.type !== 'trust') continue
      const allows = this.cands(e).allows
      for (let i = 0; i < allows.length; i++) {
        const m = this.applies(allows[i], e.type, false)
        if (!m) continue
        if (!this.resourceAllowValue || STRENGTH[m] > STRENGTH[this.resourceAllowValue]) {
          this.resourceAllowValue = m
          best = { e, cs: allows[i] }
        }
        if (m === 'direct') break search
      }
    }
    if (best) this.record(best.e.type, best.e.level, best.e.compiled, best.cs)
    return this.resourceAllowValue
  }

  // ---- explain mode: every candidate statement, then the same decision procedure

  /** Set by explainAll: the DecisionInputs methods then answer from what it found. */
  private explained = false
  private explainedDeny: MatchedStatement | undefined
  private explainedAllows: number[] = NO_NUMBERS

  explainAll(): ReturnType<typeof decide> {
    this.onMissingBound = sharedMissing
    for (const e of this.pre) {
      const all = this.cands(e).all
      for (let i = 0; i < all.length; i++) this.explainOne(e.type, e.level, e.compiled, all[i])
    }
    const f = this.flat
    const simple = f.simpleResource
    for (let i = 0; i < f.statements.length; i++) {
      const type: PolicyType = f.boundary[i] ? 'permissionsBoundary' : 'identity'
      const matcher = simple[i]
      if (matcher !== null) {
        // Identity and boundary statements have no Principal: the match is the resource's.
        if (matcher(this.resource)) this.explained1(type, -1, f.policies[i], f.statements[i], null)
      } else this.explainOne(type, -1, f.policies[i], f.statements[i])
    }
    for (const e of this.post) {
      const all = this.cands(e).all
      for (let i = 0; i < all.length; i++) this.explainOne(e.type, e.level, e.compiled, all[i])
    }
    this.explained = true
    this.resourceAllowDone = true
    return decide(this)
  }

  private explainOne(type: PolicyType, level: number, compiled: CompiledPolicy, cs: CompiledStatement): void {
    const m = this.applies(cs, type, true)
    if (m !== false) this.explained1(type, level, compiled, cs, m)
  }

  /** Bookkeeping for one statement that applies. */
  private explained1(type: PolicyType, level: number, compiled: CompiledPolicy, cs: CompiledStatement, m: PrincipalMatch | null): void {
    const rec = this.record(type, level, compiled, cs)
    if (cs.statement.effect === 'Deny') this.explainedDeny ??= rec
    else {
      const k = questionKey(type, level)
      if (this.explainedAllows === NO_NUMBERS) this.explainedAllows = [k]
      else if (!this.explainedAllows.includes(k)) this.explainedAllows.push(k)
      const best = this.resourceAllowValue
      if ((type === 'resource' || type === 'trust') && m && (!best || STRENGTH[m] > STRENGTH[best])) this.resourceAllowValue = m
    }
  }

  private record(type: PolicyType, _level: number, compiled: CompiledPolicy, cs: CompiledStatement): MatchedStatement {
    const t = TYPE_NUMBER[type]
    let m = cs.reported[t]
    if (!m) {
      // Built once per statement and policy type, frozen, and shared by every result.
      const st = cs.statement
      const input = compiled.input
      const r: MatchedStatement = { policyType: type, policyName: input.name, statementIndex: st.index, effect: st.effect, position: st.position }
      if (input.versionId !== undefined) r.versionId = input.versionId
      if (st.sid !== undefined) r.sid = st.sid
      if (st.end !== undefined) r.end = st.end
      m = cs.reported[t] = Object.freeze(r)
    }
    this.matched.push(m)
    return m
  }

  /**
   * The compiled twin of evaluate-naive.ts's analyzeStatement, for a statement already known
   * to cover the action. Returns false when it does not apply, otherwise how its Principal
   * named the caller (null where the policy type has no Principal). With `full`, every
   * condition is evaluated and every missing key reported.
   */
  private applies(cs: CompiledStatement, type: PolicyType, full: boolean): PrincipalMatch | null | false {
    current = this
    const onMissing = full ? this.onMissingBound : undefined
    const patterns = cs.resources ?? cs.notResources
    if (patterns) {
      // Keys of variables that had no value, reported only if the statement fails on them.
      if (this.scratch.length !== 0) this.scratch = NO_KEYS
      let hit = false
      for (let i = 0; i < patterns.length; i++) {
        const p = patterns[i]
        if (p.fixed ? p.fixed(this.resource) : p.test(this.resource, this.lookup, this.collectBound) === true) { hit = true; break }
      }
      // Resource: some pattern must match. NotResource: none may match, and an unresolved
      // pattern cannot be shown not to match, so the statement does not apply.
      const scratch = this.scratch
      if (cs.resources ? !hit : hit || scratch.length > 0) {
        if (onMissing) for (let i = 0; i < scratch.length; i++) onMissing(scratch[i])
        return false
      }
    }

    let principalMatch: PrincipalMatch | null = null
    if (checksPrincipal(type)) {
      const st = cs.statement
      if (st.principal) {
        const m = matchPrincipal(st.principal, this.who)
        if (!m) return false
        principalMatch = m
      } else if (st.notPrincipal) {
        // A Deny's NotPrincipal never spares a principal with a boundary (see evaluate-naive.ts).
        if (!(st.effect === 'Deny' && this.hasBoundary) && isExcludedByNotPrincipal(st.notPrincipal, this.who)) return false
        principalMatch = 'wildcard'
      } else if (requiresPrincipal(type)) return false
    }

    let ok = true
    const conditions = cs.conditions
    for (let i = 0; i < conditions.length; i++) {
      const c = conditions[i]
      const cv = this.ctx.get(c.key, c.lowerKey)
      const met = c.test(this.lookup, cv?.values, cv?.type, onMissing)
      if (!cv && onMissing) onMissing(c.key)
      if (!met) {
        ok = false
        if (!full) break
      }
    }
    return ok ? principalMatch : false
  }
}
