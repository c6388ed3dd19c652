// Prisma's better-sqlite3 adapter prepares every statement anew (client.prepare(sql) on
// each query), and SQLite's prepare (parsing and planning) was the largest single cost in
// the server's profile of a console page. This keeps the prepared statements of the most
// recent SQL texts and hands the adapter a fresh binding of one instead: better-sqlite3
// allows bind() once per statement, so arguments are passed at execution instead.
// Statements run synchronously, so one is never in use by two queries at once.

/** The part of better-sqlite3's Database and Statement used here (the package has no types installed). */
interface Statement {
  readonly reader: boolean
  columns(): unknown[]
  raw(on: boolean): Statement
  all(args: unknown[]): unknown[]
  run(args?: unknown[]): unknown
}
export interface SqliteDatabase {
  prepare(sql: string): unknown
}

const MAX_CACHED_STATEMENTS = 500

/** What the adapter uses of a prepared statement (lib: @prisma/adapter-better-sqlite3 performIO, executeIO). */
interface BoundStatement {
  readonly reader: boolean
  columns(): unknown[]
  raw(): { all(): unknown[] }
  run(): unknown
}

function bindLater(statement: Statement): Pick<BoundStatement, 'run'> & { bind(args: unknown[]): BoundStatement } {
  return {
    run: () => statement.run(),
    bind: (args) => ({
      reader: statement.reader,
      columns: () => statement.columns(),
      raw: () => ({ all: () => statement.raw(true).all(args) }),
      run: () => statement.run(args),
    }),
  }
}

/** Makes `database.prepare` reuse statements by SQL text (least recently used dropped first). */
export function cachePreparedStatements(database: SqliteDatabase): void {
  const original = database.prepare.bind(database)
  const prepare = (sql: string) => original(sql) as Statement
  const cache = new Map<string, ReturnType<typeof bindLater>>()
  database.prepare = (sql: string) => {
    let cached = cache.get(sql)
    if (cached) cache.delete(sql)
    else {
      cached = bindLater(prepare(sql))
      if (cache.size >= MAX_CACHED_STATEMENTS) cache.delete(cache.keys().next().value!)
    }
    cache.set(sql, cached)
    return cached
  }
}
