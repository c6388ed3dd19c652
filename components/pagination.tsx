import Link from 'next/link'

const linkClass = 'rounded px-2 py-1 text-console-link hover:bg-[#f2f8fd]'
const disabledClass = 'rounded px-2 py-1 text-gray-400'

export function Pagination(props: {
  page: number
  pageCount: number
  pageSize: number
  pageSizes: readonly number[]
  hrefFor: (change: { page?: number; pageSize?: number }) => string
}) {
  const { page, pageCount } = props
  return (
    <div className="flex flex-wrap items-center justify-between gap-4">
      <nav aria-label="Pagination" className="flex items-center gap-2">
        {page > 1 ? (
          <Link href={props.hrefFor({ page: page - 1 })} className={linkClass}>
            Previous
          </Link>
        ) : (
          <span aria-disabled="true" className={disabledClass}>
            Previous
          </span>
        )}
        <span>
          Page {page} of {pageCount}
        </span>
        {page < pageCount ? (
          <Link href={props.hrefFor({ page: page + 1 })} className={linkClass}>
            Next
          </Link>
        ) : (
          <span aria-disabled="true" className={disabledClass}>
            Next
          </span>
        )}
      </nav>
      <nav aria-label="Page size" className="flex items-center gap-1">
        <span className="mr-1 text-console-muted">Page size</span>
        {props.pageSizes.map((size) =>
          size === props.pageSize ? (
            <span key={size} aria-current="true" className="rounded border border-console-link px-2 py-1 font-bold text-console-link">
              {size}
            </span>
          ) : (
            <Link key={size} href={props.hrefFor({ page: 1, pageSize: size })} className={linkClass}>
              {size}
            </Link>
          ),
        )}
      </nav>
    </div>
  )
}
