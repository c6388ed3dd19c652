// `npm test`: every test suite, in order, stopping at the first failure:
//   0. tsc --noEmit                  type-check everything (next build checks only the app)
//   1. npm run lint:deps             the layering rule (.dependency-cruiser.cjs)
//   2. vitest run                    unit + integration tests on SQLite
//   3. vitest run tests/integration  again on PostgreSQL, when TEST_DATABASE_URL is set
//   4. next build                    (type-checks the app; the crash test and Playwright serve this build)
//   5. npm run test:crash            SIGKILL mid-write, on SQLite and (TEST_DATABASE_URL) PostgreSQL
//   6. playwright test               end-to-end in Chromium
// The runners print their own summaries; this script only sequences them.
import { spawn } from 'node:child_process'
import { existsSync, mkdirSync } from 'node:fs'
import path from 'node:path'
import { fileURLToPath } from 'node:url'

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..')
const bin = (name: string) => path.join(root, 'node_modules/.bin', name)

const INSTALL_HINT = 'Install Chromium: apt-get install chromium, or set CHROMIUM_PATH'

/** The browser for Playwright: CHROMIUM_PATH, else Debian's /usr/bin/chromium, else Playwright's own. */
export async function findChromium(env: Record<string, string | undefined> = process.env): Promise<{ path: string } | { error: string }> {
  if (env.CHROMIUM_PATH) {
    return existsSync(env.CHROMIUM_PATH) ? { path: env.CHROMIUM_PATH } : { error: `CHROMIUM_PATH=${env.CHROMIUM_PATH} does not exist. ${INSTALL_HINT}.` }
  }
  if (existsSync('/usr/bin/chromium')) return { path: '/usr/bin/chromium' }
  try {
    const { chromium } = await import('@playwright/test')
    const own = chromium.executablePath()
    if (own && existsSync(own)) return { path: own }
  } catch {
    // no Playwright browser registry entry: fall through
  }
  return { error: `No Chromium found (looked at CHROMIUM_PATH, /usr/bin/chromium and Playwright's own browser). ${INSTALL_HINT}.` }
}

interface Stage {
  name: string
  command: string
  args: string[]
  env?: NodeJS.ProcessEnv
}

function runStage(stage: Stage): Promise<number> {
  console.log(`\n=== ${stage.name}: ${path.basename(stage.command)} ${stage.args.join(' ')}\n`)
  return new Promise((resolve) => {
    const child = spawn(stage.command, stage.args, { cwd: root, env: stage.env ?? process.env, stdio: 'inherit' })
    child.on('error', (e) => {
      console.error(`${stage.name}: ${e.message}`)
      resolve(1)
    })
    child.on('exit', (code, signal) => resolve(code ?? (signal ? 1 : 0)))
  })
}

async function main(): Promise<number> {
  const browser = await findChromium()
  if ('error' in browser) {
    console.error(browser.error)
    return 1
  }

  const sqliteEnv: NodeJS.ProcessEnv = { ...process.env }
  delete sqliteEnv.TEST_DATABASE_URL
  const stages: Stage[] = [
    { name: 'Type check (tsc --noEmit)', command: bin('tsc'), args: ['--noEmit'] },
    { name: 'Layering rule (npm run lint:deps)', command: 'npm', args: ['run', '--silent', 'lint:deps'] },
    { name: 'Unit and integration tests (SQLite)', command: bin('vitest'), args: ['run'], env: sqliteEnv },
  ]
  if (process.env.TEST_DATABASE_URL) {
    stages.push({ name: 'Integration tests (PostgreSQL, TEST_DATABASE_URL)', command: bin('vitest'), args: ['run', 'tests/integration'] })
  }
  stages.push({ name: 'Build (next build)', command: bin('next'), args: ['build'], env: { ...process.env, NEXT_TELEMETRY_DISABLED: '1' } })
  // The crash test serves the build, so it comes after it.
  const crash = { command: bin('vitest'), args: ['run', '--config', 'vitest.crash.config.ts'] }
  stages.push({ name: 'Crash test (SQLite)', ...crash, env: sqliteEnv })
  if (process.env.TEST_DATABASE_URL) stages.push({ name: 'Crash test (PostgreSQL, TEST_DATABASE_URL)', ...crash })
  stages.push(
    { name: `End-to-end tests (Playwright, ${browser.path})`, command: bin('playwright'), args: ['test'], env: { ...process.env, CHROMIUM_PATH: browser.path } },
  )

  // The e2e server keeps its SQLite file in ./data, which a fresh clone lacks.
  mkdirSync(path.join(root, 'data'), { recursive: true })

  const timings: string[] = []
  for (const stage of stages) {
    const started = performance.now()
    const code = await runStage(stage)
    const seconds = ((performance.now() - started) / 1000).toFixed(0)
    timings.push(`  ${code === 0 ? 'passed' : 'FAILED'}  ${stage.name} (${seconds} s)`)
    if (code !== 0) {
      console.error(`\nnpm test: stopped, "${stage.name}" failed:\n${timings.join('\n')}`)
      return code
    }
  }
  console.log(`\nnpm test: all ${stages.length} stages passed:\n${timings.join('\n')}`)
  return 0
}

if (process.argv[1] && path.resolve(process.argv[1]) === fileURLToPath(import.meta.url)) {
  main().then((code) => process.exit(code))
}
