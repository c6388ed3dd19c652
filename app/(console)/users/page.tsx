import type { Metadata } from 'next'
import Link from 'next/link'
import { Pagination } from '@/components/pagination'
import { ReadResultView } from '@/components/read-result-view'
import { UsersTable } from '@/components/users-table'
import { DeleteSelectedUsers } from '@/components/users/delete-selected-users'
import { readUnderGate } from '@/lib/actions/read-under-gate'
import { requireCaller } from '@/lib/auth/current-caller'
import { listUsers, USER_LIST_PAGE_SIZES, USER_LIST_SORT_FIELDS } from '@/lib/iam/users/list-users'
import { deleteUserAction } from './[userName]/actions'
import { readUsersSearchParams, usersHref, type UsersQuery } from './users-search-params'

export const metadata: Metadata = { title: 'Users' }

type SearchParams = Promise<Record<string, string | string[] | undefined>>

export default async function UsersPage({ searchParams }: { searchParams: SearchParams }) {
  const caller = await requireCaller()
  const query = readUsersSearchParams(await searchParams, USER_LIST_SORT_FIELDS, USER_LIST_PAGE_SIZES)
  const now = new Date()
  const read = await readUnderGate(() =>
    listUsers(
      caller,
      {
        ...(query.search ? { search: query.search } : {}),
        sortBy: query.sort,
        sortOrder: query.order,
        page: query.page,
        ...(query.pageSize ? { pageSize: query.pageSize as (typeof USER_LIST_PAGE_SIZES)[number] } : {}),
      },
    ),
  )
  const result = read.ok ? read.value : null

  const shown: UsersQuery = { ...query, page: result?.page ?? query.page, pageSize: result?.pageSize ?? query.pageSize }
  const pageCount = result ? Math.max(1, Math.ceil(result.total / result.pageSize)) : 1

  return (
    <section className="rounded-lg border border-console-line bg-white">
      <div className="flex flex-wrap items-start justify-between gap-4 px-5 pt-4">
        <div>
          <h1 className="text-xl font-bold">Users ({result?.total ?? 0})</h1>
          <p className="mt-1 max-w-2xl text-console-muted">
            An IAM user is an identity with long-term credentials that is used to interact with AWS in an account.
          </p>
        </div>
        <div className="flex items-center gap-3">
          <DeleteSelectedUsers action={deleteUserAction} />
          <Link
            href="/users/create"
            className="rounded-full border border-console-accent bg-console-accent px-5 py-1.5 font-bold text-console-ink hover:bg-[#ec7211]"
          >
            Create user
          </Link>
        </div>
      </div>

      <div className="flex flex-wrap items-center justify-between gap-4 px-5 py-4">
        <form action="/users" method="get" role="search" className="flex min-w-72 flex-1 gap-2">
          <input
            type="search"
            name="search"
            defaultValue={query.search ?? ''}
            aria-label="Find users by username"
            placeholder="Find users by username"
            className="w-full max-w-md rounded-md border border-gray-400 px-3 py-1.5 focus:border-console-link focus:outline-2 focus:outline-console-link"
          />
          {query.sort !== 'userName' || query.order !== 'asc' ? (
            <>
              <input type="hidden" name="sort" value={query.sort} />
              <input type="hidden" name="order" value={query.order} />
            </>
          ) : null}
          {shown.pageSize ? <input type="hidden" name="pageSize" value={shown.pageSize} /> : null}
          <button type="submit" className="rounded-full border border-console-link px-4 py-1.5 font-bold text-console-link hover:bg-[#f2f8fd]">
            Search
          </button>
        </form>
        {result ? (
          <Pagination
            page={result.page}
            pageCount={pageCount}
            pageSize={result.pageSize}
            pageSizes={USER_LIST_PAGE_SIZES}
            hrefFor={(change) => usersHref({ ...shown, ...change })}
          />
        ) : null}
      </div>

      {!read.ok ? (
        <div className="mx-5 mb-4">
          <ReadResultView result={read} />
        </div>
      ) : null}
      {result ? (
        <UsersTable
          users={result.users}
          now={now}
          sort={{ field: query.sort, order: query.order }}
          hrefForSort={(sort, order) => usersHref({ ...shown, sort, order, page: 1 })}
          emptyMessage={query.search ? `No users match "${query.search}".` : 'No users to display.'}
        />
      ) : null}
    </section>
  )
}
