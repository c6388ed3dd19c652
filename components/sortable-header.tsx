import Link from 'next/link'

export interface SortState<F extends string> {
  field: F
  order: 'asc' | 'desc'
}

/** A column header that is a link: same column again flips the order, another starts ascending. */
export function SortableHeader<F extends string>(props: {
  label: string
  field: F
  sort: SortState<F>
  hrefForSort: (field: F, order: 'asc' | 'desc') => string
}) {
  const active = props.sort.field === props.field
  const next = active && props.sort.order === 'asc' ? 'desc' : 'asc'
  return (
    <th
      scope="col"
      aria-sort={active ? (props.sort.order === 'asc' ? 'ascending' : 'descending') : 'none'}
      className="whitespace-nowrap px-4 py-2 font-bold"
    >
      <Link href={props.hrefForSort(props.field, next)} className="inline-flex items-center gap-1 hover:text-console-link">
        {props.label}
        <span aria-hidden="true" className={active ? 'text-console-ink' : 'text-gray-400'}>
          {active ? (props.sort.order === 'asc' ? '▲' : '▼') : '↕'}
        </span>
      </Link>
    </th>
  )
}
