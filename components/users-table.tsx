import Link from 'next/link'
import type { ReactNode } from 'react'
import { isAccessDenied, type Visible } from '@/lib/iam/dto'
import type { UserListItem } from '@/lib/iam/users/list-users'
import { RelativeTime } from './relative-time'
import { SortableHeader, type SortState } from './sortable-header'

export type UsersSortField = 'userName' | 'path' | 'groups' | 'lastActivity' | 'passwordAge' | 'consoleLastSignIn' | 'creationTime'

// AWS's columns, in AWS's order. Access key ID is not sortable in the console either.
const COLUMNS: { label: string; field?: UsersSortField }[] = [
  { label: 'User name', field: 'userName' },
  { label: 'Path', field: 'path' },
  { label: 'Group(s)', field: 'groups' },
  { label: 'Last activity', field: 'lastActivity' },
  { label: 'MFA' },
  { label: 'Password age', field: 'passwordAge' },
  { label: 'Console last sign-in', field: 'consoleLastSignIn' },
  { label: 'Access key ID' },
  { label: 'Creation time', field: 'creationTime' },
]

const NONE = <span className="text-console-muted">-</span>

/** The cell's value, or AWS's "Access denied" where the caller may not make the call behind it. */
function visible<T>(cell: Visible<T>, show: (value: T) => ReactNode): ReactNode {
  if (!isAccessDenied(cell)) return show(cell)
  return (
    <span className="whitespace-nowrap text-red-700" title={`You don't have permission to ${cell.action}.`}>
      Access denied
    </span>
  )
}

export function UsersTable(props: {
  users: UserListItem[]
  now: Date
  sort: SortState<UsersSortField>
  hrefForSort: (field: UsersSortField, order: 'asc' | 'desc') => string
  emptyMessage: string
}) {
  const { users, now } = props
  return (
    <div className="overflow-x-auto">
      <table className="w-full border-collapse text-left">
        <thead>
          <tr className="border-b border-console-line">
            {COLUMNS.map((column) =>
              column.field ? (
                <SortableHeader
                  key={column.label}
                  label={column.label}
                  field={column.field}
                  sort={props.sort}
                  hrefForSort={props.hrefForSort}
                />
              ) : (
                <th key={column.label} scope="col" className="whitespace-nowrap px-4 py-2 font-bold">
                  {column.label}
                </th>
              ),
            )}
          </tr>
        </thead>
        <tbody>
          {users.length === 0 ? (
            <tr>
              <td colSpan={COLUMNS.length} className="px-4 py-8 text-center text-console-muted">
                {props.emptyMessage}
              </td>
            </tr>
          ) : (
            users.map((user) => (
              <tr key={user.userId} className="border-b border-console-line last:border-b-0 hover:bg-[#f2f8fd]">
                <td className="px-4 py-2">
                  {/* Read by the list's Delete (components/users/delete-selected-users.tsx). */}
                  <input type="checkbox" data-select-user="" value={user.userName} aria-label={`Select ${user.userName}`} className="mr-2 align-middle" />
                  <Link href={`/users/${encodeURIComponent(user.userName)}`} className="text-console-link hover:underline">
                    {user.userName}
                  </Link>
                </td>
                <td className="px-4 py-2">{user.path}</td>
                <td className="px-4 py-2">{visible(user.groupCount, (count) => count)}</td>
                <td className="whitespace-nowrap px-4 py-2">
                  {user.lastActivity ? <RelativeTime iso={user.lastActivity} now={now} /> : 'Never'}
                </td>
                <td className="px-4 py-2">{visible(user.mfa, (types) => (types.length ? types.join(', ') : NONE))}</td>
                <td className="whitespace-nowrap px-4 py-2">
                  {visible(user.passwordAgeDays, (days) => (days === null ? NONE : `${days} day${days === 1 ? '' : 's'}`))}
                </td>
                <td className="whitespace-nowrap px-4 py-2">
                  {visible(user.consoleLastSignIn, (iso) =>
                    iso ? <RelativeTime iso={iso} now={now} /> : typeof user.passwordAgeDays === 'number' ? 'Never' : NONE,
                  )}
                </td>
                <td className="whitespace-nowrap px-4 py-2">{visible(user.accessKeyId, (id) => (id ? `Active - ${id}` : NONE))}</td>
                <td className="whitespace-nowrap px-4 py-2">
                  <RelativeTime iso={user.creationTime} now={now} />
                </td>
              </tr>
            ))
          )}
        </tbody>
      </table>
    </div>
  )
}
