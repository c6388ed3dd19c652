// The fast path the gate uses: every policy compiled once (compile/policy-cache.ts),
// statements looked up through the per-policy action index, Deny statements of every
// policy checked before any Allow. In gate mode (explain false) each question stops at
// its first applicable statement (compiled-evaluation.ts); with explain every candidate
// statement is analyzed so that matchedStatements and missingContextKeys are complete
// and every candidate that does not apply is listed in unmatchedStatements with why
// (explained-evaluation.ts). Either way the decision is the one evaluateNaive gives
// (checked by properties.test.ts and evaluate.test.ts).

import { detailsFromMasks } from '../explain/details-from'
import type { EvaluationRequest, EvaluationResult, PolicySet, UnmatchedStatement } from '../types'
import { CompiledEvaluation, NO_MATCHED, NO_MISSING } from './compiled-evaluation'
import { decide } from './decide'
import { ExplainedEvaluation } from './explained-evaluation'

export interface EvaluateOptions {
  /** Analyze every candidate statement: full matchedStatements, missingContextKeys and details, and unmatchedStatements. */
  explain?: boolean
}

const NO_UNMATCHED: UnmatchedStatement[] = Object.freeze([]) as unknown as UnmatchedStatement[]

export function evaluate(request: EvaluationRequest, policies: PolicySet, options?: EvaluateOptions): EvaluationResult {
  if (options?.explain) {
    const explained = new ExplainedEvaluation(request, policies)
    const result = resultOf(explained, explained.explainAll())
    result.unmatchedStatements = explained.unmatched ?? NO_UNMATCHED
    return result
  }
  const run = new CompiledEvaluation(request, policies)
  return resultOf(run, decide(run))
}

function resultOf(run: CompiledEvaluation, outcome: ReturnType<typeof decide>): EvaluationResult {
  return {
    decision: outcome.decision,
    decidingPolicyType: outcome.decidingPolicyType,
    matchedStatements: run.matched ?? NO_MATCHED,
    missingContextKeys: run.missing ?? NO_MISSING,
    details: detailsFromMasks(run.presentMask, run.allowedMask, run.deniedMask),
  }
}
