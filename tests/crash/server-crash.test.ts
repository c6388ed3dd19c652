// Crashes lose nothing: the built console, served as `npm start` serves it
// (scripts/serve-next.ts), is SIGKILLed while 20 clients write through its server
// actions. Afterwards every write it answered as done is in the database, no table holds
// a row without its parent, and the restarted server serves: the same clients, with the
// sessions they had, write and are answered once more, and a user created before the
// crash opens in the console.
//
// Runs on SQLite, or on PostgreSQL with TEST_DATABASE_URL; needs a build (`next build`;
// `npm test` builds before this stage). `npm run test:crash`.
import { spawn, type ChildProcess } from 'node:child_process'
import { existsSync } from 'node:fs'
import path from 'node:path'
import { afterAll, beforeAll, expect, test } from 'vitest'
import { seedSandbox } from '@/scripts/seed'
import { ConsoleClient } from '@/tests/support/console-http/console-client'
import { signInAsRoot } from '@/tests/support/console-http/console-sign-in'
import { createTestDatabase, repoRoot, testDatabaseKind, type TestDatabase } from '@/tests/support/test-database'
import { consoleActionIds, startConsoleWriters } from './console-writers'
import { CRASH_CLIENTS, inconsistencies, missingAcknowledgedWrites, type Ack } from './crash-acks'

const ACKS_BEFORE_KILL = 400
const ACKS_AFTER_RESTART = 100
const PORT = Number(process.env.CRASH_PORT ?? 3101)
const BASE = `http://127.0.0.1:${PORT}`
const ROOT_EMAIL = 'crash-root@example.com'
const ROOT_PASSWORD = 'Crash-root-password-1!'

let db: TestDatabase
let accountId: string
const servers: ChildProcess[] = []
const clients: ConsoleClient[] = []
beforeAll(async () => {
  if (!existsSync(path.join(repoRoot, '.next/BUILD_ID'))) throw new Error('tests/crash serves the built console: run `next build` first')
  db = await createTestDatabase()
  accountId = (await seedSandbox(db.prisma, { rootEmail: ROOT_EMAIL, rootPassword: ROOT_PASSWORD, userPassword: 'Crash-user-password-1!' })).accountId
})
afterAll(async () => {
  for (const c of clients) c.close()
  for (const server of servers) if (server.exitCode === null && server.signalCode === null) server.kill('SIGKILL')
  await db?.cleanup()
})

/** scripts/serve-next.ts on PORT against the test database, run by node itself (so a SIGKILL reaches the server, not a wrapper); resolves once it answers. */
async function startConsole(): Promise<ChildProcess> {
  const server = spawn(process.execPath, ['--import', 'tsx', 'scripts/serve-next.ts'], {
    cwd: repoRoot,
    env: { ...process.env, DATABASE_URL: db.url, HOST: '127.0.0.1', PORT: String(PORT), NEXTAUTH_URL: BASE, NEXTAUTH_SECRET: 'crash-test-only', NEXT_TELEMETRY_DISABLED: '1', NODE_ENV: 'production' },
    stdio: ['ignore', 'ignore', 'inherit'],
  })
  servers.push(server)
  for (let attempt = 0; attempt < 300; attempt++) {
    if (server.exitCode !== null) throw new Error(`the console exited with code ${server.exitCode}`)
    if (await fetch(`${BASE}/api/health`).then((r) => r.ok, () => false)) return server
    await new Promise((resolve) => setTimeout(resolve, 200))
  }
  throw new Error(`the console did not answer on port ${PORT}`)
}

const exited = (server: ChildProcess) => new Promise<NodeJS.Signals | number | null>((resolve) => server.on('exit', (code, signal) => resolve(signal ?? code)))

test(`SIGKILL of the console while ${CRASH_CLIENTS} clients write (${testDatabaseKind()}): every answered write is kept, every table consistent, and the restarted console serves`, async () => {
  const ids = consoleActionIds()
  let server = await startConsole()
  // One root session, one tab per client (each its own connection).
  const first = new ConsoleClient(BASE)
  await signInAsRoot(first, { email: ROOT_EMAIL, password: ROOT_PASSWORD })
  for (let i = 0; i < CRASH_CLIENTS; i++) {
    const c = i === 0 ? first : new ConsoleClient(BASE)
    for (const [k, v] of first.cookies) c.cookies.set(k, v)
    clients.push(c)
  }

  const before = startConsoleWriters(clients, ids, accountId, 'a')
  await before.acknowledged(ACKS_BEFORE_KILL)
  // Up to here the server was alive: no write may have failed.
  expect(before.failures).toEqual([])
  const killed = exited(server)
  server.kill('SIGKILL')
  expect(await killed).toBe('SIGKILL')
  before.stop()
  await before.finished
  const acks: Ack[] = [...before.acks]
  expect(new Set(acks.map((a) => a.kind)).size).toBe(7)
  expect(await missingAcknowledgedWrites(db.prisma, acks)).toEqual([])
  expect(await inconsistencies(db.prisma, db.url)).toEqual([])

  // Restarted, the console takes the same clients' writes again (their session is a row
  // in the database, not the killed process's memory).
  server = await startConsole()
  const after = startConsoleWriters(clients, ids, accountId, 'b')
  await after.acknowledged(ACKS_AFTER_RESTART)
  after.stop()
  await after.finished
  expect(after.failures).toEqual([])
  expect(await missingAcknowledgedWrites(db.prisma, [...acks, ...after.acks])).toEqual([])
  expect(await inconsistencies(db.prisma, db.url)).toEqual([])

  // And a user acknowledged before the crash opens in the console.
  const deleted = new Set(acks.flatMap((a) => (a.kind === 'deletedUser' ? [a.user] : [])))
  const kept = acks.find((a): a is Extract<Ack, { kind: 'user' }> => a.kind === 'user' && !deleted.has(a.user))!
  const page = await first.get(`/users/${kept.user}`)
  expect(page.status).toBe(200)
  expect(page.body).toContain(kept.user)
}, 300_000)
