'use client'
// The Roles list: choose a role, then Delete (confirmed by typing its name), as the
// console's list does. Rows are plain data from the page.
import { useState } from 'react'
import Link from 'next/link'
import type { ServerAction } from '@/components/ui/action-button'
import { ConfirmDeleteDialog } from '@/components/ui/confirm-delete-dialog'

export interface RoleRow {
  roleName: string
  trustedEntities: string
  lastActivity: string
}

export function RolesTable({ roles, emptyMessage, deleteAction }: { roles: RoleRow[]; emptyMessage: string; deleteAction: ServerAction }) {
  const [selected, setSelected] = useState<string | null>(null)
  return (
    <div>
      <div className="flex justify-end px-5 pb-3">
        <ConfirmDeleteDialog title={`Delete ${selected ?? ''}?`} entityName={selected ?? ''} entityLabel="role name" action={deleteAction} fields={{ RoleName: selected ?? '' }} triggerDisabled={!selected} key={selected ?? ''}>
          <p>Deleting this role removes it from your account. Detach its permissions policies and delete its inline policies first.</p>
        </ConfirmDeleteDialog>
      </div>
      <table className="w-full border-collapse text-left">
        <thead>
          <tr className="border-b border-console-line">
            <th scope="col" className="w-10 px-4 py-2" />
            <th scope="col" className="px-4 py-2">Role name</th>
            <th scope="col" className="px-4 py-2">Trusted entities</th>
            <th scope="col" className="px-4 py-2">Last activity</th>
          </tr>
        </thead>
        <tbody>
          {roles.length === 0 ? (
            <tr>
              <td colSpan={4} className="px-4 py-8 text-center text-console-muted">
                {emptyMessage}
              </td>
            </tr>
          ) : (
            roles.map((role) => (
              <tr key={role.roleName} className="border-b border-console-line hover:bg-[#f2f8fd]">
                <td className="px-4 py-2">
                  <input
                    type="checkbox"
                    aria-label={`Select ${role.roleName}`}
                    checked={selected === role.roleName}
                    onChange={(e) => setSelected(e.target.checked ? role.roleName : null)}
                  />
                </td>
                <td className="px-4 py-2">
                  <Link href={`/roles/${encodeURIComponent(role.roleName)}`} className="text-console-link hover:underline">
                    {role.roleName}
                  </Link>
                </td>
                <td className="px-4 py-2">{role.trustedEntities}</td>
                <td className="px-4 py-2">{role.lastActivity}</td>
              </tr>
            ))
          )}
        </tbody>
      </table>
    </div>
  )
}
