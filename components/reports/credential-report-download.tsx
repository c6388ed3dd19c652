'use client'
// The "Download credentials report" button: the server action returns the CSV, and the
// browser saves it as a file; a refusal (AccessDenied for either of the two calls) shows
// here with why.
import { useActionState, useEffect } from 'react'
import type { ServerAction } from '@/components/ui/action-button'
import { Button } from '@/components/ui/button'
import { FormStatus } from '@/components/ui/form-status'
import { IDLE } from '@/lib/actions/form-state'
import type { CredentialReportFile } from '@/lib/console/download-credential-report'
import { saveAsFile } from '@/components/ui/save-as-file'

/** e.g. credential-report-2026-12-07T12_30_00Z.csv: the report's own time, with no characters file systems refuse. */
const fileName = (generatedTime: string) => `credential-report-${generatedTime.slice(0, 19).replaceAll(':', '_')}Z.csv`

export function CredentialReportDownload({ action }: { action: ServerAction }) {
  const [state, formAction, pending] = useActionState(action, IDLE)
  const file = state.status === 'success' ? (state.result as CredentialReportFile) : null
  useEffect(() => {
    if (file) saveAsFile(file.csv, 'text/csv', fileName(file.generatedTime))
  }, [file])
  return (
    <form action={formAction} className="space-y-3">
      <Button type="submit" variant="primary" disabled={pending}>
        {pending ? 'Generating report…' : 'Download credentials report'}
      </Button>
      {file ? (
        <p role="status" className="text-sm text-console-muted">
          Report generated {file.generatedTime}.
        </p>
      ) : null}
      <FormStatus state={state} />
    </form>
  )
}
