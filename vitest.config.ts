import { defineConfig } from 'vitest/config'
import path from 'node:path'

export default defineConfig({
  resolve: { alias: { '@': path.resolve(import.meta.dirname) } },
  test: {
    include: ['lib/**/*.test.ts', 'tests/**/*.test.ts', 'scripts/**/*.test.ts'],
    // tests/crash serves the built app: its own stage, `npm run test:crash` (vitest.crash.config.ts).
    exclude: ['node_modules/**', '.next/**', 'e2e/**', 'tests/crash/**'],
    testTimeout: 60_000,
    hookTimeout: 120_000,
  },
})
