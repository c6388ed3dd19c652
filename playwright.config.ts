import { existsSync } from 'node:fs'
import { defineConfig, devices } from '@playwright/test'
import {
  E2E_BASE_URL,
  E2E_DATABASE_URL,
  E2E_PORT,
  E2E_ROOT_EMAIL,
  E2E_ROOT_PASSWORD,
  E2E_USER_PASSWORD,
} from './e2e/fixtures/e2e-environment'

// Debian's chromium unless CHROMIUM_PATH names another; Playwright's own browser only
// when neither exists (its download is not reachable on every machine).
const executablePath = process.env.CHROMIUM_PATH || (existsSync('/usr/bin/chromium') ? '/usr/bin/chromium' : undefined)

const serverEnv = {
  DATABASE_URL: E2E_DATABASE_URL,
  SEED_ROOT_EMAIL: E2E_ROOT_EMAIL,
  SEED_ROOT_PASSWORD: E2E_ROOT_PASSWORD,
  SEED_USER_PASSWORD: E2E_USER_PASSWORD,
  NEXTAUTH_URL: E2E_BASE_URL,
  NEXTAUTH_SECRET: 'e2e-only-session-secret',
  NEXT_TELEMETRY_DISABLED: '1',
  // scripts/serve-next.ts, as `npm start` serves: client addresses from the socket.
  HOST: '127.0.0.1',
  PORT: String(E2E_PORT),
}
// The specs read and write the same database through Prisma (fixtures, session checks).
Object.assign(process.env, { E2E_DATABASE_URL })

export default defineConfig({
  testDir: 'e2e',
  fullyParallel: false,
  workers: 1,
  retries: 0,
  reporter: process.env.CI ? 'line' : 'list',
  use: {
    ...devices['Desktop Chrome'],
    viewport: { width: 1440, height: 900 },
    baseURL: E2E_BASE_URL,
    trace: 'retain-on-failure',
    launchOptions: {
      executablePath,
      args: [
        '--no-sandbox',
        '--disable-gpu',
        '--disable-dev-shm-usage',
        '--disable-background-networking',
        '--disable-component-update',
        '--disable-sync',
        '--no-first-run',
      ],
    },
  },
  webServer: {
    // Built beforehand (`next build`, as npm test does); a fresh, seeded database each run.
    command: 'tsx scripts/db.ts reset && tsx scripts/seed.ts && tsx scripts/serve-next.ts',
    url: `${E2E_BASE_URL}/api/health`,
    reuseExistingServer: false,
    timeout: 120_000,
    stdout: 'ignore',
    stderr: 'pipe',
    env: serverEnv,
  },
})
