import type { Metadata } from 'next'
import { CredentialReportDownload } from '@/components/reports/credential-report-download'
import { Panel } from '@/components/ui/panel'
import { requireCaller } from '@/lib/auth/current-caller'
import { downloadCredentialReportAction } from './actions'

export const metadata: Metadata = { title: 'Credential report' }

export default async function CredentialReportPage() {
  await requireCaller()
  return (
    <section className="max-w-3xl space-y-6">
      <h1 className="text-2xl font-bold">Credential report</h1>
      <Panel
        title="Credential report"
        description="The credential report lists all your IAM users in this account and the status of their various credentials, including passwords, access keys, and MFA devices. After a report is created, it is stored for up to four hours."
      >
        <div className="space-y-3">
          <p className="text-sm">
            You can generate a credential report as often as once every four hours. If a report was generated in the past four
            hours, that report is downloaded; otherwise a new one is generated and downloaded.
          </p>
          <CredentialReportDownload action={downloadCredentialReportAction} />
        </div>
      </Panel>
    </section>
  )
}
