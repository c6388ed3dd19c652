// The app's Prisma client: one per process, for the database DATABASE_URL names (see
// create-prisma-client.ts). Scripts and tests that need another database call
// createPrismaClient(url) themselves.
import { createPrismaClient, type Db } from './create-prisma-client'

export { createPrismaClient, databaseUrl, isPostgresUrl, type Db, type DbTransaction } from './create-prisma-client'

// One client per process, kept on globalThis: Next dev re-evaluates modules on every
// edit, and in production scripts/serve-next.ts loads lib/ itself (for the AWS API)
// beside the copy in Next's build. One SQLite connection per process matters: two on
// one event loop could wait on each other's write lock (better-sqlite3 waits
// synchronously). Likewise one pg pool.
const globalForPrisma = globalThis as unknown as { sandboxIamPrisma?: Db }

export const prisma: Db = (globalForPrisma.sandboxIamPrisma ??= createPrismaClient())
