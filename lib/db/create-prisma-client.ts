// Creates Prisma clients for the app, scripts and tests. DATABASE_URL picks the database:
// `file:...` (default ./data/sandbox.db) is an embedded SQLite file, `postgres://` or
// `postgresql://` is PostgreSQL. A Prisma client generated from a sqlite schema refuses
// the pg adapter, so each database has its own generated client (prisma/schema.prisma
// and the generated prisma/postgres/schema.prisma, same models); callers see one type.
import { createHash } from 'node:crypto'
import path from 'node:path'
import { PrismaBetterSqlite3 } from '@prisma/adapter-better-sqlite3'
import { PrismaPg } from '@prisma/adapter-pg'
import { PrismaClient as SqlitePrismaClient } from '../generated/prisma/client'
import { PrismaClient as PostgresPrismaClient } from '../generated/prisma-postgres/client'
import { PREPARED_STATEMENT_MARKER } from './prepared-statement-marker'
import { preparePrivateSqliteFile } from './private-files'
import { cachePreparedStatements, type SqliteDatabase } from './sqlite-statement-cache'

/** The client type for both databases (the PostgreSQL client has the same models). */
export type Db = SqlitePrismaClient
/** A transaction client, as passed to `prisma.$transaction(async (tx) => ...)`. */
export type DbTransaction = Parameters<Parameters<Db['$transaction']>[0]>[0]

export const DEFAULT_DATABASE_URL = 'file:./data/sandbox.db'

export function databaseUrl(): string {
  return process.env.DATABASE_URL || DEFAULT_DATABASE_URL
}

export function isPostgresUrl(url: string): boolean {
  return /^postgres(ql)?:\/\//.test(url)
}

/** The file a `file:` URL names, resolved against the working directory. */
export function sqliteFilePath(url: string): string {
  return path.resolve(url.replace(/^file:/, '').replace(/\?.*$/, ''))
}

// The server and the scripts (seed, migrations, benchmarks) may use one file at once:
// WAL lets readers run beside a writer, and a busy timeout makes a second writer wait
// for the lock instead of failing with SQLITE_BUSY at once. Migrations are the
// exception: Prisma's schema engine locks the file exclusively, which an open WAL
// connection prevents, so scripts/db.ts runs before the server starts (scripts/start.ts).
const SQLITE_BUSY_TIMEOUT_MS = 10_000

// How long a write waits to start its transaction: on PostgreSQL, for one of the pool's
// connections (node-postgres' default pool of 10). Prisma's default of 2 s failed writes
// with P2028 (ServiceFailure) when 32 console clients saturated the server's CPU and
// every pooled connection was held by a transaction; a write now waits as long as a
// second SQLite writer waits for the lock. `timeout` (how long one may run) keeps its default.
const TRANSACTION_OPTIONS = { maxWait: SQLITE_BUSY_TIMEOUT_MS }

class SharedSqliteAdapter extends PrismaBetterSqlite3 {
  override async connect() {
    const adapter = await super.connect()
    // journal_mode=WAL is stored in the file; synchronous=NORMAL is safe under WAL and
    // avoids an fsync per transaction.
    await adapter.executeScript('PRAGMA journal_mode = WAL; PRAGMA synchronous = NORMAL; PRAGMA foreign_keys = ON;')
    cachePreparedStatements((adapter as unknown as { client: SqliteDatabase }).client)
    return adapter
  }
}

export function createPrismaClient(url: string = databaseUrl()): Db {
  if (isPostgresUrl(url)) {
    return new PostgresPrismaClient({ adapter: new PrismaPg(
        { connectionString: url },
        // Only marked statements are prepared, so each connection keeps a bounded set
        // (lists with IN (...) would otherwise prepare a new statement per length).
        // The adapter passes the name to pg, which runs an undefined name as an unnamed
        // statement; its type just doesn't say so.
        { statementNameGenerator: preparedStatementName as (query: { sql: string }) => string },
      ), transactionOptions: TRANSACTION_OPTIONS }) as unknown as Db
  }
  if (!url.startsWith('file:')) {
    throw new Error(`DATABASE_URL must start with file: (SQLite) or postgresql:// (PostgreSQL), got "${url}"`)
  }
  const file = sqliteFilePath(url)
  preparePrivateSqliteFile(file)
  return new SqlitePrismaClient({
    adapter: new SharedSqliteAdapter({ url: `file:${file}`, timeout: SQLITE_BUSY_TIMEOUT_MS }),
    transactionOptions: TRANSACTION_OPTIONS,
  })
}

function preparedStatementName(query: { sql: string }): string | undefined {
  return query.sql.startsWith(PREPARED_STATEMENT_MARKER) ? 's' + createHash('sha1').update(query.sql).digest('hex').slice(0, 20) : undefined
}
