// Serializes writes that check a quota of one parent row (a user's access keys, an
// entity's attached policies, a resource's tags) before they insert under it. On
// PostgreSQL, READ COMMITTED lets two transactions count the same rows and both insert;
// locking the parent first makes them take turns, and each one's count (a new snapshot
// per statement) then sees what the previous one committed. Chosen over SERIALIZABLE
// with retries: no retry loop, and a contended quota costs a wait rather than aborted work.
//
// One statement for both databases: an UPDATE that sets the id to itself. PostgreSQL
// takes the row's FOR NO KEY UPDATE lock (the key is unchanged, so inserts of child rows,
// which take KEY SHARE, are not blocked) and fires no ON UPDATE action; SQLite, whose
// writers already take turns, takes its write lock at this point instead of at the
// first insert.
import type { DbTransaction } from './create-prisma-client'

export type LockableTable = 'Account' | 'User' | 'Group' | 'Role' | 'ManagedPolicy'

/** Locks row `id` of `table` until the transaction ends; false when there is no such row. */
export async function lockRow(tx: DbTransaction, table: LockableTable, id: string): Promise<boolean> {
  // One literal statement per table: a table name is never spliced into SQL text.
  const updated =
    table === 'Account' ? await tx.$executeRaw`UPDATE "Account" SET "id" = "id" WHERE "id" = ${id}`
    : table === 'User' ? await tx.$executeRaw`UPDATE "User" SET "id" = "id" WHERE "id" = ${id}`
    : table === 'Group' ? await tx.$executeRaw`UPDATE "Group" SET "id" = "id" WHERE "id" = ${id}`
    : table === 'Role' ? await tx.$executeRaw`UPDATE "Role" SET "id" = "id" WHERE "id" = ${id}`
    : await tx.$executeRaw`UPDATE "ManagedPolicy" SET "id" = "id" WHERE "id" = ${id}`
  return updated > 0
}
