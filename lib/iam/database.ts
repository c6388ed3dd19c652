// The database lib/iam operates on: the app's Prisma client, unless a test or a script
// points lib/iam at another one (a fresh test database, a benchmark's database).
import { prisma, type Db } from '@/lib/db/client'

let override: Db | null = null

export function iamDatabase(): Db {
  return override ?? prisma
}

/** For tests and scripts: run lib/iam against `db` (null = back to the app's client). */
export function useIamDatabase(db: Db | null): void {
  override = db
}
