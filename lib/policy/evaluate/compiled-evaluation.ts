// The compiled evaluation of one request in gate mode (see evaluate-compiled.ts): each of
// decide()'s questions answered lazily, by the first applicable statement, so the answer
// stops at it. Explain mode (explained-evaluation.ts) analyzes every candidate instead,
// with its own one-pass analysis (which also names what failed) and the bookkeeping
// (record) defined here.
//
// Written as one class per request rather than closures: the gate calls this on every
// action, and a request allocates only this object, its result, the matched statements
// and (with SCPs, RCPs, a resource or session policy) the entries array. Outcomes,
// details and MatchedStatements are built once and shared, frozen.

import type { ActionCandidates, CompiledPolicy } from '../compile/compile-policy'
import { matchedStatementFor, POLICY_TYPE_NUMBER, type CompiledConditionKey, type CompiledStatement } from '../compile/compile-statement'
import { compiledPolicyFor } from '../compile/policy-cache'
import { flatCandidates, principalFor, principalPolicyIndex, type FlatCandidates } from '../compile/principal-policy-index'
import type { ContextLookup } from '../match/policy-variables'
import { isExcludedByNotPrincipal, matchCompiledPrincipal, type PrincipalIdentity, type PrincipalMatch } from '../match/principal-matcher'
import type { ContextValue, EvaluationRequest, MatchedStatement, PolicyInput, PolicySet, PolicyType } from '../types'
import { lowerActionNeedsNoAuthorization } from './actions-without-authorization'
import type { DecisionInputs } from './decide'
import { checksPrincipal, requiresPrincipal } from './policy-order'
import { lookupContext } from './request-context'
import { resourcePolicyKind, type ResourcePolicyKind } from './resource-policy-kind'

export interface Entry {
  type: PolicyType
  level: number
  compiled: CompiledPolicy
}

export const STRENGTH: Record<PrincipalMatch, number> = { account: 0, role: 1, wildcard: 2, direct: 3 }
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
export const NO_NUMBERS: number[] = []
// Results share these when nothing matched / nothing was missing (frozen: results are data).
export const NO_MATCHED: MatchedStatement[] = Object.freeze([]) as unknown as MatchedStatement[]
export const NO_MISSING: string[] = Object.freeze([]) as unknown as string[]

// (policy type, organization level) as one number, so that bookkeeping allocates no strings.
const TYPE_NUMBER = POLICY_TYPE_NUMBER
export const questionKey = (type: PolicyType, level: number) => TYPE_NUMBER[type] * 1024 + level + 1
export const IDENTITY_BIT = 1 << TYPE_NUMBER.identity
export const BOUNDARY_BIT = 1 << TYPE_NUMBER.permissionsBoundary
const SESSION_BIT = 1 << TYPE_NUMBER.sessionPolicy
// Gate mode's answers for the principal's side: not asked yet, allows, does not.
const UNASKED = 0
const YES = 1
const NO = 2

export class CompiledEvaluation implements DecisionInputs {
  readonly needsNoAuthorization: boolean
  readonly who: PrincipalIdentity
  readonly crossAccount: boolean
  readonly resourceKind: ResourcePolicyKind | undefined
  readonly rcpLevels: number
  readonly scpLevels: number
  /** The statements found to apply, in the order found (allocated with the first). */
  matched: MatchedStatement[] | undefined
  /** Bit n: policy type n is present / had an applicable Allow / an applicable Deny. */
  presentMask = 0
  allowedMask = 0
  deniedMask = 0
  /** Missing keys in the order first heard (a few per request: a list beats a Set). */
  missing: string[] | undefined
  /** SCPs, RCPs and the resource policy: before the principal's side in policy order. */
  protected pre: Entry[] = NO_ENTRIES
  /** Session policies: after it. */
  protected post: Entry[] = NO_ENTRIES
  /** The principal's side (identity policies, then boundary) as one flat candidate list. */
  protected readonly flat: FlatCandidates
  private readonly identityCount: number
  private readonly lowerAction: string
  private readonly actionNumber: number
  protected readonly resource: string
  private readonly context: EvaluationRequest['context']
  private readonly principalContext: EvaluationRequest['context'] | undefined
  /** Context lookup for variables and conditions (shared function, see `current`). */
  get lookup(): ContextLookup {
    current = this
    return sharedLookup
  }
  protected readonly hasBoundary: boolean
  private readonly hasSession: boolean
  /** (type, level) questions already answered in gate mode, and their answers. */
  private answered: Map<number, boolean> | undefined
  /** The same for the principal's side, which every request asks: UNASKED, YES or NO. */
  private identityAnswer = UNASKED
  private boundaryAnswer = UNASKED
  private resourceAllowDone = false
  protected resourceAllowValue: PrincipalMatch | undefined
  protected onMissingBound: ((k: string) => void) | undefined
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
    return lookupContext(this.context, this.principalContext, k, lower)?.values
  }
  protected contextValue(k: string, lower: string): ContextValue | undefined {
    return lookupContext(this.context, this.principalContext, k, lower)
  }

  constructor(request: EvaluationRequest, policies: PolicySet) {
    // The principal's side first: its index hands out the action's facts and the caller's
    // identity with the candidates, so a request makes one lookup for the three.
    const index = principalPolicyIndex(policies.identity, policies.permissionsBoundary)
    const flat = flatCandidates(index, request.action)
    this.flat = flat
    this.identityCount = index.compiled.length - index.boundaryCount
    const facts = flat.facts
    this.lowerAction = facts.lower
    this.actionNumber = facts.id
    this.needsNoAuthorization = lowerActionNeedsNoAuthorization(facts.lower)
    this.resource = request.resource
    this.context = request.context
    this.principalContext = request.principalContext
    this.who = principalFor(index, request.principal)
    this.crossAccount = request.principal.accountId !== request.resourceAccountId
    this.resourceKind = resourcePolicyKind(request, policies, facts.lower)
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
    if (policies.session) this.add('post', 'sessionPolicy', -1, policies.session)
    let present = 0
    for (let i = 0; i < this.pre.length; i++) present |= 1 << TYPE_NUMBER[this.pre[i].type]
    if (this.identityCount > 0) present |= IDENTITY_BIT
    if (this.hasBoundary) present |= BOUNDARY_BIT
    if (this.post.length) present |= SESSION_BIT
    this.presentMask = present
  }

  protected cands(e: Entry): ActionCandidates {
    return e.compiled.candidatesById(this.actionNumber, this.lowerAction)
  }

  private add(where: 'pre' | 'post', type: PolicyType, level: number, inputs: PolicyInput[]): void {
    if (!inputs.length) return
    if (this[where] === NO_ENTRIES) this[where] = []
    const list = this[where]
    for (let i = 0; i < inputs.length; i++) list.push({ type, level, compiled: compiledPolicyFor(inputs[i]) })
  }

  // ---- DecisionInputs answered lazily, each by its first applicable statement

  explicitDeny(): MatchedStatement | undefined {
    const d = this.firstDenyIn(this.pre)
    if (d) return d
    const f = this.flat
    if (f.anyIdentityDeny || f.anyBoundaryDeny) {
      for (let i = 0; i < f.statements.length; i++) {
        if (f.deny[i] !== 0 && this.flatApplies(i)) return this.recordFlat(i)
      }
    }
    return this.firstDenyIn(this.post)
  }

  private firstDenyIn(entries: Entry[]): MatchedStatement | undefined {
    for (const e of entries) {
      const denies = this.cands(e).denies
      for (let i = 0; i < denies.length; i++) {
        if (this.applies(denies[i], e.type) !== false) return this.record(e.type, e.level, e.compiled, denies[i])
      }
    }
    return undefined
  }

  /** Gate mode: the first applicable Allow among the identity (or boundary) statements. */
  private flatAllows(boundary: boolean): boolean {
    const f = this.flat
    const from = boundary ? f.firstBoundary : 0
    const to = boundary ? f.statements.length : f.firstBoundary
    for (let i = from; i < to; i++) {
      if (f.deny[i] === 0 && this.flatApplies(i)) {
        this.recordFlat(i)
        return true
      }
    }
    return false
  }

  protected firstAllow(type: PolicyType, level: number): boolean {
    const k = questionKey(type, level)
    const known = (this.answered ??= new Map()).get(k)
    if (known !== undefined) return known
    let found = false
    {
      outer: for (const e of type === 'sessionPolicy' ? this.post : this.pre) {
        if (e.type !== type || e.level !== level) continue
        const allows = this.cands(e).allows
        for (let i = 0; i < allows.length; i++) {
          if (this.applies(allows[i], e.type) !== false) {
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
    if (this.identityAnswer === UNASKED) this.identityAnswer = this.flatAllows(false) ? YES : NO
    return this.identityAnswer === YES
  }
  boundaryAllows(): boolean | undefined {
    if (!this.hasBoundary) return undefined
    if (this.boundaryAnswer === UNASKED) this.boundaryAnswer = this.flatAllows(true) ? YES : NO
    return this.boundaryAnswer === YES
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
        const m = this.applies(allows[i], e.type)
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

  /** From now on, every missing context key a statement analysis hears is reported. */
  protected reportMissingKeys(): void {
    this.onMissingBound = sharedMissing
  }

  protected record(type: PolicyType, _level: number, compiled: CompiledPolicy, cs: CompiledStatement): MatchedStatement {
    return this.push(matchedStatementFor(cs, type, compiled.input))
  }

  /** Records statement i of the principal's side (its MatchedStatement is prebuilt). */
  protected recordFlat(i: number): MatchedStatement {
    // As push(), with the type and effect read from the flat list rather than from the
    // MatchedStatement (which the request then never has to fetch).
    const f = this.flat
    const m = f.reported[i]
    if (this.matched === undefined) this.matched = [m]
    else this.matched.push(m)
    const bit = i >= f.firstBoundary ? BOUNDARY_BIT : IDENTITY_BIT
    if (f.deny[i] !== 0) this.deniedMask |= bit
    else this.allowedMask |= bit
    return m
  }

  private push(m: MatchedStatement): MatchedStatement {
    if (this.matched === undefined) this.matched = [m]
    else this.matched.push(m)
    const bit = 1 << TYPE_NUMBER[m.policyType]
    if (m.effect === 'Deny') this.deniedMask |= bit
    else this.allowedMask |= bit
    return m
  }

  /**
   * The compiled twin of evaluate-naive.ts's analyzeStatement in gate mode, for a statement
   * already known to cover the action: stops at the first part that fails, reports no
   * missing key. Returns false when it does not apply, otherwise how its Principal named
   * the caller (null where the policy type has no Principal). Explain mode analyzes with
   * ExplainedEvaluation.analyze instead.
   */
  protected applies(cs: CompiledStatement, type: PolicyType): PrincipalMatch | null | false {
    current = this
    if (!this.resourceApplies(cs, undefined)) return false

    let principalMatch: PrincipalMatch | null = null
    if (checksPrincipal(type)) {
      const st = cs.statement
      if (cs.principal) {
        const m = matchCompiledPrincipal(cs.principal, this.who)
        if (!m) return false
        principalMatch = m
      } else if (st.notPrincipal) {
        // A Deny's NotPrincipal never spares a principal with a boundary (see evaluate-naive.ts).
        if (!(st.effect === 'Deny' && this.hasBoundary) && isExcludedByNotPrincipal(st.notPrincipal, this.who)) return false
        principalMatch = 'wildcard'
      } else if (requiresPrincipal(type)) return false
    }
    return this.conditionsHold(cs.conditions) ? principalMatch : false
  }

  /** Does statement i of the principal's side apply (see FlatCandidates.resourceMatcher)? Gate mode. */
  protected flatApplies(i: number): boolean {
    current = this
    const f = this.flat
    const matcher = f.resourceMatcher[i]
    if (matcher === null) return this.appliesWithoutPrincipal(f.statements[i])
    if (!matcher(this.resource)) return false
    const conditions = f.conditions[i]
    return conditions.length === 0 || this.conditionsHold(conditions)
  }

  /** applies() for a statement of a policy type without Principal (identity, boundary). */
  private appliesWithoutPrincipal(cs: CompiledStatement): boolean {
    current = this
    return this.resourceApplies(cs, undefined) && this.conditionsHold(cs.conditions)
  }

  protected resourceApplies(cs: CompiledStatement, onMissing: ((k: string) => void) | undefined): boolean {
    const patterns = cs.resources ?? cs.notResources
    if (patterns === undefined) return true
    // Keys of variables that had no value, reported only if the statement fails on them.
    if (this.scratch.length !== 0) this.scratch = NO_KEYS
    let hit = false
    const resource = this.resource
    for (let i = 0; i < patterns.length; i++) {
      const p = patterns[i]
      if (p.fixed ? p.fixed(resource) : p.test(resource, this.lookup, this.collectBound) === true) { hit = true; break }
    }
    // Resource: some pattern must match. NotResource: none may match, and an unresolved
    // pattern cannot be shown not to match, so the statement does not apply.
    const scratch = this.scratch
    if (cs.resources ? !hit : hit || scratch.length > 0) {
      if (onMissing) for (let i = 0; i < scratch.length; i++) onMissing(scratch[i])
      return false
    }
    return true
  }

  /** Every condition key holds (stops at the first that does not). */
  private conditionsHold(conditions: CompiledConditionKey[]): boolean {
    for (let i = 0; i < conditions.length; i++) {
      const c = conditions[i]
      const cv = this.contextValue(c.key, c.lowerKey)
      const met = c.plain !== undefined ? c.plain(cv?.values, cv?.type) : c.test(this.lookup, cv?.values, cv?.type)
      if (!met) return false
    }
    return true
  }
}
