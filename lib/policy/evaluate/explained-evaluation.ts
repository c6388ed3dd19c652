// Explain mode of the compiled evaluator: every candidate statement of every policy is
// analyzed, with every condition evaluated, so that matchedStatements and
// missingContextKeys are complete, and every candidate that does not apply is listed in
// unmatched with the parts that failed; decide() then asks its questions of what was found
// (the overrides below) instead of searching, and reaches the decision gate mode reaches.
// One pass per statement (analyze) both decides and, when the statement fails, names
// every part that failed.

import type { CompiledPolicy } from '../compile/compile-policy'
import { matchedStatementFor, type CompiledStatement } from '../compile/compile-statement'
import { isExcludedByNotPrincipal, matchCompiledPrincipal, type PrincipalMatch } from '../match/principal-matcher'
import type { MatchedStatement, NonMatchReason, PolicyType, UnmatchedStatement } from '../types'
import { checksPrincipal, requiresPrincipal } from './policy-order'
import { BOUNDARY_BIT, CompiledEvaluation, IDENTITY_BIT, NO_NUMBERS, questionKey, STRENGTH } from './compiled-evaluation'
import { decide } from './decide'

export class ExplainedEvaluation extends CompiledEvaluation {
  private explainedDeny: MatchedStatement | undefined
  /** questionKey of each (type, level) with an Allow that applies. */
  private explainedAllows: number[] = NO_NUMBERS
  /** The candidates that did not apply, in policy order (allocated with the first). */
  unmatched: UnmatchedStatement[] | undefined

  explainAll(): ReturnType<typeof decide> {
    this.reportMissingKeys()
    for (const e of this.pre) {
      const all = this.cands(e).all
      for (let i = 0; i < all.length; i++) this.explainOne(e.type, e.level, e.compiled, all[i])
    }
    // Identity and boundary statements have no Principal: resource and conditions decide.
    const f = this.flat
    for (let i = 0; i < f.statements.length; i++) {
      const type = i >= f.firstBoundary ? 'permissionsBoundary' : 'identity'
      const a = this.analyze(f.statements[i], type)
      if (a === null || typeof a === 'string') {
        const rec = this.recordFlat(i)
        if (f.deny[i] !== 0) this.explainedDeny ??= rec
      } else this.unmatch(f.reported[i], a)
    }
    for (const e of this.post) {
      const all = this.cands(e).all
      for (let i = 0; i < all.length; i++) this.explainOne(e.type, e.level, e.compiled, all[i])
    }
    return decide(this)
  }

  private explainOne(type: PolicyType, level: number, compiled: CompiledPolicy, cs: CompiledStatement): void {
    const a = this.analyze(cs, type)
    if (a === null || typeof a === 'string') this.explained1(type, level, compiled, cs, a)
    else this.unmatch(matchedStatementFor(cs, type, compiled.input), a)
  }

  private unmatch(m: MatchedStatement, reasons: NonMatchReason[]): void {
    // Written out rather than spread from m: this runs for every failing candidate.
    const u: UnmatchedStatement = { policyType: m.policyType, policyName: m.policyName, statementIndex: m.statementIndex, effect: m.effect, position: m.position, reasons }
    if (m.versionId !== undefined) u.versionId = m.versionId
    if (m.sid !== undefined) u.sid = m.sid
    if (m.end !== undefined) u.end = m.end
    if (this.unmatched === undefined) this.unmatched = [u]
    else this.unmatched.push(u)
  }

  /**
   * Whether the statement applies, in one pass that does not stop at the first failure: how the statement's
   * Principal named the caller (null where the type has none) when it applies, otherwise
   * every part that failed, in evaluate-naive.ts's analyzeStatement order and shapes.
   * Missing keys are reported as evaluate-naive.ts reports them: those of a Resource that
   * failed, and those of the conditions only while Resource and Principal held.
   */
  private analyze(cs: CompiledStatement, type: PolicyType): PrincipalMatch | null | NonMatchReason[] {
    // The shared callbacks act on the evaluation under way (see compiled-evaluation.ts).
    const lookup = this.lookup
    let reasons: NonMatchReason[] | undefined
    let onMissing = this.onMissingBound
    const st = cs.statement
    if (!this.resourceApplies(cs, onMissing)) {
      reasons = [cs.resources ? { part: 'Resource', resource: this.resource, patterns: st.resource! } : { part: 'NotResource', resource: this.resource, patterns: st.notResource! }]
      onMissing = undefined
    }
    let principalMatch: PrincipalMatch | null = null
    if (checksPrincipal(type)) {
      let failed: NonMatchReason | undefined
      const principal = this.who.arn
      if (cs.principal) {
        const m = matchCompiledPrincipal(cs.principal, this.who)
        if (m) principalMatch = m
        else failed = { part: 'Principal', principal, patterns: st.principal! }
      } else if (st.notPrincipal) {
        // A Deny's NotPrincipal never spares a principal with a boundary (see evaluate-naive.ts).
        if (!(st.effect === 'Deny' && this.hasBoundary) && isExcludedByNotPrincipal(st.notPrincipal, this.who)) failed = { part: 'NotPrincipal', principal, patterns: st.notPrincipal }
        else principalMatch = 'wildcard'
      } else if (requiresPrincipal(type)) failed = { part: 'Principal', principal, patterns: null }
      if (failed) {
        if (reasons === undefined) reasons = [failed]
        else reasons.push(failed)
        onMissing = undefined
      }
    }
    const conditions = cs.conditions
    for (let i = 0; i < conditions.length; i++) {
      const c = conditions[i]
      const cv = this.contextValue(c.key, c.lowerKey)
      const met = c.plain !== undefined ? c.plain(cv?.values, cv?.type) : c.test(lookup, cv?.values, cv?.type, onMissing)
      if (!cv && onMissing) onMissing(c.key)
      if (!met) {
        const failed: NonMatchReason = { part: 'Condition', operator: c.operator, key: c.key, policyValues: c.policyValues, requestValues: cv ? cv.values : null }
        if (reasons === undefined) reasons = [failed]
        else reasons.push(failed)
      }
    }
    return reasons ?? principalMatch
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

  // ---- DecisionInputs, answered from what explainAll found

  override explicitDeny(): MatchedStatement | undefined {
    return this.explainedDeny
  }
  protected override firstAllow(type: PolicyType, level: number): boolean {
    return this.explainedAllows.includes(questionKey(type, level))
  }
  override identityAllows(): boolean {
    return (this.allowedMask & IDENTITY_BIT) !== 0
  }
  override boundaryAllows(): boolean | undefined {
    return this.hasBoundary ? (this.allowedMask & BOUNDARY_BIT) !== 0 : undefined
  }
  override resourceAllow(): PrincipalMatch | undefined {
    return this.resourceAllowValue
  }
}
