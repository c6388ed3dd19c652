// "Download credentials report": GenerateCredentialReport (a new report only when the
// account has none from the past four hours), then GetCredentialReport, as the AWS console
// does. Both calls are asked of the gate; the CSV comes back as text for the browser to save.
import { generateCredentialReport, getCredentialReport } from '@/lib/iam'
import type { Caller } from '@/lib/iam/caller'

export interface CredentialReportFile {
  csv: string
  /** GetCredentialReport's GeneratedTime (ISO 8601). */
  generatedTime: string
}

export async function downloadCredentialReport(caller: Caller): Promise<CredentialReportFile> {
  await generateCredentialReport(caller, {})
  const report = await getCredentialReport(caller, {})
  return { csv: Buffer.from(report.Content, 'base64').toString('utf8'), generatedTime: report.GeneratedTime }
}
