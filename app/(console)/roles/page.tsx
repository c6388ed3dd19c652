import type { Metadata } from 'next'
import Link from 'next/link'
import { relativeTimeText } from '@/components/relative-time'
import { ReadResultView } from '@/components/read-result-view'
import { RolesTable } from '@/components/roles/roles-table'
import { describeTrustedEntities } from '@/components/roles/trusted-entities'
import { readUnderGate } from '@/lib/actions/read-under-gate'
import { requireCaller } from '@/lib/auth/current-caller'
import { listRoles } from '@/lib/iam'
import type { RoleDto } from '@/lib/iam/dto'
import { deleteRoleAction } from './actions'
import { Button, buttonClass } from '@/components/ui/button'
import { inputClass } from '@/components/ui/text-field'

export const metadata: Metadata = { title: 'Roles' }

type SearchParams = Promise<Record<string, string | string[] | undefined>>

// Every role whose name contains `search` (ListRoles' Search, in the database), all pages.
async function allRoles(caller: Awaited<ReturnType<typeof requireCaller>>, search: string): Promise<RoleDto[]> {
  const out: RoleDto[] = []
  let marker: string | undefined
  do {
    const page = await listRoles(caller, { MaxItems: 1000, ...(search ? { Search: search } : {}), ...(marker ? { Marker: marker } : {}) })
    out.push(...page.Roles)
    marker = page.IsTruncated ? page.Marker : undefined
  } while (marker)
  return out
}

export default async function RolesPage({ searchParams }: { searchParams: SearchParams }) {
  const caller = await requireCaller()
  const raw = (await searchParams).search
  const search = (Array.isArray(raw) ? raw[0] : raw)?.trim() ?? ''
  const roles = await readUnderGate(() => allRoles(caller, search))
  const now = new Date()
  return (
    <section className="rounded-lg border border-console-line bg-white">
      <div className="flex flex-wrap items-start justify-between gap-4 px-5 pt-4">
        <div>
          <h1 className="text-xl font-bold">Roles ({roles.ok ? roles.value.length : 0})</h1>
          <p className="mt-1 max-w-2xl text-console-muted">
            An IAM role is an identity you can create that has specific permissions with credentials that are valid for short durations. Roles can be assumed by entities that you trust.
          </p>
        </div>
        <Link href="/roles/create" className={buttonClass('primary')}>
          Create role
        </Link>
      </div>
      <form action="/roles" method="get" role="search" className="flex gap-2 px-5 py-4">
        <input type="search" name="search" defaultValue={search} aria-label="Search roles" placeholder="Search" className={inputClass} />
        <Button type="submit">
          Search
        </Button>
      </form>
      {!roles.ok ? (
        <div className="mx-5 mb-4">
          <ReadResultView result={roles} />
        </div>
      ) : (
        <RolesTable
          roles={roles.value.map((role) => ({
            roleName: role.RoleName,
            trustedEntities: describeTrustedEntities(role.AssumeRolePolicyDocument),
            lastActivity: role.RoleLastUsed?.LastUsedDate ? relativeTimeText(role.RoleLastUsed.LastUsedDate, now) : '-',
          }))}
          emptyMessage={search ? `No roles match "${search}".` : 'No roles to display.'}
          deleteAction={deleteRoleAction}
        />
      )}
    </section>
  )
}
