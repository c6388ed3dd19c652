// npm run bench:reports: how long GenerateCredentialReport takes for an account with
// 5,000 users (AWS's quota per account), each with a console password and two access
// keys, a third with an MFA device. Direct inserts build the account (a benchmark, not a
// test of createUser); each run drops the previous report so every run generates anew.
// Then, over an event history of 1,000,000 events (another account, seeded by batched
// raw inserts): the Event history's first page (LookupEvents) with and without a user
// name filter, and Access Advisor (GenerateServiceLastAccessedDetails at ACTION_LEVEL, as
// the console asks, then GetServiceLastAccessedDetails) for a user with 10 policies.
// Targets (issue 13): the report under 1 s, each event-history figure under 200 ms.
// Runs on SQLite, or on PostgreSQL when TEST_DATABASE_URL names a server
// (tests/support/test-database.ts makes a fresh database either way).
import { generateCredentialReport, generateServiceLastAccessedDetails, getServiceLastAccessedDetails, lookupEvents } from '@/lib/iam'
import { useIamDatabase } from '@/lib/iam/database'
import { newAccessKeyId, newPolicyId, newUserId } from '@/lib/credentials/ids'
import { policyArn, userArn } from '@/lib/iam/arn'
import { createAccount, createUser, rootCaller } from '@/tests/support/fixtures'
import { createTestDatabase } from '@/tests/support/test-database'
import { seedEvents } from './support/seed-events'

const TOTAL_USERS = 5_000
const WARM_UP = 2
const RUNS = 10
const BATCH = 500
const TOTAL_EVENTS = Number(process.env.BENCH_EVENTS ?? 1_000_000)
const EVENT_USERS = 1_000
// The user's 10 policies, each allowing other services (the report lists 10+ services).
const POLICY_ACTIONS = [['iam:Get*', 'iam:List*'], ['s3:*'], ['ec2:Describe*'], ['sts:*'], ['cloudtrail:LookupEvents'], ['dynamodb:*'], ['lambda:*'], ['sqs:*'], ['sns:*'], ['kms:*']]

const medianOf = (times: number[]) => [...times].sort((a, b) => a - b)[Math.floor(times.length / 2)]!

/** Median wall time of `fn` over RUNS runs after WARM_UP. */
async function medianMs(fn: () => Promise<unknown>): Promise<number> {
  const times: number[] = []
  for (let i = 0; i < WARM_UP + RUNS; i++) {
    const t0 = performance.now()
    await fn()
    if (i >= WARM_UP) times.push(performance.now() - t0)
  }
  return medianOf(times)
}

const db = await createTestDatabase()
try {
  useIamDatabase(db.prisma)
  const { id: accountId } = await createAccount(db.prisma)
  const start = Date.now() - 400 * 24 * 3600 * 1000
  for (let from = 0; from < TOTAL_USERS; from += BATCH) {
    const users = Array.from({ length: BATCH }, (_, i) => {
      const name = `user-${String(from + i).padStart(4, '0')}`
      return { id: newUserId(), accountId, name, nameKey: name, arn: userArn(accountId, '/', name), createdAt: new Date(start + (from + i) * 60_000) }
    })
    await db.prisma.$transaction([
      db.prisma.user.createMany({ data: users }),
      db.prisma.loginProfile.createMany({ data: users.map((u) => ({ userId: u.id, passwordHash: 'not-a-real-hash' })) }),
      db.prisma.accessKey.createMany({
        data: users.flatMap((u) => [0, 1].map((k) => ({ id: newAccessKeyId(accountId), userId: u.id, secretEncrypted: 'not-a-real-secret', createdAt: new Date(u.createdAt.getTime() + k) }))),
      }),
      db.prisma.mfaDevice.createMany({
        data: users.filter((_, i) => i % 3 === 0).map((u) => ({ accountId, userId: u.id, serialNumber: `arn:aws:iam::${accountId}:mfa/${u.name}`, name: u.name, type: 'virtual', enabled: true })),
      }),
    ])
  }
  const root = rootCaller(accountId)
  const times: number[] = []
  for (let i = 0; i < WARM_UP + RUNS; i++) {
    await db.prisma.credentialReport.deleteMany({ where: { accountId } })
    const t0 = performance.now()
    const { State } = await generateCredentialReport(root, {})
    const ms = performance.now() - t0
    if (State !== 'STARTED') throw new Error(`expected a new report, got ${State}`)
    if (i >= WARM_UP) times.push(ms)
  }
  const engine = db.url.startsWith('postgres') ? 'PostgreSQL' : 'SQLite'
  console.log(`GenerateCredentialReport, ${TOTAL_USERS} users (${engine}): median ${medianOf(times).toFixed(1)} ms over ${RUNS} runs (target < 1000 ms)`)

  // The event history account: one real user with 10 policies among 1,000 callers.
  const { id: eventsAccountId } = await createAccount(db.prisma)
  const dave = await createUser(db.prisma, eventsAccountId, { name: 'dave' })
  for (const [i, actions] of POLICY_ACTIONS.entries()) {
    const name = `BenchPolicy${i}`
    const policy = await db.prisma.managedPolicy.create({
      data: { id: newPolicyId(), accountId: eventsAccountId, name, nameKey: name.toLowerCase(), arn: policyArn(eventsAccountId, '/', name) },
    })
    await db.prisma.policyVersion.create({
      data: { policyId: policy.id, versionId: 'v1', isDefault: true, document: JSON.stringify({ Version: '2012-10-17', Statement: [{ Effect: 'Allow', Action: actions, Resource: '*' }] }) },
    })
    await db.prisma.userPolicyAttachment.create({ data: { userId: dave.id, policyId: policy.id } })
  }
  const callers = [{ name: dave.name, id: dave.id }, ...Array.from({ length: EVENT_USERS - 1 }, (_, i) => ({ name: `caller-${String(i + 1).padStart(4, '0')}`, id: newUserId() }))]
  const seedStart = performance.now()
  await seedEvents(db.prisma, eventsAccountId, callers, TOTAL_EVENTS)
  // What PostgreSQL's autovacuum does after a bulk load: statistics for the planner, and
  // the visibility map that lets the Access Advisor queries read the index alone.
  if (engine === 'PostgreSQL') await db.prisma.$executeRawUnsafe('VACUUM ANALYZE "AuditEvent"')
  console.log(`Seeded ${TOTAL_EVENTS.toLocaleString('en-US')} events over ${EVENT_USERS} callers in ${((performance.now() - seedStart) / 1000).toFixed(1)} s (${engine})`)

  const eventsRoot = rootCaller(eventsAccountId)
  const firstPage = await medianMs(async () => {
    if ((await lookupEvents(eventsRoot, {})).Events.length !== 50) throw new Error('expected a full first page')
  })
  console.log(`LookupEvents first page, ${TOTAL_EVENTS.toLocaleString('en-US')} events (${engine}): median ${firstPage.toFixed(1)} ms over ${RUNS} runs (target < 200 ms)`)
  const byUser = await medianMs(async () => {
    if ((await lookupEvents(eventsRoot, { Username: 'caller-0500' })).Events.length !== 50) throw new Error('expected a full first page')
  })
  console.log(`LookupEvents first page, Username filter, ${TOTAL_EVENTS.toLocaleString('en-US')} events (${engine}): median ${byUser.toFixed(1)} ms over ${RUNS} runs (target < 200 ms)`)
  const advisor = await medianMs(async () => {
    const { JobId } = await generateServiceLastAccessedDetails(eventsRoot, { Arn: dave.arn, Granularity: 'ACTION_LEVEL' })
    const report = await getServiceLastAccessedDetails(eventsRoot, { JobId })
    if (!report.ServicesLastAccessed.find((s) => s.ServiceNamespace === 'iam')?.LastAuthenticated) throw new Error('expected IAM accessed')
  })
  console.log(`Access Advisor (Generate + Get, ACTION_LEVEL), a user with 10 policies, ${TOTAL_EVENTS.toLocaleString('en-US')} events (${engine}): median ${advisor.toFixed(1)} ms over ${RUNS} runs (target < 200 ms)`)
} finally {
  useIamDatabase(null)
  await db.cleanup()
  process.exit()
}
