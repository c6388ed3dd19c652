// Crashes lose nothing: 20 clients write through lib/iam in a child process, which is
// SIGKILLed mid-write; afterwards every write it acknowledged is in the database, no
// table holds a row without its parent, and the database serves again: the writer,
// restarted, writes and is acknowledged once more, and the built console (`next start`)
// signs the root user in and shows a user created before the crash.
//
// Why a child process and not the console: the console writes only through server
// actions (no HTTP write API exists), whose ids change with every build. The child runs
// the same lib/iam operations those actions call, with the same Prisma client setup
// (lib/db/create-prisma-client.ts), so a kill at any point of a transaction is a kill of
// what the server would be doing.
//
// Runs on SQLite, or on PostgreSQL with TEST_DATABASE_URL; needs a build (`next build`;
// `npm test` builds before this stage). `npm run test:crash`.
import { spawn, type ChildProcess } from 'node:child_process'
import { existsSync } from 'node:fs'
import path from 'node:path'
import { createInterface } from 'node:readline'
import { afterAll, beforeAll, expect, test } from 'vitest'
import { seedSandbox } from '@/scripts/seed'
import { createTestDatabase, repoRoot, testDatabaseKind, type TestDatabase } from '@/tests/support/test-database'
import { CRASH_CLIENTS, inconsistencies, missingAcknowledgedWrites, type Ack } from './crash-acks'

const ACKS_BEFORE_KILL = 400
const ACKS_AFTER_RESTART = 100
const PORT = Number(process.env.CRASH_PORT ?? 3101)
const ROOT_EMAIL = 'crash-root@example.com'
const ROOT_PASSWORD = 'Crash-root-password-1!'

let db: TestDatabase
const children: ChildProcess[] = []
beforeAll(async () => {
  if (!existsSync(path.join(repoRoot, '.next/BUILD_ID'))) throw new Error('tests/crash serves the built console: run `next build` first')
  db = await createTestDatabase()
  await seedSandbox(db.prisma, { rootEmail: ROOT_EMAIL, rootPassword: ROOT_PASSWORD, userPassword: 'Crash-user-password-1!' })
})
afterAll(async () => {
  for (const child of children) if (child.exitCode === null && child.signalCode === null) child.kill('SIGTERM')
  await db?.cleanup()
})

interface Writer {
  acks: Ack[]
  /** Resolves once `n` writes are acknowledged. */
  acknowledged(n: number): Promise<void>
  exited: Promise<{ code: number | null; signal: NodeJS.Signals | null }>
  process: ChildProcess
}

function startWriter(run: string, stopAfter?: number): Writer {
  // Node itself with tsx as a loader: the tsx command runs the script in a child process,
  // which a SIGKILL of the command leaves running (and writing).
  const child = spawn(process.execPath, ['--import', 'tsx', 'tests/crash/crash-writer.ts'], {
    cwd: repoRoot,
    env: { ...process.env, DATABASE_URL: db.url, RUN: run, ...(stopAfter ? { STOP_AFTER: String(stopAfter) } : {}) },
    stdio: ['ignore', 'pipe', 'inherit'],
  })
  children.push(child)
  const acks: Ack[] = []
  const waiting: { n: number; resolve: () => void }[] = []
  createInterface({ input: child.stdout! }).on('line', (line) => {
    acks.push(JSON.parse(line) as Ack)
    for (const w of waiting.filter((w) => acks.length >= w.n)) w.resolve()
  })
  // 'close', not 'exit': the lines still in the pipe when the process ends are read first.
  const exited = new Promise<{ code: number | null; signal: NodeJS.Signals | null }>((resolve) => child.on('close', (code, signal) => resolve({ code, signal })))
  return {
    acks,
    process: child,
    exited,
    acknowledged: (n) => new Promise((resolve, reject) => {
      waiting.push({ n, resolve })
      void exited.then(({ code, signal }) => reject(new Error(`the writer exited (${signal ?? code}) after ${acks.length} acknowledgements`)))
    }),
  }
}

/** `next start` on PORT against the test database; resolves once it answers. */
async function startConsole(): Promise<ChildProcess> {
  const server = spawn(path.join(repoRoot, 'node_modules/.bin/next'), ['start', '-H', '127.0.0.1', '-p', String(PORT)], {
    cwd: repoRoot,
    env: { ...process.env, DATABASE_URL: db.url, NEXTAUTH_URL: `http://localhost:${PORT}`, NEXTAUTH_SECRET: 'crash-test-only', NEXT_TELEMETRY_DISABLED: '1' },
    stdio: 'ignore',
  })
  children.push(server)
  for (let attempt = 0; attempt < 300; attempt++) {
    if (server.exitCode !== null) throw new Error(`next start exited with code ${server.exitCode}`)
    if (await fetch(`http://127.0.0.1:${PORT}/api/health`).then((r) => r.ok, () => false)) return server
    await new Promise((resolve) => setTimeout(resolve, 200))
  }
  throw new Error(`next start did not answer on port ${PORT}`)
}

/** Signs the root user in through next-auth's credentials endpoint; the session cookies. */
async function signInAsRoot(base: string): Promise<string> {
  const cookies = new Map<string, string>()
  const keep = (response: Response) => {
    for (const c of response.headers.getSetCookie()) {
      const [pair] = c.split(';')
      const at = pair!.indexOf('=')
      cookies.set(pair!.slice(0, at), pair!.slice(at + 1))
    }
  }
  const header = () => [...cookies].map(([k, v]) => `${k}=${v}`).join('; ')
  const csrf = await fetch(`${base}/api/auth/csrf`)
  keep(csrf)
  const { csrfToken } = (await csrf.json()) as { csrfToken: string }
  const signIn = await fetch(`${base}/api/auth/callback/credentials`, {
    method: 'POST',
    redirect: 'manual',
    headers: { 'content-type': 'application/x-www-form-urlencoded', cookie: header() },
    body: new URLSearchParams({ csrfToken, kind: 'root', email: ROOT_EMAIL, password: ROOT_PASSWORD, json: 'true' }),
  })
  keep(signIn)
  expect([...cookies.keys()].some((k) => k.endsWith('next-auth.session-token'))).toBe(true)
  return header()
}

test(`SIGKILL while ${CRASH_CLIENTS} clients write (${testDatabaseKind()}): every acknowledged write is kept, every table consistent, and the restarted server serves`, async () => {
  const writer = startWriter('a')
  await writer.acknowledged(ACKS_BEFORE_KILL)
  writer.process.kill('SIGKILL')
  expect((await writer.exited).signal).toBe('SIGKILL')
  const acks = [...writer.acks]
  expect(new Set(acks.map((a) => a.kind)).size).toBe(7)

  expect(await missingAcknowledgedWrites(db.prisma, acks)).toEqual([])
  expect(await inconsistencies(db.prisma, db.url)).toEqual([])

  // Restarted, the writer goes on where the clients were killed: the database takes writes.
  const restarted = startWriter('b', ACKS_AFTER_RESTART)
  expect(await restarted.exited).toEqual({ code: 0, signal: null })
  expect(restarted.acks.length).toBeGreaterThanOrEqual(ACKS_AFTER_RESTART)
  expect(await missingAcknowledgedWrites(db.prisma, [...acks, ...restarted.acks])).toEqual([])
  expect(await inconsistencies(db.prisma, db.url)).toEqual([])

  // And the console serves it: sign in, open a user acknowledged before the crash.
  await startConsole()
  const base = `http://localhost:${PORT}`
  const cookie = await signInAsRoot(base)
  const deleted = new Set(acks.flatMap((a) => (a.kind === 'deletedUser' ? [a.user] : [])))
  const kept = acks.find((a): a is Extract<Ack, { kind: 'user' }> => a.kind === 'user' && !deleted.has(a.user))!
  const page = await fetch(`${base}/users/${kept.user}`, { headers: { cookie }, redirect: 'manual' })
  expect(page.status).toBe(200)
  expect(await page.text()).toContain(kept.user)
}, 300_000)
