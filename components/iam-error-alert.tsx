// Shows an IAM error where the action was tried. For AccessDenied, the deciding policy
// and statement are one click away (a disclosure), as the gate issue asks.
import Link from 'next/link'
import { policyHref } from '@/components/policies/policy-type'
import type { DenialDetails } from '@/lib/actions/form-state'
import { parsePolicyArn } from '@/lib/iam/arn'

const POLICY_TYPE_LABEL: Record<string, string> = {
  identity: 'Identity-based policy',
  resource: 'Resource-based policy',
  trust: 'Trust policy',
  permissionsBoundary: 'Permissions boundary',
  sessionPolicy: 'Session policy',
  serviceControlPolicy: 'Service control policy',
  resourceControlPolicy: 'Resource control policy',
}

// Managed policies are named by ARN in explanations; inline ones by name.
const managedPolicyHref = (policyName: string): string | null => (parsePolicyArn(policyName) ? policyHref(policyName) : null)

export function IamErrorAlert({ code, message, denial }: { code: string; message: string; denial?: DenialDetails | undefined }) {
  return (
    <div role="alert" className="rounded-md border border-red-300 bg-red-50 px-4 py-3 text-red-900">
      <p className="font-bold">{code === 'AccessDenied' ? 'Access denied' : code}</p>
      <p className="mt-1 break-words">{message}</p>
      {denial ? (
        <details className="mt-2">
          <summary className="cursor-pointer font-semibold">Why was this denied?</summary>
          <div className="mt-2 text-sm">
            <p>
              Decision: {denial.decision === 'explicitDeny' ? 'Explicit deny' : 'Implicit deny'}
              {denial.decidingPolicyType ? ` (${POLICY_TYPE_LABEL[denial.decidingPolicyType] ?? denial.decidingPolicyType})` : ''}
            </p>
            {denial.statements.length === 0 ? (
              <p>No statement allows this request.</p>
            ) : (
              <ul className="mt-1 list-disc pl-5">
                {denial.statements.map((s) => {
                  const href = managedPolicyHref(s.policyName)
                  return (
                    <li key={`${s.policyType}-${s.policyName}-${s.statementIndex}`}>
                      {s.effect} statement {s.sid ? `"${s.sid}"` : `#${s.statementIndex + 1}`} in{' '}
                      {href ? (
                        <Link className="text-console-link underline" href={href}>
                          {s.policyName}
                        </Link>
                      ) : (
                        s.policyName
                      )}
                      {s.versionId ? ` (${s.versionId})` : ''}, line {s.position.line}
                    </li>
                  )
                })}
              </ul>
            )}
          </div>
        </details>
      ) : null}
    </div>
  )
}
