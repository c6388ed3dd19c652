// A fresh, migrated database per call, for integration tests: a temporary SQLite file
// by default, or a new database on the PostgreSQL server of TEST_DATABASE_URL.
//
// Migrations are applied by scripts/db.ts deploy, as `npm start` does, but only once per
// set of migration files: the result is kept as a template (a file for SQLite, a
// template database for PostgreSQL) and each call copies it, which takes milliseconds
// instead of the second or two a deploy takes.
import { execFile } from 'node:child_process'
import { createHash, randomBytes } from 'node:crypto'
import { existsSync, readdirSync, readFileSync } from 'node:fs'
import { copyFile, mkdir, rename, rm } from 'node:fs/promises'
import os from 'node:os'
import path from 'node:path'
import { fileURLToPath } from 'node:url'
import { promisify } from 'node:util'
import pg from 'pg'
import { createPrismaClient, type Db } from '@/lib/db/create-prisma-client'

export interface TestDatabase {
  prisma: Db
  /** The DATABASE_URL of this database (for spawning scripts against it). */
  url: string
  /** Disconnects and deletes the database. */
  cleanup(): Promise<void>
}

export const repoRoot = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../..')
const tsxBin = path.join(repoRoot, 'node_modules/.bin/tsx')
const run = promisify(execFile)

/**
 * Applies the migrations to `url` with scripts/db.ts deploy; returns its output.
 * `migrationsDir`: another folder of migrations (a prefix of the real ones, to test a
 * migration on data the earlier ones left).
 */
export async function deployMigrations(url: string, migrationsDir?: string): Promise<string> {
  const env: NodeJS.ProcessEnv = { ...process.env, DATABASE_URL: url }
  // db.ts picks the schema and migrations folder from the URL unless these override it.
  delete env.PRISMA_SCHEMA
  delete env.PRISMA_MIGRATIONS
  if (migrationsDir) env.PRISMA_MIGRATIONS = migrationsDir
  const { stdout } = await run(tsxBin, ['scripts/db.ts', 'deploy'], { cwd: repoRoot, env })
  return stdout
}

function migrationsFingerprint(dir: string): string {
  const hash = createHash('sha256')
  for (const name of readdirSync(dir).sort()) {
    const file = path.join(dir, name, 'migration.sql')
    if (!existsSync(file)) continue
    hash.update(name).update('\0').update(readFileSync(file)).update('\0')
  }
  return hash.digest('hex').slice(0, 16)
}

export function testDatabaseKind(): 'sqlite' | 'postgresql' {
  return process.env.TEST_DATABASE_URL ? 'postgresql' : 'sqlite'
}

export function createTestDatabase(): Promise<TestDatabase> {
  const serverUrl = process.env.TEST_DATABASE_URL
  return serverUrl ? createPostgresTestDatabase(serverUrl) : createSqliteTestDatabase()
}

const tmpRoot = path.join(os.tmpdir(), 'sandbox-iam-tests')

let sqliteTemplate: Promise<string> | undefined
function sqliteTemplateFile(): Promise<string> {
  sqliteTemplate ??= (async () => {
    const file = path.join(tmpRoot, `template-${migrationsFingerprint(path.join(repoRoot, 'prisma/migrations'))}.db`)
    if (existsSync(file)) return file
    await mkdir(tmpRoot, { recursive: true })
    // Build beside it and rename: test files run in parallel workers, and a reader must
    // never see a half-migrated template.
    const partial = `${file}.${randomBytes(4).toString('hex')}.partial`
    await deployMigrations(`file:${partial}`)
    await rename(partial, file)
    // The schema engine works in exclusive locking mode, where SQLite keeps an (inactive)
    // rollback journal instead of deleting it; it belongs to the old name.
    await rm(`${partial}-journal`, { force: true })
    return file
  })()
  return sqliteTemplate
}

async function createSqliteTestDatabase(): Promise<TestDatabase> {
  const template = await sqliteTemplateFile()
  const file = path.join(tmpRoot, `test-${process.pid}-${randomBytes(6).toString('hex')}.db`)
  await copyFile(template, file)
  const url = `file:${file}`
  const prisma = createPrismaClient(url)
  return {
    prisma,
    url,
    async cleanup() {
      await prisma.$disconnect()
      for (const f of [file, `${file}-wal`, `${file}-shm`, `${file}-journal`]) await rm(f, { force: true })
    },
  }
}

/**
 * An empty database with no tables (for testing migrations themselves): a new file
 * path for SQLite, a new database on the TEST_DATABASE_URL server for PostgreSQL.
 */
export async function createEmptyDatabase(): Promise<{ url: string; cleanup(): Promise<void> }> {
  const serverUrl = process.env.TEST_DATABASE_URL
  if (serverUrl) {
    const database = `sandbox_iam_empty_${randomBytes(6).toString('hex')}`
    await onServer(serverUrl, (c) => c.query(`CREATE DATABASE "${database}"`))
    return {
      url: withDatabase(serverUrl, database),
      cleanup: () => onServer(serverUrl, (c) => c.query(`DROP DATABASE IF EXISTS "${database}" WITH (FORCE)`)).then(() => undefined),
    }
  }
  await mkdir(tmpRoot, { recursive: true })
  const file = path.join(tmpRoot, `empty-${process.pid}-${randomBytes(6).toString('hex')}.db`)
  return {
    url: `file:${file}`,
    async cleanup() {
      for (const f of [file, `${file}-wal`, `${file}-shm`, `${file}-journal`]) await rm(f, { force: true })
    },
  }
}

function withDatabase(serverUrl: string, database: string): string {
  const url = new URL(serverUrl)
  url.pathname = `/${database}`
  return url.toString()
}

async function onServer<T>(serverUrl: string, fn: (client: pg.Client) => Promise<T>): Promise<T> {
  const client = new pg.Client({ connectionString: serverUrl })
  await client.connect()
  try {
    return await fn(client)
  } finally {
    await client.end()
  }
}

let postgresTemplate: Promise<string> | undefined
function postgresTemplateDatabase(serverUrl: string): Promise<string> {
  postgresTemplate ??= (async () => {
    const name = `sandbox_iam_template_${migrationsFingerprint(path.join(repoRoot, 'prisma/postgres/migrations'))}`
    const exists = await onServer(serverUrl, async (c) => (await c.query('SELECT 1 FROM pg_database WHERE datname = $1', [name])).rowCount)
    if (exists) return name
    const partial = `${name}_${randomBytes(4).toString('hex')}`
    await onServer(serverUrl, (c) => c.query(`CREATE DATABASE "${partial}"`))
    await deployMigrations(withDatabase(serverUrl, partial))
    try {
      await onServer(serverUrl, (c) => c.query(`ALTER DATABASE "${partial}" RENAME TO "${name}"`))
    } catch (err) {
      // Another worker finished its template first: use theirs.
      if ((err as { code?: string }).code !== '42P04') throw err
      await onServer(serverUrl, (c) => c.query(`DROP DATABASE IF EXISTS "${partial}"`))
    }
    return name
  })()
  return postgresTemplate
}

async function createPostgresTestDatabase(serverUrl: string): Promise<TestDatabase> {
  const template = await postgresTemplateDatabase(serverUrl)
  const database = `sandbox_iam_test_${randomBytes(6).toString('hex')}`
  for (let attempt = 0; ; attempt++) {
    try {
      await onServer(serverUrl, (c) => c.query(`CREATE DATABASE "${database}" TEMPLATE "${template}"`))
      break
    } catch (err) {
      // 55006: the template is briefly in use (another worker is copying or renaming it).
      if ((err as { code?: string }).code !== '55006' || attempt >= 50) throw err
      await new Promise((resolve) => setTimeout(resolve, 100))
    }
  }
  const url = withDatabase(serverUrl, database)
  const prisma = createPrismaClient(url)
  return {
    prisma,
    url,
    async cleanup() {
      await prisma.$disconnect()
      await onServer(serverUrl, (c) => c.query(`DROP DATABASE IF EXISTS "${database}" WITH (FORCE)`))
    },
  }
}
