// The simulator's results: one row per action and resource with its decision, and behind
// each row the statements that decided (highlighted inside their documents), the context
// values the policies asked for that the run did not give, the permissions boundary's
// decision and the evaluation path.
import type { SimulationRun } from '@/lib/console/run-simulation'
import type { Decision } from '@/lib/policy'
import { EvaluationPathView } from './evaluation-path-view'
import { HighlightedPolicyDocument } from './highlighted-policy-document'
import { UnmatchedStatements } from './statement-explanation'

const PERMISSION: Record<Decision, string> = { allowed: 'Allowed', explicitDeny: 'Explicit deny', implicitDeny: 'Implicit deny' }
const PERMISSION_CLASS: Record<Decision, string> = { allowed: 'text-green-800', explicitDeny: 'text-red-800', implicitDeny: 'text-red-800' }

export function SimulationResults({ run }: { run: SimulationRun }) {
  const documentOf = new Map(run.documents.map((d) => [d.sourcePolicyId, d]))
  return (
    <section aria-label="Simulation results" className="mt-6">
      <h2 className="text-lg font-bold">Results</h2>
      <ul className="mt-2 divide-y divide-console-line rounded border border-console-line">
        {run.rows.map((row) => {
          const label = `${row.action} on ${row.resource}`
          const byDocument = new Map<string, typeof row.statements>()
          for (const s of row.statements) byDocument.set(s.SourcePolicyId, [...(byDocument.get(s.SourcePolicyId) ?? []), s])
          return (
            <li key={label} aria-label={label} className="px-4 py-2">
              <div className="flex flex-wrap gap-x-6">
                <span className="font-mono">{row.action}</span>
                <span className="break-all font-mono text-console-muted">{row.resource}</span>
                <span className={`font-bold ${PERMISSION_CLASS[row.decision]}`}>{PERMISSION[row.decision]}</span>
              </div>
              <details className="mt-1">
                <summary className="cursor-pointer text-sm text-console-link">Details</summary>
                <div className="mt-2 text-sm">
                  <h3 className="font-semibold">Matching statements</h3>
                  {row.statements.length === 0 ? <p>No matching statement.</p> : null}
                  {[...byDocument].map(([id, statements]) => {
                    const d = documentOf.get(id)
                    return d ? (
                      <HighlightedPolicyDocument key={id} name={d.name} source={d.source} document={d.document} statements={statements} />
                    ) : (
                      <p key={id}>{id}</p>
                    )
                  })}
                  {row.missingContextValues.length ? (
                    <p className="mt-2">
                      Missing context values: <span className="font-mono">{row.missingContextValues.join(', ')}</span>
                    </p>
                  ) : null}
                  {row.allowedByPermissionsBoundary !== undefined ? (
                    <p className="mt-2">Permissions boundary: {row.allowedByPermissionsBoundary ? 'allows this request' : 'does not allow this request'}</p>
                  ) : null}
                  <h3 className="mt-3 font-semibold">Evaluation path</h3>
                  <EvaluationPathView result={row.evaluation} />
                  <UnmatchedStatements statements={row.evaluation.unmatchedStatements} />
                </div>
              </details>
            </li>
          )
        })}
      </ul>
    </section>
  )
}
