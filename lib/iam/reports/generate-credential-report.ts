// GenerateCredentialReport: a new report when the account has none from the past four
// hours (State STARTED), otherwise the existing one stands (State COMPLETE). The report
// is made within the call, so no caller ever sees it half-written and INPROGRESS is never
// answered. Resource "*": the action has no resource type (Service Authorization Reference).
import { stringify } from 'csv-stringify/sync'
import { z } from 'zod'
import { lockRow } from '@/lib/db/lock-row'
import { defineIamOperation } from '../operation'
import { isCredentialReportCurrent, latestCredentialReport } from './credential-report-age'
import { CREDENTIAL_REPORT_COLUMNS, loadCredentialReportRows } from './credential-report-rows'

export const ZGenerateCredentialReportInput = z.object({})

export interface GenerateCredentialReportResponse {
  State: 'STARTED' | 'COMPLETE'
  Description?: string
}

// The API Reference's sample response. It shows no Description for COMPLETE, nor one for
// replacing an expired report, so the first is left out and the second reuses this text.
const STARTED_DESCRIPTION = 'No report exists. Starting a new report generation task'

export const generateCredentialReport = defineIamOperation({
  name: 'GenerateCredentialReport',
  readOnly: false,
  input: ZGenerateCredentialReportInput,
  resource: () => '*',
  // The rows are read and written out before the transaction (SQLite holds its write lock
  // for a whole transaction); skipped when a current report already stands.
  async prepare(_input, db, caller): Promise<string | null> {
    const latest = await latestCredentialReport(db, caller.accountId)
    if (latest && isCredentialReportCurrent(latest)) return null
    return stringify(await loadCredentialReportRows(db, caller.accountId), { header: true, columns: [...CREDENTIAL_REPORT_COLUMNS] })
  },
  async run(tx, _input, caller, content): Promise<GenerateCredentialReportResponse> {
    // Two processes generating at once take turns; the second finds the first's report.
    await lockRow(tx, 'Account', caller.accountId)
    const latest = await latestCredentialReport(tx, caller.accountId)
    if (latest && isCredentialReportCurrent(latest)) return { State: 'COMPLETE' }
    if (content === null) throw new Error('the current credential report disappeared between prepare and run')
    const report = await tx.credentialReport.create({ data: { accountId: caller.accountId, content } })
    // Only the newest report is ever handed out: older ones are not kept.
    await tx.credentialReport.deleteMany({ where: { accountId: caller.accountId, id: { not: report.id } } })
    return { State: 'STARTED', Description: STARTED_DESCRIPTION }
  },
})
