// npm run bench:password-hashing: what a flood of sign-ins does to the rest of the
// process. scrypt at OWASP's cost runs on libuv's thread pool (4 threads), which
// compressing a response (zlib), DNS lookups and some file system calls share. FLOOD
// password checks are started at once, first straight on node:crypto (no cap), then
// through lib/credentials/password-hash.ts (two at a time, a bounded line, the rest refused),
// while a 64 KB page-sized body is gzipped every 100 ms; the gzip latency p50/p95 is
// printed beside the same work with no flood.
import { scrypt as scryptCb } from 'node:crypto'
import { performance } from 'node:perf_hooks'
import { promisify } from 'node:util'
import { gzip as gzipCb } from 'node:zlib'
import { OWASP_SCRYPT_COST, hashPassword, verifyPassword } from '@/lib/credentials/password-hash'

const FLOOD = 40
const READS = 50
const gzip = promisify(gzipCb)
const BODY = Buffer.from('<tr><td>user</td><td>Access denied</td></tr>'.repeat(1500))

const percentile = (xs: number[], p: number) => [...xs].sort((a, b) => a - b)[Math.min(xs.length - 1, Math.floor(xs.length * p))]!
const ms = (x: number) => `${x.toFixed(1)} ms`

// Page loads arrive at a steady rate whether or not earlier ones have finished, so one
// starts every INTERVAL_MS (a loop that waits for each would sample only the gaps).
const INTERVAL_MS = 100

async function readLatencies(until: () => boolean): Promise<number[]> {
  const pending: Promise<number>[] = []
  while (pending.length < READS && !until()) {
    const start = performance.now()
    pending.push(gzip(BODY).then(() => performance.now() - start))
    await new Promise((resolve) => setTimeout(resolve, INTERVAL_MS))
  }
  return Promise.all(pending)
}

async function duringFlood(flood: () => Promise<unknown>[]): Promise<{ reads: number[]; floodMs: number; refused: number }> {
  const start = performance.now()
  let done = false
  const tasks = flood()
  const settled = Promise.allSettled(tasks).then((results) => {
    done = true
    return results
  })
  const reads = await readLatencies(() => done)
  const results = await settled
  return { reads, floodMs: performance.now() - start, refused: results.filter((r) => r.status === 'rejected').length }
}

async function main() {
  const { N, r, p } = OWASP_SCRYPT_COST
  const stored = await hashPassword('Bench-password-1', OWASP_SCRYPT_COST)
  const one = performance.now()
  await verifyPassword('Bench-password-1', stored)
  console.log(`one password check at N=${N} r=${r} p=${p}: ${ms(performance.now() - one)}`)

  const idle = await readLatencies(() => false)
  const max = (xs: number[]) => ms(Math.max(...xs))
  console.log(`gzip of a page, no flood:                 p50 ${ms(percentile(idle, 0.5))}  p95 ${ms(percentile(idle, 0.95))}  max ${max(idle)}`)

  const maxmem = 2 * 128 * N * r * p
  const raw = await duringFlood(() =>
    Array.from({ length: FLOOD }, () => new Promise((resolve, reject) => scryptCb('Wrong-password-1', 'salt', 64, { N, r, p, maxmem }, (e, k) => (e ? reject(e) : resolve(k))))),
  )
  console.log(`gzip of a page, ${FLOOD} checks uncapped:      p50 ${ms(percentile(raw.reads, 0.5))}  p95 ${ms(percentile(raw.reads, 0.95))}  max ${max(raw.reads)}  (${raw.reads.length} pages while the flood lasted ${ms(raw.floodMs)})`)

  const queued = await duringFlood(() => Array.from({ length: FLOOD }, () => verifyPassword('Wrong-password-1', stored)))
  console.log(
    `gzip of a page, ${FLOOD} checks via the queue:  p50 ${ms(percentile(queued.reads, 0.5))}  p95 ${ms(percentile(queued.reads, 0.95))}  max ${max(queued.reads)}  (${queued.reads.length} pages; ${queued.refused} checks refused "try again", flood ${ms(queued.floodMs)})`,
  )
}

main().catch((error) => {
  console.error(error)
  process.exit(1)
})
