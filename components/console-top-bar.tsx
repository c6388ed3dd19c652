import Link from 'next/link'
import { formatAccountId } from './format-account-id'
import { SignOutButton } from './sign-out-button'

export interface ConsoleTopBarProps {
  accountId: string
  accountAlias: string | null
  /** "alice @ sandbox" for an IAM user, "root" for the root user. */
  principalLabel: string
}

export function ConsoleTopBar({ accountId, accountAlias, principalLabel }: ConsoleTopBarProps) {
  return (
    <header className="flex h-12 items-center justify-between bg-console-bar px-4 text-white">
      <Link href="/" className="text-base font-bold tracking-tight">
        Sandbox IAM
      </Link>
      <div className="flex items-center gap-5">
        <dl className="flex items-center gap-5 text-gray-200">
          <div className="flex gap-1">
            <dt>Account alias:</dt>
            <dd className="font-bold text-white">{accountAlias ?? '-'}</dd>
          </div>
          <div className="flex gap-1">
            <dt>Account ID:</dt>
            <dd className="font-bold text-white">{formatAccountId(accountId)}</dd>
          </div>
        </dl>
        <p aria-label="Signed in as" className="font-bold">
          {principalLabel}
        </p>
        <Link href="/security-credentials" className="text-gray-200 underline-offset-2 hover:text-white hover:underline">
          My security credentials
        </Link>
        <SignOutButton />
      </div>
    </header>
  )
}
