import type { ReactNode } from 'react'
import { cookies } from 'next/headers'
import { ConsoleNavigation } from '@/components/console-navigation'
import { ConsoleTopBar } from '@/components/console-top-bar'
import { principalLabel } from '@/components/principal-label'
import { requireConsoleContext } from '@/lib/auth/current-caller'
import { callerFromConsoleSession } from '@/lib/auth/console-session'
import { parseRecentRoles, RECENT_ROLES_COOKIE } from '@/lib/console/recent-roles'
import { switchBackAction, switchRoleAction } from './switch-role/actions'

export default async function ConsoleLayout({ children }: { children: ReactNode }) {
  const { session, switchedRole } = await requireConsoleContext()
  // The top bar names the signed-in principal; a switched role is shown beside it.
  const signedIn = callerFromConsoleSession(session)
  const recentRoles = session.user ? parseRecentRoles((await cookies()).get(RECENT_ROLES_COOKIE)?.value, session.user.id) : []
  return (
    <div className="flex min-h-full flex-col">
      <ConsoleTopBar
        accountId={session.accountId}
        accountAlias={switchedRole && switchedRole.accountId !== session.accountId ? null : session.accountAlias}
        principalLabel={principalLabel(signedIn, session.accountAlias)}
        canSwitchRoles={session.user !== null}
        activeRole={switchedRole}
        recentRoles={recentRoles}
        switchRoleAction={switchRoleAction}
        switchBackAction={switchBackAction}
      />
      <div className="flex flex-1">
        <aside className="w-64 shrink-0 border-r border-console-line bg-white">
          <ConsoleNavigation />
        </aside>
        <main className="min-w-0 flex-1 px-8 py-6">{children}</main>
      </div>
    </div>
  )
}
