// The app's Prisma client: one per process, for the database DATABASE_URL names (see
// create-prisma-client.ts). Scripts and tests that need another database call
// createPrismaClient(url) themselves.
import { createPrismaClient, type Db } from './create-prisma-client'

export { createPrismaClient, databaseUrl, isPostgresUrl, type Db, type DbTransaction } from './create-prisma-client'

// Next dev re-evaluates modules on every edit; caching on globalThis keeps one client
// (one SQLite handle / one pg pool) per process instead of one per reload.
const globalForPrisma = globalThis as unknown as { sandboxIamPrisma?: Db }

export const prisma: Db = globalForPrisma.sandboxIamPrisma ?? createPrismaClient()
if (process.env.NODE_ENV !== 'production') globalForPrisma.sandboxIamPrisma = prisma
