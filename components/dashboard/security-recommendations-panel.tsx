// The dashboard's "Security recommendations": each check with what it found and a link
// to where it is fixed. The root user's checks come from GetAccountSummary, the IAM
// users' from the current credential report; either read may be refused on its own.
import Link from 'next/link'
import type { ReactNode } from 'react'
import { IamErrorAlert } from '@/components/iam-error-alert'
import { Panel } from '@/components/ui/panel'
import type { ReadResult } from '@/lib/actions/read-under-gate'
import type { UserFinding, UserRecommendations } from '@/lib/console/security-recommendations'
import type { AccountSummaryKey } from '@/lib/iam'

// A long list is cut here; the rest are counted.
const MAX_USERS_SHOWN = 10

function Recommendation({ ok, title, children }: { ok: boolean; title: string; children?: ReactNode }) {
  return (
    <li className="flex gap-3 border-b border-console-line py-3 last:border-b-0" aria-label={title}>
      <span aria-hidden className={ok ? 'text-green-700' : 'text-amber-600'}>
        {ok ? '✓' : '⚠'}
      </span>
      <div>
        <p className="font-bold">{title}</p>
        {children ? <div className="mt-1 text-sm">{children}</div> : null}
      </div>
    </li>
  )
}

const credentialsHref = (userName: string) => `/users/${encodeURIComponent(userName)}?section=security_credentials`

function UserList({ findings }: { findings: UserFinding[] }) {
  return (
    <ul className="mt-1 list-disc pl-5">
      {findings.slice(0, MAX_USERS_SHOWN).map((f) => (
        <li key={`${f.userName} ${f.detail ?? ''}`}>
          <Link href={credentialsHref(f.userName)} className="text-console-link hover:underline">
            {f.userName}
          </Link>
          {f.detail ? ` (${f.detail})` : null}
        </li>
      ))}
      {findings.length > MAX_USERS_SHOWN ? <li>and {findings.length - MAX_USERS_SHOWN} more</li> : null}
    </ul>
  )
}

function UserCheck({ findings, okTitle, title, fix }: { findings: UserFinding[]; okTitle: string; title: (n: number) => string; fix: string }) {
  if (findings.length === 0) return <Recommendation ok title={okTitle} />
  return (
    <Recommendation ok={false} title={title(findings.length)}>
      <p>{fix}</p>
      <UserList findings={findings} />
    </Recommendation>
  )
}

const users = (n: number) => (n === 1 ? '1 IAM user' : `${n} IAM users`)

export function SecurityRecommendationsPanel({ summary, userFindings }: { summary: Record<AccountSummaryKey, number>; userFindings: ReadResult<UserRecommendations | null> }) {
  const rootHasMfa = summary.AccountMFAEnabled === 1
  const rootHasKeys = summary.AccountAccessKeysPresent === 1
  return (
    <Panel title="Security recommendations">
      <ul>
        {rootHasMfa ? (
          <Recommendation ok title="Root user has MFA" />
        ) : (
          <Recommendation ok={false} title="Add MFA for root user">
            Enable multi-factor authentication (MFA) for the root user to improve security for this account.{' '}
            <Link href="/security-credentials" className="font-bold text-console-link hover:underline">
              Add MFA
            </Link>
          </Recommendation>
        )}
        {rootHasKeys ? (
          <Recommendation ok={false} title="Deactivate or delete access keys for root user">
            Use access keys of IAM users or roles instead of the root user&apos;s.{' '}
            <Link href="/security-credentials" className="font-bold text-console-link hover:underline">
              Manage access keys
            </Link>
          </Recommendation>
        ) : (
          <Recommendation ok title="Root user has no active access keys" />
        )}
        {!userFindings.ok ? (
          <li className="py-3">
            <IamErrorAlert code={userFindings.error.code} message={userFindings.error.message} denial={userFindings.error.denial} />
          </li>
        ) : userFindings.value === null ? (
          <Recommendation ok={false} title="Check your IAM users' credentials">
            The checks for IAM users without MFA, access keys not rotated or unused for 90 days, and users unused for 90 days read the
            credential report.{' '}
            <Link href="/credential-report" className="font-bold text-console-link hover:underline">
              Download the credential report
            </Link>
          </Recommendation>
        ) : (
          <>
            <UserCheck
              findings={userFindings.value.withoutMfa}
              okTitle="Every IAM user with a console password has MFA"
              title={(n) => `${users(n)} without MFA`}
              fix="Assign an MFA device on each user's Security credentials tab."
            />
            <UserCheck
              findings={userFindings.value.staleAccessKeys}
              okTitle="No access keys are unrotated or unused for 90 days"
              title={(n) => (n === 1 ? '1 access key not rotated or unused for 90 days' : `${n} access keys not rotated or unused for 90 days`)}
              fix="Rotate the key (create a new one, then deactivate the old) or delete it, on the user's Security credentials tab."
            />
            <UserCheck
              findings={userFindings.value.unused}
              okTitle="No IAM users unused for 90 days"
              title={(n) => `${users(n)} unused for 90 days`}
              fix="Remove the credentials of users who no longer need them."
            />
            <li className="pt-3 text-sm text-console-muted">From the credential report generated {userFindings.value.reportGeneratedTime}.</li>
          </>
        )}
      </ul>
    </Panel>
  )
}
