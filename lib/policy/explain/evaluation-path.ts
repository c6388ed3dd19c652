// The evaluation path: AWS's policy evaluation flow chart ("Policy evaluation logic",
// IAM User Guide, reference_policies_evaluation-logic_policy-eval-denyallow.html) as a
// list of steps, each marked with what it found for one request, and the step where the
// decision was made. The simulator and every "Why was this denied?" draw it. It reads an
// explain-mode evaluation (all statements that apply, per-type verdicts), so each step
// can say what it found even when an earlier step already decided.

import type { Decision, EvaluationResult, MatchedStatement, PolicyType } from '../types'

export type PathStepId =
  | 'explicitDeny'
  | 'resourceControlPolicies'
  | 'serviceControlPolicies'
  | 'resourceBasedPolicy'
  | 'identityBasedPolicies'
  | 'permissionsBoundary'
  | 'sessionPolicy'
  | 'decision'

/** What a step found: a Deny or an Allow that applies, neither, or no policy of its kind at all. */
export type PathFinding = 'deny' | 'allow' | 'nothing' | 'notApplicable'

export interface PathStep {
  id: PathStepId
  /** The step's name as AWS's flow chart words it. */
  title: string
  finding: PathFinding
  /** The statements behind the finding: every Deny that applies for the first step; for a policy type's step, its statements that apply (an Allow beside the Deny that overrides it, too). */
  statements: MatchedStatement[]
  /** The step where the decision was made. */
  decisive: boolean
}

export interface EvaluationPath {
  decision: Decision
  steps: PathStep[]
}

type PathInput = Pick<EvaluationResult, 'decision' | 'decidingPolicyType' | 'matchedStatements' | 'details'>

const TYPE_STEPS: { id: PathStepId; title: string; types: PolicyType[] }[] = [
  { id: 'resourceControlPolicies', title: 'Resource control policies (RCPs)', types: ['resourceControlPolicy'] },
  { id: 'serviceControlPolicies', title: 'Service control policies (SCPs)', types: ['serviceControlPolicy'] },
  { id: 'resourceBasedPolicy', title: 'Resource-based policy', types: ['resource', 'trust'] },
  { id: 'identityBasedPolicies', title: 'Identity-based policies', types: ['identity'] },
  { id: 'permissionsBoundary', title: 'Permissions boundary', types: ['permissionsBoundary'] },
  { id: 'sessionPolicy', title: 'Session policy', types: ['sessionPolicy'] },
]

const FINDING_OF: Record<Decision, PathFinding> = { explicitDeny: 'deny', allowed: 'allow', implicitDeny: 'nothing' }

function decisiveStep(r: PathInput): PathStepId {
  if (r.decision === 'explicitDeny') return 'explicitDeny'
  if (r.decidingPolicyType === null) return 'decision'
  return TYPE_STEPS.find((s) => s.types.includes(r.decidingPolicyType!))!.id
}

export function evaluationPath(r: PathInput): EvaluationPath {
  const decisive = decisiveStep(r)
  const denies = r.matchedStatements.filter((s) => s.effect === 'Deny')
  const steps: PathStep[] = [
    { id: 'explicitDeny', title: 'Explicit deny in any policy', finding: denies.length || r.decision === 'explicitDeny' ? 'deny' : 'nothing', statements: denies, decisive: decisive === 'explicitDeny' },
  ]
  for (const s of TYPE_STEPS) {
    const verdict = s.types.map((t) => r.details[t]).find((d) => d !== undefined)
    // An IAM principal always has identity-based policies to ask, even none: "nothing".
    // Only a request decided without them (the root user) has no identity step.
    const finding: PathFinding = verdict ? FINDING_OF[verdict] : s.id === 'identityBasedPolicies' && r.decidingPolicyType !== null ? 'nothing' : 'notApplicable'
    const statements = r.matchedStatements.filter((m) => s.types.includes(m.policyType))
    // Gate mode stops at the first Allow and reports no verdict per type: its statements tell.
    steps.push({ id: s.id, title: s.title, finding: finding === 'deny' || !statements.some((m) => m.effect === 'Allow') ? finding : 'allow', statements, decisive: decisive === s.id })
  }
  steps.push({ id: 'decision', title: 'Decision', finding: r.decision === 'allowed' ? 'allow' : 'deny', statements: [], decisive: decisive === 'decision' })
  return { decision: r.decision, steps }
}
