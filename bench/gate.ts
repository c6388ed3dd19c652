// npm run bench:gate: what the gate adds to one console action. A user with 10 AWS
// managed policies (real documents from the seed) attached through 3 groups calls
// authorize() + the audit write, as every gated operation does; the same call as root
// (no policy loading, no evaluation) is the baseline. Median over RUNS runs after warm-up.
import { performance } from 'node:perf_hooks'
import { seedSandbox } from '@/scripts/seed'
import { createTestDatabase } from '@/tests/support/test-database'
import { recordAuditEvent } from '@/lib/iam/audit'
import type { Caller } from '@/lib/iam/caller'
import { useIamDatabase } from '@/lib/iam/database'
import { authorize } from '@/lib/iam/gate'
import { loadGateFacts } from '@/lib/iam/load-gate-facts'
import { newGroupId, newUserId } from '@/lib/credentials/ids'
import { isIamError } from '@/lib/iam/errors'

const WARM_UP = 50
const RUNS = 200

const GROUPS: Record<string, string[]> = {
  BenchReaders: ['ReadOnlyAccess', 'SecurityAudit', 'IAMReadOnlyAccess', 'ViewOnlyAccess'],
  BenchDevelopers: ['AmazonS3FullAccess', 'AmazonDynamoDBFullAccess', 'AWSLambda_FullAccess'],
  BenchOperators: ['CloudWatchFullAccess', 'AmazonEC2FullAccess', 'IAMUserChangePassword'],
}

const median = (xs: number[]) => {
  const s = [...xs].sort((a, b) => a - b)
  return s[Math.floor(s.length / 2)]!
}
const p95 = (xs: number[]) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length * 0.95)]!

async function time(fn: () => Promise<unknown>): Promise<number[]> {
  for (let i = 0; i < WARM_UP; i++) await fn()
  const out: number[] = []
  for (let i = 0; i < RUNS; i++) {
    const start = performance.now()
    await fn()
    out.push(performance.now() - start)
  }
  return out
}

async function main() {
  const db = await createTestDatabase()
  try {
    const { accountId } = await seedSandbox(db.prisma, { rootPassword: 'Bench-root-password-1!', userPassword: 'Bench-user-password-1!' })
    useIamDatabase(db.prisma)
    const userId = newUserId()
    const arn = `arn:aws:iam::${accountId}:user/bench`
    await db.prisma.user.create({ data: { id: userId, accountId, name: 'bench', nameKey: 'bench', arn, tags: { create: [{ key: 'team', keyLower: 'team', value: 'blue' }] } } })
    let attached = 0
    for (const [group, policyNames] of Object.entries(GROUPS)) {
      const policies = await db.prisma.managedPolicy.findMany({ where: { accountId: null, name: { in: policyNames } }, select: { id: true } })
      if (policies.length !== policyNames.length) throw new Error(`missing AWS managed policies for ${group}`)
      attached += policies.length
      await db.prisma.group.create({
        data: {
          id: newGroupId(), accountId, name: group, nameKey: group.toLowerCase(), arn: `arn:aws:iam::${accountId}:group/${group}`,
          attachedPolicies: { create: policies.map((p) => ({ policyId: p.id })) }, members: { create: { userId } },
        },
      })
    }
    const user: Caller = { kind: 'user', accountId, arn, userId, userName: 'bench', sessionId: 'bench', request: { sourceIp: '127.0.0.1', userAgent: 'bench' } }
    const root: Caller = { kind: 'root', accountId, arn: `arn:aws:iam::${accountId}:root`, sessionId: 'bench', request: { sourceIp: '127.0.0.1', userAgent: 'bench' } }
    const resource = `arn:aws:iam::${accountId}:user/alice`

    // One console action's worth of gate work: decide, then record the decision.
    const gated = (caller: Caller, action: string) => async () => {
      let errorCode: string | undefined
      try {
        await authorize(caller, action, resource)
      } catch (error) {
        if (!isIamError(error, 'AccessDenied')) throw error
        errorCode = error.code
      }
      await recordAuditEvent(db.prisma, { caller, eventName: action.slice(4), readOnly: true, requestParameters: { UserName: 'alice' }, ...(errorCode ? { errorCode } : {}) })
    }

    const rootTimes = await time(gated(root, 'iam:GetUser'))
    const allowTimes = await time(gated(user, 'iam:GetUser'))
    // No statement allows it: every policy is looked at before the implicit deny.
    const denyTimes = await time(gated(user, 'iam:CreateUser'))
    const loadTimes = await time(() => loadGateFacts(db.prisma, userId, resource))

    const fmt = (ms: number) => `${ms.toFixed(3)} ms`
    console.log(`gate benchmark: user with ${attached} AWS managed policies through ${Object.keys(GROUPS).length} groups; ${RUNS} runs after ${WARM_UP} warm-up; database ${db.url.startsWith('file:') ? 'SQLite' : 'PostgreSQL'}`)
    console.log(`  root  authorize + audit (baseline)   median ${fmt(median(rootTimes))}  p95 ${fmt(p95(rootTimes))}`)
    console.log(`  user  authorize + audit (allowed)    median ${fmt(median(allowTimes))}  p95 ${fmt(p95(allowTimes))}`)
    console.log(`  user  authorize + audit (denied)     median ${fmt(median(denyTimes))}  p95 ${fmt(p95(denyTimes))}`)
    console.log(`  of which loading the gate's facts    median ${fmt(median(loadTimes))}`)
    console.log(`gate adds (median user allowed - median root): ${fmt(median(allowTimes) - median(rootTimes))} (target < 1 ms)`)
    console.log(`gate adds (median user denied  - median root): ${fmt(median(denyTimes) - median(rootTimes))}`)
  } finally {
    useIamDatabase(null)
    await db.cleanup()
  }
}

await main()
process.exit(0)
