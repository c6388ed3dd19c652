// Shows an IAM error where the action was tried. For AccessDenied, why is one click away
// (a disclosure): the evaluation path with the statements behind each step, and a link
// that replays the request in the policy simulator.
import Link from 'next/link'
import { EvaluationPathView } from '@/components/policy-simulator/evaluation-path-view'
import { simulatorReplayHref } from '@/components/policy-simulator/replay-link'
import { UnmatchedStatements } from '@/components/policy-simulator/statement-explanation'
import type { DenialDetails } from '@/lib/actions/form-state'

export function IamErrorAlert({ code, message, denial }: { code: string; message: string; denial?: DenialDetails | undefined }) {
  return (
    <div role="alert" className="rounded-md border border-red-300 bg-red-50 px-4 py-3 text-red-900">
      <p className="font-bold">{code === 'AccessDenied' ? 'Access denied' : code}</p>
      <p className="mt-1 break-words">{message}</p>
      {denial ? (
        <details className="mt-2">
          <summary className="cursor-pointer font-semibold">Why was this denied?</summary>
          <div className="mt-2 text-sm">
            <EvaluationPathView result={{ ...denial, matchedStatements: denial.statements }} />
            <UnmatchedStatements statements={denial.unmatched} />
            {denial.request ? (
              <p className="mt-2">
                <Link className="text-console-link underline" href={simulatorReplayHref(denial.request)}>
                  Open in policy simulator
                </Link>
              </p>
            ) : null}
          </div>
        </details>
      ) : null}
    </div>
  )
}
