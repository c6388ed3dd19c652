// GetCredentialReport: the account's most recent report, Base64-encoded CSV, with AWS's
// errors when there is none (ReportNotPresent) or it is over four hours old (ReportExpired).
// Reports are made within GenerateCredentialReport's call, so ReportInProgress never
// arises here. Resource "*": the action has no resource type (Service Authorization Reference).
import { z } from 'zod'
import { IamError } from '../errors'
import { defineIamOperation } from '../operation'
import { isCredentialReportCurrent, latestCredentialReport } from './credential-report-age'

export const ZGetCredentialReportInput = z.object({})

export interface GetCredentialReportResponse {
  /** The CSV, Base64-encoded. */
  Content: string
  ReportFormat: 'text/csv'
  GeneratedTime: string
}

export const getCredentialReport = defineIamOperation({
  name: 'GetCredentialReport',
  readOnly: true,
  input: ZGetCredentialReportInput,
  resource: () => '*',
  async run(tx, _input, caller): Promise<GetCredentialReportResponse> {
    const report = await latestCredentialReport(tx, caller.accountId)
    if (!report) {
      throw new IamError('ReportNotPresent', 'The request was rejected because the credential report does not exist. To generate a credential report, use GenerateCredentialReport.')
    }
    if (!isCredentialReportCurrent(report)) {
      throw new IamError(
        'ReportExpired',
        'The request was rejected because the most recent credential report has expired. To generate a new credential report, use GenerateCredentialReport. For more information about credential report expiration, see Getting credential reports in the IAM User Guide.',
      )
    }
    return { Content: Buffer.from(report.content, 'utf8').toString('base64'), ReportFormat: 'text/csv', GeneratedTime: report.generatedAt.toISOString() }
  },
})
