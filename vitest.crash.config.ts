// `npm run test:crash`: the crash test (tests/crash), which needs a build and kills
// processes, so it runs as its own stage rather than inside `vitest run` (whose config
// excludes it).
import path from 'node:path'
import { defineConfig } from 'vitest/config'

export default defineConfig({
  resolve: { alias: { '@': path.resolve(import.meta.dirname) } },
  test: { include: ['tests/crash/**/*.test.ts'], testTimeout: 300_000, hookTimeout: 120_000 },
})
