// npm run bench:load: how the console holds up under a classroom. Serves the console as
// `npm start` does (scripts/serve-next.ts over the existing .next build, or `next build`
// first when there is none or --build is given) on its own loopback port with a fresh
// database: the sandbox seed plus --users IAM users
// with console passwords, made through lib/iam by the account's root (bench/load/
// seed-load-account.ts); most are in Admins (AdministratorAccess), every 8th in Auditors
// (read-only). --clients clients each sign in as one of them through next-auth's
// credentials flow over HTTP, as the sign-in form does (GET /api/auth/csrf, POST
// /api/auth/callback/credentials), and keep their session cookie.
//
// Phase 1: for --duration seconds the clients load the users, groups, roles and policies
// pages (GET, the HTML a browser receives) and, one request in four, write: create a user,
// tag it, attach a policy, delete it. Each client waits --think-ms (default 1000, ±50%)
// between requests, as a person reading the page does; with --think-ms 0 each sends its
// next request as soon as the last one is answered, which measures the server's capacity
// (req/s) rather than a classroom's latency. Writes are posted to the console's own server
// actions the way its forms post them (Next-Action header with the action id from the
// build's server-reference-manifest.json, React's encoded form body; see
// bench/load/server-actions.ts), not to lib/iam directly, so a write costs what a
// browser's costs: the action, the gate, the transaction, the revalidated page it returns.
// There is no other HTTP surface for writes (the console has no IAM API endpoint). The
// fetch form of the call (not the no-JavaScript form post) is the one the console's forms
// make, and it answers with the action's FormState, which tells a success, the expected
// AccessDenied and any other error apart.
// Phase 2: the same, while --flood-clients clients post wrong passwords without pause,
// each attempt from a new 127.x.y.z address, so that neither the per-user nor the
// per-address throttle spares the server its password hashing (bench/load/workload.ts).
//
// Printed per phase and per request kind: requests/s, p50/p95/p99 latency (request to last
// byte), errors (any answer but the expected page or action result, including an
// AccessDenied for an administrator) and the read-only clients' AccessDenied (expected,
// counted apart). Target (issue 10): pages p95 under 100 ms and no errors, in both phases.
// Also the server's CPU time per phase (from /proc): on a shared machine it tells whether
// the server was busy or waiting for a core.
//
//   npm run bench:load                                   SQLite (bench/.work/load.db)
//   npm run bench:load -- --duration 5                   a short run
//   npm run bench:load -- --database-url postgresql://postgres:postgres@localhost:5432/iam_load
//       (or BENCH_DATABASE_URL=...): PostgreSQL. The database is RESET (all tables dropped).
//   other flags: --build, --port N (default: a free one), --clients 32, --flood-clients 8,
//   --users 40, --think-ms 1000
import os from 'node:os'
import path from 'node:path'
import { parseArgs } from 'node:util'
import { isPostgresUrl } from '@/lib/db/create-prisma-client'
import { ConsoleClient } from '@/tests/support/console-http/console-client'
import { signIn } from '@/tests/support/console-http/console-sign-in'
import { seedLoadAccount, USER_PASSWORD } from './load/seed-load-account'
import { loadServerActionIds } from '@/tests/support/console-http/server-actions'
import { formatTally, Tally } from './load/tally'
import { runSignedInClient, runWrongSignInFlood, signedInClient, warmUp, type ConsoleActionIds, type SignedInClient } from './load/workload'
import { ensureBuild, freePort, root, startNextServer, type RunningServer } from './support/next-server'

const PAGES_P95_TARGET_MS = 100

const { values: flags } = parseArgs({
  options: {
    duration: { type: 'string', default: '60' },
    'database-url': { type: 'string' },
    build: { type: 'boolean', default: false },
    port: { type: 'string' },
    clients: { type: 'string', default: '32' },
    'flood-clients': { type: 'string', default: '8' },
    users: { type: 'string', default: '40' },
    'think-ms': { type: 'string', default: '1000' },
  },
})

function positiveInteger(name: string, value: string): number {
  const n = Number(value)
  if (!Number.isInteger(n) || n < 1) throw new Error(`--${name} must be a positive whole number, got "${value}"`)
  return n
}

const durationS = positiveInteger('duration', flags.duration)
const clientCount = positiveInteger('clients', flags.clients)
const floodCount = positiveInteger('flood-clients', flags['flood-clients'])
const userCount = positiveInteger('users', flags.users)
const thinkMs = flags['think-ms'] === '0' ? 0 : positiveInteger('think-ms', flags['think-ms'])
const databaseUrl = flags['database-url'] || process.env.BENCH_DATABASE_URL || `file:${path.join(root, 'bench/.work/load.db')}`
const databaseName = isPostgresUrl(databaseUrl) ? 'PostgreSQL' : 'SQLite'

function actionIds(): ConsoleActionIds {
  const id = loadServerActionIds(path.join(root, '.next'))
  const userActions = 'app/(console)/users/[userName]/actions.ts'
  return {
    createUser: id('app/(console)/users/create/actions.ts', 'createUserAction'),
    saveUserTags: id(userActions, 'saveUserTagsAction'),
    addUserPermissions: id(userActions, 'addUserPermissionsAction'),
    deleteUser: id(userActions, 'deleteUserAction'),
  }
}

const loadAverage = () => os.loadavg().map((l) => l.toFixed(2)).join(' ')

async function phase(
  label: string,
  server: RunningServer,
  clients: SignedInClient[],
  actions: ConsoleActionIds,
  flood?: (until: number, tally: Tally) => Promise<void>[],
) {
  const tally = new Tally()
  const cpuBefore = server.cpuSeconds()
  const started = performance.now()
  const until = started + durationS * 1000
  await Promise.all([...clients.map((c) => runSignedInClient(c, actions, thinkMs, until, tally)), ...(flood?.(until, tally) ?? [])])
  // The last requests end after the deadline: rates are over the time actually taken.
  const seconds = (performance.now() - started) / 1000
  // On a shared machine the server may get less than the cores it could use: its CPU
  // time says how much of the wall time it actually ran.
  const cpu = server.cpuSeconds() - cpuBefore
  console.log(`\n${label} (${seconds.toFixed(1)} s; load average ${loadAverage()}):`)
  console.log(formatTally(tally, seconds))
  console.log(`  server CPU: ${cpu.toFixed(1)} s in ${seconds.toFixed(1)} s (${(cpu / seconds).toFixed(2)} cores), ${((cpu * 1000) / Math.max(1, tally.count())).toFixed(1)} ms per request`)
  return { tally, seconds }
}

function verdict(label: string, tally: Tally, seconds: number): void {
  const pages = tally.summary('pages', seconds)
  const errors = ['pages', 'writes', 'wrong sign-ins'].reduce((n, kind) => n + (tally.summary(kind, seconds)?.errors ?? 0), 0)
  const met = pages !== undefined && pages.p95 < PAGES_P95_TARGET_MS && errors === 0
  console.log(`  ${label}: pages p95 ${pages?.p95.toFixed(1)} ms (target < ${PAGES_P95_TARGET_MS}), ${errors} errors (target 0) -> ${met ? 'met' : 'NOT met'}`)
}

async function main() {
  console.log(`bench:load on ${databaseName}: ${clientCount} signed-in clients (${thinkMs} ms between requests), ${durationS} s per phase, ${floodCount} wrong sign-in clients in phase 2; ${os.cpus().length} CPUs, load average ${loadAverage()}`)
  ensureBuild(flags.build)
  const actions = actionIds()
  const seeding = performance.now()
  const { account, users } = await seedLoadAccount(databaseUrl, userCount)
  console.log(`Database: fresh ${databaseName}, ${users.length} users (${users.filter((u) => u.readOnly).length} read-only) made through lib/iam in ${((performance.now() - seeding) / 1000).toFixed(1)} s`)

  const server = await startNextServer(databaseUrl, flags.port ? positiveInteger('port', flags.port) : await freePort())
  const opened: ConsoleClient[] = []
  try {
    const clients = await Promise.all(
      Array.from({ length: clientCount }, async (_, index): Promise<SignedInClient> => {
        const client = new ConsoleClient(server.baseUrl)
        opened.push(client)
        const user = users[index % users.length]!
        await signIn(client, { account, userName: user.userName, password: USER_PASSWORD })
        return signedInClient(client, user, index)
      }),
    )
    const readers = clients.filter((c) => c.user.readOnly).length
    console.log(`Signed in: ${clients.length} clients at ${server.baseUrl} (${readers} read-only, whose writes are expected to be denied)`)
    await Promise.all(clients.map((c) => warmUp(c, actions)))

    const quiet = await phase('Phase 1: signed-in clients', server, clients, actions)
    const flooded = await phase(`Phase 2: the same with ${floodCount} clients posting wrong passwords`, server, clients, actions, (until, tally) =>
      Array.from({ length: floodCount }, (_, i) => {
        // No keep-alive: each attempt opens its own connection from its own address.
        const client = new ConsoleClient(server.baseUrl, false)
        return runWrongSignInFlood(client, i, floodCount, users, account, until, tally)
      }),
    )

    const p95 = (r: { tally: Tally; seconds: number }, kind: string) => r.tally.summary(kind, r.seconds)?.p95.toFixed(1) ?? '-'
    const flood = flooded.tally.summary('wrong sign-ins', flooded.seconds)
    console.log(`\nPages p95: ${p95(quiet, 'pages')} ms without, ${p95(flooded, 'pages')} ms during ${flood?.perSecond.toFixed(1) ?? 0} wrong sign-ins/s (writes p95: ${p95(quiet, 'writes')} / ${p95(flooded, 'writes')} ms)`)
    console.log(`Target (${databaseName}):`)
    verdict('phase 1', quiet.tally, quiet.seconds)
    verdict('phase 2', flooded.tally, flooded.seconds)
  } finally {
    for (const c of opened) c.close()
    server.stop()
  }
}

main()
  .catch((error) => {
    console.error(error)
    process.exitCode = 1
  })
  .finally(() => process.exit())
