// Events of reads and of refused calls are written outside any transaction, and a page
// makes many of them (it asks the gate for each row it shows: ten events for a list of
// three groups). Written one by one, each cost a statement, a round trip on PostgreSQL
// and Prisma's per-query work. Rows queued in the same turn of the event loop, by one
// request or by several, are written by one INSERT instead, and every caller still waits
// until its own row is stored: an answered call has its event, as before. Nothing is kept
// past that turn, so a crash loses only the events of calls not yet answered, and
// several servers on one database need nothing from each other.
import type { Db } from '@/lib/db/client'
import type { Prisma } from '@/lib/generated/prisma/client'

/** Rows per INSERT: far under SQLite's 32,766 bound parameters at 14 columns a row. */
export const MAX_EVENTS_PER_INSERT = 500

interface Batch {
  rows: Prisma.AuditEventCreateManyInput[]
  waiters: { resolve: () => void; reject: (error: unknown) => void }[]
}

const open = new WeakMap<Db, Batch>()

async function write(db: Db, batch: Batch): Promise<void> {
  if (open.get(db) === batch) open.delete(db)
  try {
    await db.auditEvent.createMany({ data: batch.rows })
    for (const w of batch.waiters) w.resolve()
  } catch (error) {
    for (const w of batch.waiters) w.reject(error)
  }
}

/** Stores `row` with the others queued in this turn; resolves once it is stored. */
export function insertAuditEventBatched(db: Db, row: Prisma.AuditEventCreateManyInput): Promise<void> {
  let batch = open.get(db)
  if (!batch) {
    const created: Batch = { rows: [], waiters: [] }
    open.set(db, created)
    setImmediate(() => void (open.get(db) === created && write(db, created)))
    batch = created
  }
  const stored = new Promise<void>((resolve, reject) => batch.waiters.push({ resolve, reject }))
  batch.rows.push(row)
  if (batch.rows.length >= MAX_EVENTS_PER_INSERT) void write(db, batch)
  return stored
}
