import type { Metadata } from 'next'
import { SwitchRoleForm } from '@/components/switch-role/switch-role-form'
import { requireConsoleContext } from '@/lib/auth/current-caller'
import { ROOT_CANNOT_SWITCH_ROLES } from '@/lib/console/switch-role'
import { switchRoleAction } from './actions'

export const metadata: Metadata = { title: 'Switch Role' }

type SearchParams = Promise<Record<string, string | string[] | undefined>>
const first = (value: string | string[] | undefined) => (Array.isArray(value) ? value[0] : value)?.slice(0, 128) ?? ''

// ?account=…&roleName=…&displayName=… pre-fills the form, as AWS's switch-role links do.
export default async function SwitchRolePage({ searchParams }: { searchParams: SearchParams }) {
  const { session } = await requireConsoleContext()
  const params = await searchParams
  return (
    <section className="mx-auto max-w-xl rounded-lg border border-console-line bg-white p-6">
      <h1 className="text-2xl font-bold">Switch Role</h1>
      <p className="mt-2 text-console-muted">
        Switch roles to manage resources across AWS accounts using a single user. Your user&apos;s permissions are set aside while the role is active, and your
        own credentials authorize each switch.
      </p>
      {session.user ? (
        <SwitchRoleForm
          action={switchRoleAction}
          defaults={{ account: first(params.account), roleName: first(params.roleName), displayName: first(params.displayName) }}
        />
      ) : (
        <p role="alert" className="mt-4 rounded-md border border-red-700 bg-red-50 px-4 py-2 text-red-900">
          {ROOT_CANNOT_SWITCH_ROLES}
        </p>
      )}
    </section>
  )
}
