import type { ReactNode } from 'react'
import { ConsoleNavigation } from '@/components/console-navigation'
import { ConsoleTopBar } from '@/components/console-top-bar'
import { principalLabel } from '@/components/principal-label'
import { requireConsoleContext } from '@/lib/auth/current-caller'

export default async function ConsoleLayout({ children }: { children: ReactNode }) {
  const { caller, session } = await requireConsoleContext()
  return (
    <div className="flex min-h-full flex-col">
      <ConsoleTopBar
        accountId={caller.accountId}
        accountAlias={session.accountAlias}
        principalLabel={principalLabel(caller, session.accountAlias)}
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
