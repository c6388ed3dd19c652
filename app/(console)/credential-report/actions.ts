'use server'
// Credential report > Download credentials report.
import { z } from 'zod'
import { consoleAction } from '@/lib/actions/console-action'
import { downloadCredentialReport } from '@/lib/console/download-credential-report'

export const downloadCredentialReportAction = consoleAction({
  input: z.object({}),
  run: (caller) => downloadCredentialReport(caller),
  onSuccess: (file) => ({ status: 'success', result: file }),
})
