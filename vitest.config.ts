import { defineConfig } from 'vitest/config'
import path from 'node:path'

export default defineConfig({
  resolve: { alias: { '@': path.resolve(import.meta.dirname) } },
  test: {
    include: ['lib/**/*.test.ts', 'components/**/*.test.ts', 'tests/**/*.test.ts', 'scripts/**/*.test.ts'],
    // tests/crash serves the built app: its own stage, `npm run test:crash` (vitest.crash.config.ts).
    exclude: ['node_modules/**', '.next/**', 'e2e/**', 'tests/crash/**'],
    testTimeout: 60_000,
    hookTimeout: 120_000,
    // Password hashes at N=2^14 instead of OWASP's 2^17 (lib/credentials/password-hash.ts):
    // suites seed and sign in hundreds of times, at ~0.4 s a hash that is minutes.
    // Tests of the production cost pass it explicitly.
    env: { PASSWORD_HASH_SCRYPT_N: String(2 ** 14) },
  },
})
