// Gate-coverage cases for the reports' server actions (Credential report > Download
// credentials report): AccessDenied for a principal without policies, with no report
// made, and past the gate for root.
import * as credentialReportActions from '@/app/(console)/credential-report/actions'
import type { Caller } from '@/lib/iam/caller'
import { callActionAs } from '@/tests/support/call-action-as'

export const REPORTS_ACTION_CASES: Record<string, (caller: Caller) => Promise<unknown>> = {
  'app/(console)/credential-report/actions.ts#downloadCredentialReportAction': (caller) => callActionAs(caller, credentialReportActions.downloadCredentialReportAction, {}),
}
