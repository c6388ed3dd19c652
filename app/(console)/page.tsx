import type { Metadata } from 'next'
import { headers } from 'next/headers'
import { formatAccountId } from '@/components/format-account-id'
import { AccountAliasDialog } from '@/components/dashboard/account-alias-dialog'
import { AccountAuthorizationDetailsDownload } from '@/components/dashboard/account-authorization-details-download'
import { IamResourcesPanel } from '@/components/dashboard/iam-resources-panel'
import { SecurityRecommendationsPanel } from '@/components/dashboard/security-recommendations-panel'
import { principalLabel } from '@/components/principal-label'
import { ReadResultView } from '@/components/read-result-view'
import { ConfirmDeleteDialog } from '@/components/ui/confirm-delete-dialog'
import { CopyButton } from '@/components/ui/copy-button'
import { readUnderGate } from '@/lib/actions/read-under-gate'
import { requireConsoleContext } from '@/lib/auth/current-caller'
import { userSecurityRecommendations } from '@/lib/console/security-recommendations'
import { getAccountSummary } from '@/lib/iam'
import { createAccountAliasAction, deleteAccountAliasAction, downloadAccountAuthorizationDetailsAction } from './actions'

export const metadata: Metadata = { title: 'Dashboard' }

export default async function DashboardPage() {
  const { caller, session } = await requireConsoleContext()
  const headerList = await headers()
  const host = headerList.get('x-forwarded-host') ?? headerList.get('host') ?? 'localhost'
  const protocol = headerList.get('x-forwarded-proto')?.split(',')[0] ?? 'http'
  // The session row is read on every request with its account's alias, so a new alias
  // shows here (and in the sign-in URL) on the next render, never a remembered one.
  const alias = session.accountAlias
  const signInUrl = (account: string) => `${protocol}://${host}/signin?account=${encodeURIComponent(account)}`
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
          <dd className="flex flex-wrap items-center gap-2">
            <span>{alias ?? '-'}</span>
            <AccountAliasDialog action={createAccountAliasAction} accountId={caller.accountId} currentAlias={alias} />
            {alias ? (
              <ConfirmDeleteDialog
                action={deleteAccountAliasAction}
                fields={{ AccountAlias: alias }}
                entityName={alias}
                entityLabel="account alias"
                title="Delete account alias"
                triggerVariant="link"
                triggerAccessibleName="Delete account alias"
              >
                <p>
                  After you delete the alias <span className="font-bold">{alias}</span>, the sign-in URL that contains it stops working, and is not
                  redirected. IAM users then sign in with the account ID: <code className="break-all">{signInUrl(caller.accountId)}</code>
                </p>
              </ConfirmDeleteDialog>
            ) : null}
          </dd>
          <dt className="text-console-muted">Signed in as</dt>
          <dd>
            {principalLabel(caller, alias)} <span className="text-console-muted">({caller.arn})</span>
          </dd>
          <dt className="text-console-muted">Sign-in URL for IAM users in this account</dt>
          <dd>
            <code className="break-all">{signInUrl(alias ?? caller.accountId)}</code> <CopyButton text={signInUrl(alias ?? caller.accountId)} label="Copy sign-in URL" />
          </dd>
        </dl>
        <div className="border-t border-console-line px-5 py-4">
          <p className="mb-2 text-console-muted">A snapshot of the account's users, groups, roles and policies and how they relate, as GetAccountAuthorizationDetails returns it.</p>
          <AccountAuthorizationDetailsDownload action={downloadAccountAuthorizationDetailsAction} />
        </div>
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
