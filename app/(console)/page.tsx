import type { Metadata } from 'next'
import { headers } from 'next/headers'
import { formatAccountId } from '@/components/format-account-id'
import { IamResourcesPanel } from '@/components/dashboard/iam-resources-panel'
import { SecurityRecommendationsPanel } from '@/components/dashboard/security-recommendations-panel'
import { principalLabel } from '@/components/principal-label'
import { ReadResultView } from '@/components/read-result-view'
import { CopyButton } from '@/components/ui/copy-button'
import { readUnderGate } from '@/lib/actions/read-under-gate'
import { requireConsoleContext } from '@/lib/auth/current-caller'
import { userSecurityRecommendations } from '@/lib/console/security-recommendations'
import { getAccountSummary } from '@/lib/iam'

export const metadata: Metadata = { title: 'Dashboard' }

export default async function DashboardPage() {
  const { caller, session } = await requireConsoleContext()
  const headerList = await headers()
  const host = headerList.get('x-forwarded-host') ?? headerList.get('host') ?? 'localhost'
  const protocol = headerList.get('x-forwarded-proto')?.split(',')[0] ?? 'http'
  const signInUrl = `${protocol}://${host}/signin?account=${encodeURIComponent(session.accountAlias ?? caller.accountId)}`
  const [summary, userFindings] = await Promise.all([
    readUnderGate(() => getAccountSummary(caller, {}).then((r) => r.SummaryMap)),
    readUnderGate(() => userSecurityRecommendations(caller)),
  ])
  return (
    <section>
      <h1 className="text-2xl font-bold">IAM Dashboard</h1>
      <div className="mt-6 max-w-5xl rounded-lg border border-console-line bg-white">
        <h2 className="border-b border-console-line px-5 py-3 text-lg font-bold">AWS Account</h2>
        <dl className="grid grid-cols-[12rem_1fr] gap-x-4 gap-y-3 px-5 py-4">
          <dt className="text-console-muted">Account ID</dt>
          <dd>{formatAccountId(caller.accountId)}</dd>
          <dt className="text-console-muted">Account alias</dt>
          <dd>{session.accountAlias ?? '-'}</dd>
          <dt className="text-console-muted">Signed in as</dt>
          <dd>
            {principalLabel(caller, session.accountAlias)} <span className="text-console-muted">({caller.arn})</span>
          </dd>
          <dt className="text-console-muted">Sign-in URL for IAM users in this account</dt>
          <dd>
            <code className="break-all">{signInUrl}</code> <CopyButton text={signInUrl} label="Copy sign-in URL" />
          </dd>
        </dl>
      </div>
      <div className="mt-6 max-w-5xl space-y-6">
        <ReadResultView result={summary}>
          {(map) => (
            <>
              <SecurityRecommendationsPanel summary={map} userFindings={userFindings} />
              <IamResourcesPanel summary={map} />
            </>
          )}
        </ReadResultView>
      </div>
    </section>
  )
}
