// npm run bench:pages: how fast the users list renders for an account with 5,000 users
// (AWS's quota per account). Builds a database with the sandbox seed plus 4,997 users
// (direct inserts: a benchmark, not a test of createUser), serves it as `npm start` does
// on a free loopback port with it, signs in through the real sign-in (next-auth
// credentials), and times GET /users from request to the last byte of the response, after a warm-up.
// Target (issue 3): median under 100 ms for the first page.
//
//   npm run bench:pages              reuses .next when it exists
//   npm run bench:pages -- --build   runs `next build` first
import { mkdir, rm } from 'node:fs/promises'
import path from 'node:path'
import { createPrismaClient } from '@/lib/db/client'
import { hashPassword } from '@/lib/credentials/password-hash'
import { userArn } from '@/lib/iam/arn'
import { newUserId } from '@/lib/credentials/ids'
import { seedSandbox } from '@/scripts/seed'
import { bin, ensureBuild, freePort, root, run, startNextServer } from './support/next-server'

const workDir = path.join(root, 'bench/.work')
const dbFile = path.join(workDir, 'pages.db')
const DATABASE_URL = `file:${dbFile}`
const TOTAL_USERS = 5_000
const WARM_UP = 5
const RUNS = 20
const USER_PASSWORD = 'Bench-User-Passw0rd!'
const ROOT_PASSWORD = 'Bench-Root-Passw0rd!'

async function buildDatabase(): Promise<void> {
  await mkdir(workDir, { recursive: true })
  for (const f of [dbFile, `${dbFile}-wal`, `${dbFile}-shm`]) await rm(f, { force: true })
  run(bin('tsx'), ['scripts/db.ts', 'deploy'], { DATABASE_URL })
  const db = createPrismaClient(DATABASE_URL)
  try {
    const { accountId } = await seedSandbox(db, { rootPassword: ROOT_PASSWORD, userPassword: USER_PASSWORD })
    const groups = await db.group.findMany({ where: { accountId }, select: { id: true } })
    const passwordHash = await hashPassword(USER_PASSWORD)
    const existing = await db.user.count({ where: { accountId } })
    const start = Date.now() - 400 * 24 * 3600 * 1000
    const batch = 500
    for (let from = existing; from < TOTAL_USERS; from += batch) {
      const users = Array.from({ length: Math.min(batch, TOTAL_USERS - from) }, (_, i) => {
        const n = from + i
        const name = `user-${String(n).padStart(4, '0')}`
        const userPath = n % 3 === 0 ? '/engineering/' : n % 3 === 1 ? '/' : '/finance/'
        return {
          id: newUserId(),
          accountId,
          name,
          nameKey: name,
          path: userPath,
          arn: userArn(accountId, userPath, name),
          createdAt: new Date(start + n * 3_600_000),
          lastActivityAt: n % 4 === 0 ? new Date(start + n * 3_700_000) : null,
          passwordLastUsedAt: n % 4 === 0 ? new Date(start + n * 3_700_000) : null,
        }
      })
      await db.$transaction([
        db.user.createMany({ data: users }),
        // Half have a console password, a third are in a group: the joins the list makes.
        db.loginProfile.createMany({
          data: users.filter((_, i) => i % 2 === 0).map((u) => ({ userId: u.id, passwordHash, passwordLastChangedAt: u.createdAt })),
        }),
        db.groupMembership.createMany({
          data: users.filter((_, i) => i % 3 === 0).map((u, i) => ({ userId: u.id, groupId: groups[i % groups.length]!.id })),
        }),
      ])
    }
    console.log(`Database: ${await db.user.count({ where: { accountId } })} users in account ${accountId} (${path.relative(root, dbFile)})`)
  } finally {
    await db.$disconnect()
  }
}

/** Cookie jar of one: the name=value pairs from Set-Cookie headers. */
function mergeCookies(jar: Map<string, string>, response: Response): void {
  for (const header of response.headers.getSetCookie()) {
    const [pair] = header.split(';')
    const eq = pair!.indexOf('=')
    jar.set(pair!.slice(0, eq), pair!.slice(eq + 1))
  }
}
const cookieHeader = (jar: Map<string, string>) => [...jar].map(([k, v]) => `${k}=${v}`).join('; ')

async function signInAsAlice(baseUrl: string): Promise<Map<string, string>> {
  const jar = new Map<string, string>()
  const csrfResponse = await fetch(`${baseUrl}/api/auth/csrf`)
  mergeCookies(jar, csrfResponse)
  const { csrfToken } = (await csrfResponse.json()) as { csrfToken: string }
  const response = await fetch(`${baseUrl}/api/auth/callback/credentials`, {
    method: 'POST',
    redirect: 'manual',
    headers: { 'content-type': 'application/x-www-form-urlencoded', cookie: cookieHeader(jar) },
    body: new URLSearchParams({ csrfToken, kind: 'iam-user', account: 'sandbox', userName: 'alice', password: USER_PASSWORD, json: 'true' }),
  })
  mergeCookies(jar, response)
  if (![...jar.keys()].some((k) => k.endsWith('next-auth.session-token'))) throw new Error(`sign-in failed: ${await response.text()}`)
  return jar
}

async function timePage(baseUrl: string, pathAndQuery: string, jar: Map<string, string>, expectText: string) {
  const once = async () => {
    const started = performance.now()
    const response = await fetch(`${baseUrl}${pathAndQuery}`, { headers: { cookie: cookieHeader(jar) }, redirect: 'manual' })
    const body = await response.text()
    const ms = performance.now() - started
    if (response.status !== 200 || !body.includes(expectText)) throw new Error(`${pathAndQuery}: HTTP ${response.status}, "${expectText}" not in the page`)
    return ms
  }
  for (let i = 0; i < WARM_UP; i++) await once()
  const times: number[] = []
  for (let i = 0; i < RUNS; i++) times.push(await once())
  times.sort((a, b) => a - b)
  const at = (q: number) => times[Math.min(times.length - 1, Math.ceil(q * times.length) - 1)]!
  const median = (times[RUNS / 2 - 1]! + times[RUNS / 2]!) / 2
  return { median, p90: at(0.9), max: times.at(-1)! }
}

async function main() {
  ensureBuild(process.argv.includes('--build'))
  await buildDatabase()

  const { baseUrl, stop } = await startNextServer(DATABASE_URL, await freePort())
  try {
    const jar = await signInAsAlice(baseUrl)
    const scenarios: [label: string, pathAndQuery: string, expectText: string][] = [
      ['first page (25, by user name)', '/users', 'Users (<!-- -->5000<!-- -->)'],
      ['first page of 100', '/users?pageSize=100', 'Page <!-- -->1<!-- --> of <!-- -->50'],
      ['sorted by password age, page 40', '/users?sort=passwordAge&order=desc&page=40', 'Page <!-- -->40'],
      ['search "user-49"', '/users?search=user-49', 'Users (<!-- -->100<!-- -->)'],
    ]
    console.log(`\nGET /users, ${RUNS} requests after ${WARM_UP} warm-up, time to the last byte on loopback (ms):`)
    console.log(`${'scenario'.padEnd(36)}${'median'.padStart(9)}${'p90'.padStart(9)}${'max'.padStart(9)}`)
    let firstMedian = 0
    for (const [label, pathAndQuery, expectText] of scenarios) {
      const r = await timePage(baseUrl, pathAndQuery, jar, expectText)
      if (!firstMedian) firstMedian = r.median
      console.log(`${label.padEnd(36)}${r.median.toFixed(1).padStart(9)}${r.p90.toFixed(1).padStart(9)}${r.max.toFixed(1).padStart(9)}`)
    }
    console.log(`\nTarget: first page median under 100 ms -> ${firstMedian < 100 ? 'met' : 'NOT met'} (${firstMedian.toFixed(1)} ms).`)
  } finally {
    stop()
  }
}

main().catch((error) => {
  console.error(error)
  process.exitCode = 1
})
