// What Create user did, once the server answered: each step's outcome (what was not
// rolled back when a later step failed) and, with console access, the password to hand over.
import Link from 'next/link'
import { buttonClass } from '@/components/ui/button'
import { IamErrorAlert } from '@/components/iam-error-alert'
import type { CreateUserReport } from '@/lib/console/create-user'
import { RetrievePassword } from './retrieve-password'

export function CreateUserOutcome({ report, signInAccount }: { report: CreateUserReport; signInAccount: string }) {
  return (
    <div className="space-y-5">
      {report.failure ? (
        <div className="space-y-3">
          <div role="alert" className="rounded-md border border-amber-500 bg-amber-50 px-4 py-3">
            <p className="font-bold">
              User {report.userName} was created, but &quot;{report.failure.step}&quot; failed.
            </p>
            <p>The steps below were not rolled back. Open the user to finish setting it up.</p>
          </div>
          <IamErrorAlert code={report.failure.code} message={report.failure.message} denial={report.failure.denial} />
        </div>
      ) : (
        <p role="status" className="rounded-md border border-green-700 bg-green-50 px-4 py-2 text-green-900">
          User created successfully. You can view and download the user&apos;s password and email instructions for signing in to the AWS Management Console.
        </p>
      )}
      <section className="rounded-lg border border-console-line bg-white px-5 py-4">
        <h2 className="text-lg font-bold">Steps</h2>
        <ul className="mt-2 space-y-1">
          {report.steps.map((s) => (
            <li key={s.label}>
              <span className={s.status === 'done' ? 'text-green-800' : s.status === 'failed' ? 'font-bold text-red-700' : 'text-console-muted'}>
                {s.status === 'done' ? 'Succeeded' : s.status === 'failed' ? 'Failed' : 'Not attempted'}
              </span>
              : {s.label}
            </li>
          ))}
        </ul>
      </section>
      {report.consoleAccess ? <RetrievePassword report={report} signInAccount={signInAccount} /> : null}
      <div className="flex gap-2">
        <Link href="/users" className={buttonClass('normal')}>
          Return to users list
        </Link>
        <Link href={`/users/${encodeURIComponent(report.userName)}`} className={buttonClass('primary')}>
          View user
        </Link>
      </div>
    </div>
  )
}
