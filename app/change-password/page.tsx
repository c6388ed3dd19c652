import type { Metadata } from 'next'
import { redirect } from 'next/navigation'
import { ChangePasswordForm } from '@/components/credentials/change-password-form'
import { SignOutButton } from '@/components/sign-out-button'
import { requireConsoleContext } from '@/lib/auth/current-caller'
import { changePasswordAction } from './actions'

export const metadata: Metadata = { title: 'Change password' }

// Outside the console layout: until the password is changed there is no console to show.
export default async function ChangePasswordPage() {
  const { session, caller } = await requireConsoleContext({ allowPendingPasswordChange: true })
  if (!session.passwordChangeRequired) redirect('/')
  return (
    <>
      {/* The only way out besides changing the password. */}
      <header className="flex h-12 items-center justify-between bg-console-bar px-4 text-white">
        <span className="text-base font-bold tracking-tight">Sandbox IAM</span>
        <SignOutButton />
      </header>
      <main className="flex min-h-full items-start justify-center px-4 py-16">
        <div className="w-full max-w-md rounded-lg border border-console-line bg-white p-8 shadow-sm">
          <h1 className="text-2xl font-bold">Change password</h1>
          <p className="mt-2 text-console-muted">
            You must change your password to continue{caller.kind === 'user' ? ` as ${caller.userName}` : ''}. The new password must meet the
            account password policy.
          </p>
          <div className="mt-6">
            <ChangePasswordForm action={changePasswordAction} then="console" submitLabel="Confirm password change" />
          </div>
        </div>
      </main>
    </>
  )
}
