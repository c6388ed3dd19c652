// npm run bench:reports: how long GenerateCredentialReport takes for an account with
// 5,000 users (AWS's quota per account), each with a console password and two access
// keys, a third with an MFA device. Direct inserts build the account (a benchmark, not a
// test of createUser); each run drops the previous report so every run generates anew.
// Target (issue 13): under 1 s. Runs on SQLite, or on PostgreSQL when TEST_DATABASE_URL
// names a server (tests/support/test-database.ts makes a fresh database either way).
import { generateCredentialReport } from '@/lib/iam'
import { useIamDatabase } from '@/lib/iam/database'
import { newAccessKeyId, newUserId } from '@/lib/credentials/ids'
import { userArn } from '@/lib/iam/arn'
import { createAccount, rootCaller } from '@/tests/support/fixtures'
import { createTestDatabase } from '@/tests/support/test-database'

const TOTAL_USERS = 5_000
const WARM_UP = 2
const RUNS = 10
const BATCH = 500

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
  times.sort((a, b) => a - b)
  const median = times[Math.floor(times.length / 2)]!
  const engine = db.url.startsWith('postgres') ? 'PostgreSQL' : 'SQLite'
  console.log(`GenerateCredentialReport, ${TOTAL_USERS} users (${engine}): median ${median.toFixed(1)} ms over ${RUNS} runs (target < 1000 ms)`)
} finally {
  useIamDatabase(null)
  await db.cleanup()
  process.exit()
}
