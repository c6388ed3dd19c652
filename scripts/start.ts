// `npm start`: create or upgrade the database (keeping its data), seed it on first
// start, build the app and serve it on http://localhost:PORT.
//
//   PORT (3000)  HOST (127.0.0.1; set 0.0.0.0 to listen on every interface)
//   TRUST_PROXY (none: the proxies whose X-Forwarded-For / -Proto count; README, Configuration)
//   DATABASE_URL (file:./data/sandbox.db; or postgresql://user:pass@host:5432/db)
//   SEED_ROOT_EMAIL, SEED_ROOT_PASSWORD, SEED_USER_PASSWORD (first start only)
import { spawn, type ChildProcess } from 'node:child_process'
import { existsSync } from 'node:fs'
import path from 'node:path'
import { fileURLToPath } from 'node:url'
import { upgradeSecretsAtRest } from '@/lib/auth/upgrade-secrets-at-rest'
import { createPrismaClient, databaseUrl, isPostgresUrl, sqliteFilePath } from '@/lib/db/create-prisma-client'
import { preparePrivateSqliteFile, repairDataDirectory, type ModeRepair } from '@/lib/db/private-files'
import { formatSeedReport, seedOptionsFromEnv, seedSandbox, type SeedResult } from './seed'
import { serverNodeOptions } from './server-node-options'

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..')
const bin = (name: string) => path.join(root, 'node_modules/.bin', name)

const port = Number(process.env.PORT || 3000)
const host = process.env.HOST || '127.0.0.1'
const url = `http://localhost:${port}`
const env: NodeJS.ProcessEnv = {
  ...process.env,
  // The app, the migrations and the seed must all see the same database.
  DATABASE_URL: databaseUrl(),
  NEXTAUTH_URL: process.env.NEXTAUTH_URL || url,
  NEXT_TELEMETRY_DISABLED: '1',
}

let child: ChildProcess | undefined
for (const signal of ['SIGINT', 'SIGTERM'] as const) {
  process.on(signal, () => {
    child?.kill(signal)
    if (unprintedReport) console.log(`\n${unprintedReport}`)
    process.exit(130)
  })
}

function run(label: string, command: string, args: string[], extraEnv: Record<string, string> = {}): Promise<void> {
  console.log(`\n> ${label}`)
  return new Promise((resolve, reject) => {
    child = spawn(command, args, { cwd: root, env: { ...env, ...extraEnv }, stdio: 'inherit' })
    child.on('error', reject)
    child.on('exit', (code, signal) => (code === 0 ? resolve() : reject(new Error(`${label} failed (${signal ?? `exit code ${code}`})`))))
  })
}

function timed<T>(label: string, work: () => Promise<T>): Promise<T> {
  const started = performance.now()
  return work().then((value) => {
    console.log(`  ${label} took ${((performance.now() - started) / 1000).toFixed(1)} s`)
    return value
  })
}

// The database and data/secrets are the server's alone (lib/db/private-files.ts): say
// what was loosened, so the operator can look for how it happened.
function reportRepairs(repairs: ModeRepair[]) {
  for (const r of repairs) console.log(`  ${path.relative(root, r.path) || r.path}: permissions ${r.from.toString(8)} -> ${r.to.toString(8)} (owner only)`)
}

async function migrate() {
  const databaseUrl = env.DATABASE_URL!
  const sqliteFile = isPostgresUrl(databaseUrl) ? null : sqliteFilePath(databaseUrl)
  // SQLite creates the file but not its folder (./data on a fresh clone).
  const existed = sqliteFile ? existsSync(sqliteFile) : true
  reportRepairs([...repairDataDirectory(), ...(sqliteFile ? preparePrivateSqliteFile(sqliteFile) : [])])
  await timed('migrations', () =>
    run(`Applying database migrations (${sqliteFile ? databaseUrl : 'PostgreSQL'})`, bin('tsx'), ['scripts/db.ts', 'deploy']).catch((e: Error) => {
      // The schema engine locks a SQLite file exclusively; a running server prevents that.
      throw new Error(sqliteFile && existed ? `${e.message}. If a Sandbox IAM server is using ${sqliteFile}, stop it first.` : e.message)
    }),
  )
}

async function seed(): Promise<SeedResult> {
  console.log('\n> Seeding')
  const prisma = createPrismaClient(env.DATABASE_URL!)
  try {
    const result = await timed('seed', () => seedSandbox(prisma, seedOptionsFromEnv()))
    if (!result.createdAccount) console.log(`  ${formatSeedReport(result, url)}`)
    const upgraded = await upgradeSecretsAtRest(prisma)
    if (upgraded.accessKeys || upgraded.mfaSeeds) {
      console.log(`  Bound ${upgraded.accessKeys} access key secret(s) and ${upgraded.mfaSeeds} MFA seed(s) to their rows (encryption format v2)`)
    }
    return result
  } finally {
    await prisma.$disconnect()
  }
}

async function waitUntilServing(server: ChildProcess): Promise<void> {
  const deadline = Date.now() + 60_000
  while (Date.now() < deadline) {
    if (server.exitCode !== null) throw new Error(`the server exited with code ${server.exitCode}`)
    try {
      // Any HTTP answer means the server is serving (/api/health answers 200 without the database).
      await fetch(`http://127.0.0.1:${port}/api/health`)
      return
    } catch {
      // not listening yet
    }
    await new Promise((resolve) => setTimeout(resolve, 200))
  }
  throw new Error(`the server did not answer on port ${port} within 60 s`)
}

// Generated passwords exist only in this process: once the account is created they
// must reach the terminal whatever happens next.
let unprintedReport: string | undefined

async function main() {
  if (!Number.isInteger(port) || port < 1 || port > 65535) throw new Error(`PORT must be a port number, got "${process.env.PORT}"`)
  const started = performance.now()
  await migrate()
  // Build before seeding: a failed build then leaves no account whose passwords were never shown.
  await timed('build', () => run('Building (next build)', bin('next'), ['build']))
  const seeded = await seed()
  if (seeded.createdAccount) unprintedReport = formatSeedReport(seeded, url)

  // Not `next start`: it keeps a client-sent X-Forwarded-For (scripts/serve-next.ts).
  console.log(`\n> Starting (scripts/serve-next.ts on ${host}:${port})`)
  const server = spawn(bin('tsx'), ['scripts/serve-next.ts'], { cwd: root, env: { ...env, PORT: String(port), HOST: host, NODE_OPTIONS: serverNodeOptions(env.NODE_OPTIONS) }, stdio: 'inherit' })
  child = server
  server.on('exit', (code) => {
    if (unprintedReport) console.log(`\n${unprintedReport}`)
    process.exit(code ?? 1)
  })
  await waitUntilServing(server)

  // Printed last, once, so the generated passwords are not lost in the server's output.
  if (unprintedReport) console.log(`\n${unprintedReport}`)
  unprintedReport = undefined
  console.log(`\nSandbox IAM is running at ${url}  (ready in ${((performance.now() - started) / 1000).toFixed(1)} s; Ctrl+C to stop)`)
}

main().catch((e) => {
  if (unprintedReport) console.log(`\n${unprintedReport}`)
  console.error(`\nnpm start failed: ${e instanceof Error ? e.message : e}`)
  child?.kill()
  process.exit(1)
})
