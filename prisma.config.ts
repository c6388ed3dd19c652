import { defineConfig } from 'prisma/config'

// No native schema engine can be downloaded here; migrations run through scripts/db.ts
// (Prisma's WASM engine). The stub lets `prisma generate` skip the download.
process.env.PRISMA_SCHEMA_ENGINE_BINARY ??= 'scripts/no-schema-engine.sh'

export default defineConfig({
  schema: 'prisma/schema.prisma',
  migrations: { path: 'prisma/migrations' },
  datasource: { url: process.env.DATABASE_URL ?? 'file:./data/sandbox.db' },
})
