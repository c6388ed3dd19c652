// npm run bench:api: GetUser over the Query API (/api/aws), as the AWS SDK for
// JavaScript v3 sends it, from 8 concurrent clients for 10 s on SQLite. Each client is
// an IAMClient with its own keep-alive connection, signing with a console-issued access
// key; the server is the route handler behind node:http (tests/support/aws-api-server.ts),
// so every request is verified with SigV4 and runs lib/iam's getUser through the gate,
// audit event included. Prints requests/s and the p50 / p99 latency (send to parsed answer).
//
//   npm run bench:api                               8 clients, 10 s
//   npm run bench:api -- --clients 16 --duration 5
import { Agent } from 'node:http'
import { performance } from 'node:perf_hooks'
import { GetUserCommand, IAMClient } from '@aws-sdk/client-iam'
import { NodeHttpHandler } from '@smithy/node-http-handler'
import { seedSandbox } from '@/scripts/seed'
import { createTestDatabase } from '@/tests/support/test-database'
import { startAwsApiServer } from '@/tests/support/aws-api-server'
import { useIamDatabase } from '@/lib/iam/database'
import { createAccessKey } from '@/lib/iam'

function flag(name: string, fallback: number): number {
  const i = process.argv.indexOf(`--${name}`)
  return i === -1 ? fallback : Number(process.argv[i + 1])
}

const CLIENTS = flag('clients', 8)
const DURATION_S = flag('duration', 10)
const TARGET_PER_S = 948

async function main() {
  const db = await createTestDatabase()
  const server = await startAwsApiServer()
  try {
    const { accountId } = await seedSandbox(db.prisma, { rootPassword: 'Bench-root-password-1!', userPassword: 'Bench-user-password-1!' })
    useIamDatabase(db.prisma)
    const root = { kind: 'root' as const, accountId, arn: `arn:aws:iam::${accountId}:root` }
    const { AccessKey } = await createAccessKey(root, { UserName: 'alice' })
    const clients = Array.from({ length: CLIENTS }, () => new IAMClient({
      endpoint: server.endpoint,
      region: 'us-east-1',
      maxAttempts: 1,
      credentials: { accessKeyId: AccessKey.AccessKeyId, secretAccessKey: AccessKey.SecretAccessKey },
      requestHandler: new NodeHttpHandler({ httpAgent: new Agent({ keepAlive: true, maxSockets: 1 }) }),
    }))
    // Warm-up: the first calls load modules and fill Prisma's statement cache.
    for (const client of clients) await client.send(new GetUserCommand({ UserName: 'bob' }))

    const latencies: number[] = []
    let errors = 0
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
    latencies.sort((a, b) => a - b)
    const at = (q: number) => latencies[Math.min(latencies.length - 1, Math.floor(q * latencies.length))] ?? NaN
    const perS = latencies.length / elapsed
    console.log(`GetUser via /api/aws (SQLite), ${CLIENTS} SDK clients, ${elapsed.toFixed(1)} s`)
    console.log(`  ${latencies.length} requests, ${errors} errors`)
    console.log(`  ${perS.toFixed(0)} req/s (target >= ${TARGET_PER_S}/s: ${perS >= TARGET_PER_S ? 'met' : 'NOT met'})`)
    console.log(`  p50 ${at(0.5).toFixed(2)} ms, p99 ${at(0.99).toFixed(2)} ms`)
    for (const client of clients) client.destroy()
  } finally {
    useIamDatabase(null)
    await server.close()
    await db.cleanup()
  }
}

main().catch((error: unknown) => {
  console.error(error)
  process.exit(1)
})
