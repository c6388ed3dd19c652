// The evaluation path drawn: AWS's steps in order, each with what it found and the
// statements behind it, and the step where the decision was made. Shown behind "Why was
// this denied?" and beside every simulator result.
import { evaluationPath, type PathFinding } from '@/lib/policy/explain/evaluation-path'
import type { MetCondition } from '@/lib/policy/explain/statement-conditions'
import type { Decision, EvaluationResult, MatchedStatement } from '@/lib/policy/types'
import { StatementWithConditions } from './statement-explanation'

const FINDING_LABEL: Record<PathFinding, string> = {
  deny: 'Deny found',
  allow: 'Allow found',
  nothing: 'No statement applies',
  notApplicable: 'Not applicable',
}
const FINDING_CLASS: Record<PathFinding, string> = {
  deny: 'border-red-400 bg-red-50',
  allow: 'border-green-500 bg-green-50',
  nothing: 'border-gray-300 bg-white',
  notApplicable: 'border-dashed border-gray-300 bg-gray-50 text-gray-500',
}
export const DECISION_LABEL: Record<Decision, string> = { allowed: 'Allowed', explicitDeny: 'Denied (explicit deny)', implicitDeny: 'Denied (implicit deny)' }

export function EvaluationPathView({ result }: { result: Pick<EvaluationResult, 'decision' | 'decidingPolicyType' | 'details'> & { matchedStatements: (MatchedStatement & { conditions?: MetCondition[] })[] } }) {
  const path = evaluationPath(result)
  return (
    <ol aria-label="Evaluation path" className="mt-2 space-y-1 text-sm">
      {path.steps.map((step, i) => (
        <li
          key={step.id}
          aria-current={step.decisive ? 'step' : undefined}
          className={`rounded border px-3 py-1.5 ${FINDING_CLASS[step.id === 'decision' ? (path.decision === 'allowed' ? 'allow' : 'deny') : step.finding]} ${step.decisive ? 'ring-2 ring-console-link' : ''}`}
        >
          <span className="font-semibold">
            {i + 1}. {step.title}
          </span>
          {': '}
          {step.id === 'decision' ? DECISION_LABEL[path.decision] : FINDING_LABEL[step.finding]}
          {step.decisive ? <span className="ml-2 font-semibold">Decision made here</span> : null}
          {step.statements.length ? (
            <ul className="list-disc pl-5">
              {step.statements.map((s) => (
                <li key={`${s.policyType}-${s.policyName}-${s.statementIndex}`}>
                  <StatementWithConditions statement={s} />
                </li>
              ))}
            </ul>
          ) : null}
        </li>
      ))}
    </ol>
  )
}
