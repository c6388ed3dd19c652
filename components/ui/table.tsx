import type { ReactNode } from 'react'

export interface TableColumn<T> {
  header: ReactNode
  cell: (row: T) => ReactNode
  /** For a column of row checkboxes or radios: no wrapping, narrow. */
  narrow?: boolean
}

/** A plain console table: header row, one row per item, or the empty message. */
export function Table<T>({ columns, rows, rowKey, empty, caption }: { columns: TableColumn<T>[]; rows: T[]; rowKey: (row: T) => string; empty: ReactNode; caption?: string }) {
  return (
    <div className="overflow-x-auto">
      <table className="w-full border-collapse text-left">
        {caption ? <caption className="sr-only">{caption}</caption> : null}
        <thead>
          <tr className="border-b border-console-line">
            {columns.map((column, i) => (
              <th key={i} scope="col" className={`whitespace-nowrap px-4 py-2 font-bold ${column.narrow ? 'w-10' : ''}`}>
                {column.header}
              </th>
            ))}
          </tr>
        </thead>
        <tbody>
          {rows.length === 0 ? (
            <tr>
              <td colSpan={columns.length} className="px-4 py-8 text-center text-console-muted">
                {empty}
              </td>
            </tr>
          ) : (
            rows.map((row) => (
              <tr key={rowKey(row)} className="border-b border-console-line last:border-b-0 hover:bg-[#f2f8fd]">
                {columns.map((column, i) => (
                  <td key={i} className="px-4 py-2 align-top">
                    {column.cell(row)}
                  </td>
                ))}
              </tr>
            ))
          )}
        </tbody>
      </table>
    </div>
  )
}
