// Explain mode of the compiled evaluator: every candidate statement of every policy is
// analyzed, with every condition evaluated, so that matchedStatements and
// missingContextKeys are complete; decide() then asks its questions of what was found
// (the overrides below) instead of searching, and reaches the decision gate mode reaches.

import type { CompiledPolicy } from '../compile/compile-policy'
import type { CompiledStatement } from '../compile/compile-statement'
import type { PrincipalMatch } from '../match/principal-matcher'
import type { MatchedStatement, PolicyType } from '../types'
import { BOUNDARY_BIT, CompiledEvaluation, IDENTITY_BIT, NO_NUMBERS, questionKey, STRENGTH } from './compiled-evaluation'
import { decide } from './decide'

export class ExplainedEvaluation extends CompiledEvaluation {
  private explainedDeny: MatchedStatement | undefined
  /** questionKey of each (type, level) with an Allow that applies. */
  private explainedAllows: number[] = NO_NUMBERS

  explainAll(): ReturnType<typeof decide> {
    this.reportMissingKeys()
    for (const e of this.pre) {
      const all = this.cands(e).all
      for (let i = 0; i < all.length; i++) this.explainOne(e.type, e.level, e.compiled, all[i])
    }
    // Identity and boundary statements have no Principal: resource and conditions decide.
    const f = this.flat
    for (let i = 0; i < f.statements.length; i++) {
      if (this.flatApplies(i, true)) {
        const rec = this.recordFlat(i)
        if (f.deny[i] !== 0) this.explainedDeny ??= rec
      }
    }
    for (const e of this.post) {
      const all = this.cands(e).all
      for (let i = 0; i < all.length; i++) this.explainOne(e.type, e.level, e.compiled, all[i])
    }
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
