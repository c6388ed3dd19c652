// The production server as the benches run it: `next build` only when asked or when no
// build exists, then scripts/serve-next.ts (as `npm start` serves it) on a loopback port
// with the bench's own database, in its own process group so that stopping it stops
// the server and its workers.
import { spawn, spawnSync } from 'node:child_process'
import { existsSync, readdirSync, readFileSync } from 'node:fs'
import net from 'node:net'
import path from 'node:path'
import { fileURLToPath } from 'node:url'
import { serverNodeOptions } from '@/scripts/server-node-options'

export const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../..')
export const bin = (name: string) => path.join(root, 'node_modules/.bin', name)

export function run(command: string, args: string[], env: Record<string, string> = {}): void {
  const result = spawnSync(command, args, { cwd: root, env: { ...process.env, ...env }, stdio: ['ignore', 'ignore', 'inherit'] })
  if (result.status !== 0) throw new Error(`${command} ${args.join(' ')} exited with ${result.status}`)
}

/** `next build` when `rebuild` or when .next has no build; says which. */
export function ensureBuild(rebuild: boolean): void {
  if (rebuild || !existsSync(path.join(root, '.next/BUILD_ID'))) {
    console.log('Building (next build) ...')
    run(bin('next'), ['build'], { NEXT_TELEMETRY_DISABLED: '1' })
  } else {
    console.log('Reusing the existing .next build (pass --build to rebuild).')
  }
}

export function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const server = net.createServer()
    server.once('error', reject)
    server.listen(0, '127.0.0.1', () => {
      const { port } = server.address() as net.AddressInfo
      server.close(() => resolve(port))
    })
  })
}

export interface RunningServer {
  baseUrl: string
  /** CPU time (user + system) the server's processes have used so far, in seconds. */
  cpuSeconds(): number
  stop(): void
}

// Linux's /proc/<pid>/stat: field 5 is the process group, 14 and 15 the user and system
// time in clock ticks (100 per second on Linux). The comm field (2) may hold spaces, so
// fields are counted after its closing parenthesis.
const CLOCK_TICKS_PER_SECOND = 100

function cpuSecondsOfProcessGroup(pgid: number): number {
  let ticks = 0
  for (const entry of readdirSync('/proc')) {
    if (!/^\d+$/.test(entry)) continue
    let stat: string
    try {
      stat = readFileSync(`/proc/${entry}/stat`, 'utf8')
    } catch {
      continue // exited meanwhile
    }
    const fields = stat.slice(stat.lastIndexOf(')') + 2).split(' ')
    if (Number(fields[2]) === pgid) ticks += Number(fields[11]) + Number(fields[12])
  }
  return ticks / CLOCK_TICKS_PER_SECOND
}

/**
 * Serves the build on 127.0.0.1:port against `databaseUrl` as `npm start` does
 * (scripts/serve-next.ts, with the server's V8 flags) and waits for /api/health.
 */
export async function startNextServer(databaseUrl: string, port: number, env: Record<string, string> = {}): Promise<RunningServer> {
  const baseUrl = `http://127.0.0.1:${port}`
  // BENCH_CPU_PROF_DIR: the server writes a V8 CPU profile there when it stops (node's
  // --cpu-prof, which NODE_OPTIONS may not carry).
  const profileDir = process.env.BENCH_CPU_PROF_DIR
  const command = profileDir ? [process.execPath, '--cpu-prof', `--cpu-prof-dir=${profileDir}`, '--import', 'tsx', 'scripts/serve-next.ts'] : [bin('tsx'), 'scripts/serve-next.ts']
  const server = spawn(command[0]!, command.slice(1), {
    cwd: root,
    detached: true,
    stdio: ['ignore', 'ignore', 'inherit'],
    env: {
      ...process.env,
      DATABASE_URL: databaseUrl,
      NEXTAUTH_URL: baseUrl,
      NEXTAUTH_SECRET: 'bench-only-session-secret',
      NEXT_TELEMETRY_DISABLED: '1',
      NODE_ENV: 'production',
      HOST: '127.0.0.1',
      PORT: String(port),
      NODE_OPTIONS: serverNodeOptions(),
      ...env,
    },
  })
  const stop = () => {
    if (server.exitCode === null && server.pid) {
      try {
        process.kill(-server.pid, 'SIGTERM')
      } catch {
        // already gone
      }
    }
  }
  process.once('SIGINT', () => {
    stop()
    process.exit(130)
  })
  const deadline = Date.now() + 60_000
  while (Date.now() < deadline) {
    if (server.exitCode !== null) throw new Error(`the server (scripts/serve-next.ts) exited with ${server.exitCode}`)
    try {
      if ((await fetch(`${baseUrl}/api/health`)).ok) return { baseUrl, stop, cpuSeconds: () => cpuSecondsOfProcessGroup(server.pid!) }
    } catch {
      // not listening yet
    }
    await new Promise((r) => setTimeout(r, 200))
  }
  stop()
  throw new Error('the server (scripts/serve-next.ts) did not become healthy within 60 s')
}
