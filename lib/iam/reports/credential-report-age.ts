// AWS's four-hour rule (IAM User Guide, "Generate credential reports for your AWS
// account"): IAM makes a new report at most every four hours and otherwise hands out the
// most recent one. The guide gives no other lifetime, so a report older than that is also
// the one GetCredentialReport calls expired (ReportExpired). The newest report is the
// account's CredentialReport row, shared by every server process.
import type { Db, DbTransaction } from '@/lib/db/client'

export const CREDENTIAL_REPORT_LIFETIME_MS = 4 * 60 * 60 * 1000

export const latestCredentialReport = (db: Db | DbTransaction, accountId: string) =>
  db.credentialReport.findFirst({ where: { accountId }, orderBy: [{ generatedAt: 'desc' }, { id: 'desc' }] })

export const isCredentialReportCurrent = (report: { generatedAt: Date }, now = new Date()) =>
  now.getTime() - report.generatedAt.getTime() < CREDENTIAL_REPORT_LIFETIME_MS
