import Link from 'next/link'
import { ActionButton, type ServerAction } from '@/components/ui/action-button'
import type { RoleDisplayColor } from '@/lib/auth/switched-role'
import type { RecentRole } from '@/lib/console/recent-roles'
import { formatAccountId } from './format-account-id'
import { SignOutButton } from './sign-out-button'
import { roleColorClass } from './switch-role/role-colors'

export interface ConsoleTopBarProps {
  accountId: string
  accountAlias: string | null
  /** "alice @ sandbox" for an IAM user, "root" for the root user. */
  principalLabel: string
  /** Switch role is for IAM users only (AWS: not for the root user). */
  canSwitchRoles?: boolean
  /** While the console acts as a role: its display name and colour, and the account it is in. */
  activeRole?: { displayName: string; color: RoleDisplayColor; accountId: string } | null
  /** The role history, newest first: one-click switches. */
  recentRoles?: RecentRole[]
  switchRoleAction?: ServerAction
  switchBackAction?: ServerAction
}

// A native <details> menu: it works before (and without) hydration, and the forms in it
// are plain server-action posts.
export function ConsoleTopBar({ accountId, accountAlias, principalLabel, canSwitchRoles = false, activeRole = null, recentRoles = [], switchRoleAction, switchBackAction }: ConsoleTopBarProps) {
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
            <dd className="font-bold text-white">{formatAccountId(activeRole?.accountId ?? accountId)}</dd>
          </div>
        </dl>
        {activeRole ? (
          <p aria-label="Currently active as" className={`rounded px-2 font-bold ${roleColorClass(activeRole.color)}`}>
            {activeRole.displayName}
          </p>
        ) : null}
        <p aria-label="Signed in as" className={activeRole ? 'text-gray-200' : 'font-bold'}>
          {principalLabel}
        </p>
        {canSwitchRoles || activeRole ? (
          <details className="relative">
            <summary className="cursor-pointer text-gray-200 hover:text-white">Account menu</summary>
            <div className="absolute right-0 z-20 mt-2 w-72 space-y-2 rounded-md border border-console-line bg-white p-3 text-gray-900 shadow-lg">
              {activeRole ? (
                <div>
                  <p className="text-sm text-console-muted">Currently active as</p>
                  <p className="font-bold">{activeRole.displayName}</p>
                  <p className="text-sm text-console-muted">Signed in as {principalLabel}</p>
                </div>
              ) : null}
              {activeRole && switchBackAction ? <ActionButton action={switchBackAction} fields={{}} label="Switch back" /> : null}
              {canSwitchRoles ? (
                <Link href="/switch-role" className="block rounded px-2 py-1 text-console-link hover:bg-gray-100">
                  Switch role
                </Link>
              ) : null}
              {canSwitchRoles && recentRoles.length && switchRoleAction ? (
                <div>
                  <p className="text-sm text-console-muted">Role history</p>
                  <ul className="space-y-1">
                    {recentRoles.map((r) => (
                      <li key={`${r.account}/${r.roleName}`} className="flex items-center gap-2">
                        <span aria-hidden="true" className={`inline-block h-3 w-3 rounded-full border border-gray-400 ${roleColorClass(r.color)}`} />
                        <ActionButton
                          action={switchRoleAction}
                          fields={{ account: r.account, roleName: r.roleName, displayName: r.displayName, color: r.color }}
                          label={r.displayName}
                          accessibleName={`Switch to ${r.displayName}`}
                          variant="link"
                        />
                      </li>
                    ))}
                  </ul>
                </div>
              ) : null}
            </div>
          </details>
        ) : null}
        <Link href="/security-credentials" className="text-gray-200 underline-offset-2 hover:text-white hover:underline">
          My security credentials
        </Link>
        <SignOutButton />
      </div>
    </header>
  )
}
