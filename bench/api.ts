// npm run bench:api: GetUser over the Query API (/api/aws), as the AWS SDK for
// JavaScript v3 sends it, from 8 concurrent clients for 10 s on SQLite. Each client is
// an IAMClient with its own keep-alive connection, signing with a console-issued access
// key; the server is the production one (scripts/serve-next.ts over the .next build, as
// `npm start` serves; `next build` first when there is none or --build is given) in its
// own process, on a fresh SQLite file (bench/.work/api.db), so every request is verified
// with SigV4 and runs lib/iam's getUser through the gate, audit event included. Prints
// requests/s, the p50 / p99 latency (send to parsed answer) and the server's CPU time
// per request.
//
//   npm run bench:api                               8 clients, 10 s
//   npm run bench:api -- --clients 16 --duration 5 --build
import { Agent } from 'node:http'
import { performance } from 'node:perf_hooks'
import { GetUserCommand, IAMClient } from '@aws-sdk/client-iam'
import { NodeHttpHandler } from '@smithy/node-http-handler'
import path from 'node:path'
import { createPrismaClient } from '@/lib/db/create-prisma-client'
import { seedSandbox } from '@/scripts/seed'
import { useIamDatabase } from '@/lib/iam/database'
import { createAccessKey } from '@/lib/iam'
import { bin, ensureBuild, freePort, root, run, startNextServer } from './support/next-server'

function flag(name: string, fallback: number): number {
  const i = process.argv.indexOf(`--${name}`)
  return i === -1 ? fallback : Number(process.argv[i + 1])
}

const CLIENTS = flag('clients', 8)
const DURATION_S = flag('duration', 10)
const TARGET_PER_S = 948

async function seed(databaseUrl: string) {
  // scripts/db.ts reset: the SQLite file is deleted, then the migrations.
  run(bin('tsx'), ['scripts/db.ts', 'reset'], { DATABASE_URL: databaseUrl })
  const db = createPrismaClient(databaseUrl)
  try {
    const { accountId } = await seedSandbox(db, { rootPassword: 'Bench-root-password-1!', userPassword: 'Bench-user-password-1!' })
    useIamDatabase(db)
    const rootUser = { kind: 'root' as const, accountId, arn: `arn:aws:iam::${accountId}:root` }
    const { AccessKey } = await createAccessKey(rootUser, { UserName: 'alice' })
    return AccessKey
  } finally {
    useIamDatabase(null)
    await db.$disconnect()
  }
}

async function main() {
  ensureBuild(process.argv.includes('--build'))
  const databaseUrl = `file:${path.join(root, 'bench/.work/api.db')}`
  const AccessKey = await seed(databaseUrl)
  const server = await startNextServer(databaseUrl, await freePort())
  const endpoint = `${server.baseUrl}/api/aws/`
  try {
    const clients = Array.from({ length: CLIENTS }, () => new IAMClient({
      endpoint,
      region: 'us-east-1',
      maxAttempts: 1,
      credentials: { accessKeyId: AccessKey.AccessKeyId, secretAccessKey: AccessKey.SecretAccessKey },
      requestHandler: new NodeHttpHandler({ httpAgent: new Agent({ keepAlive: true, maxSockets: 1 }) }),
    }))
    // Warm-up: the first calls load modules and fill Prisma's statement cache.
    for (const client of clients) await client.send(new GetUserCommand({ UserName: 'bob' }))

    const latencies: number[] = []
    let errors = 0
    const cpuBefore = server.cpuSeconds()
    const end = performance.now() + DURATION_S * 1000
    const started = performance.now()
    await Promise.all(clients.map(async (client) => {
      while (performance.now() < end) {
        const t0 = performance.now()
        try {
          await client.send(new GetUserCommand({ UserName: 'bob' }))
          latencies.push(performance.now() - t0)
        } catch (error) {
          errors++
          if (errors === 1) console.error('first error:', error)
        }
      }
    }))
    const elapsed = (performance.now() - started) / 1000
    const cpu = server.cpuSeconds() - cpuBefore
    latencies.sort((a, b) => a - b)
    const at = (q: number) => latencies[Math.min(latencies.length - 1, Math.floor(q * latencies.length))] ?? NaN
    const perS = latencies.length / elapsed
    console.log(`GetUser via /api/aws (SQLite), ${CLIENTS} SDK clients, ${elapsed.toFixed(1)} s`)
    console.log(`  ${latencies.length} requests, ${errors} errors`)
    console.log(`  ${perS.toFixed(0)} req/s (target >= ${TARGET_PER_S}/s: ${perS >= TARGET_PER_S ? 'met' : 'NOT met'})`)
    console.log(`  p50 ${at(0.5).toFixed(2)} ms, p99 ${at(0.99).toFixed(2)} ms`)
    console.log(`  server CPU: ${cpu.toFixed(1)} s (${(cpu / elapsed).toFixed(2)} cores), ${((cpu * 1000) / Math.max(1, latencies.length)).toFixed(2)} ms per request`)
    for (const client of clients) client.destroy()
  } finally {
    server.stop()
  }
}

main()
  .catch((error: unknown) => {
    console.error(error)
    process.exitCode = 1
  })
  .finally(() => process.exit())
