import { execFile } from 'node:child_process'
import { readFileSync } from 'node:fs'
import path from 'node:path'
import { promisify } from 'node:util'
import { describe, expect, it } from 'vitest'
import { POSTGRES_SCHEMA, SQLITE_SCHEMA, postgresSchemaFrom } from '@/scripts/gen-postgres-schema'
import { repoRoot } from '@/tests/support/test-database'

const run = promisify(execFile)

describe('gen-postgres-schema', () => {
  it('the committed PostgreSQL schema is generated from prisma/schema.prisma (--check passes)', async () => {
    expect(readFileSync(POSTGRES_SCHEMA, 'utf8')).toBe(postgresSchemaFrom(readFileSync(SQLITE_SCHEMA, 'utf8')))
    const { stdout } = await run(path.join(repoRoot, 'node_modules/.bin/tsx'), ['scripts/gen-postgres-schema.ts', '--check'], { cwd: repoRoot })
    expect(stdout).toContain('up to date')
  })

  it('changes only the header, the client output and the provider', () => {
    const source = ['// source header', 'generator client {', '  provider = "prisma-client"', '  output   = "../lib/generated/prisma"', '}', '', 'datasource db {', '  provider = "sqlite"', '}', 'model A {', '  id String @id', '}'].join('\n')
    const out = postgresSchemaFrom(source).split('\n')
    expect(out[0]).toMatch(/^\/\/ GENERATED from prisma\/schema.prisma/)
    expect(out[3]).toBe('  output   = "../../lib/generated/prisma-postgres"')
    expect(out[7]).toBe('  provider = "postgresql"')
    expect(out.slice(9)).toEqual(source.split('\n').slice(9))
  })

  it.each([
    { name: 'no sqlite provider', text: 'generator client {\n  output = "../lib/generated/prisma"\n}\ndatasource db {\n  provider = "mysql"\n}' },
    { name: 'another client output', text: 'generator client {\n  output = "../elsewhere"\n}\ndatasource db {\n  provider = "sqlite"\n}' },
  ])('fails loudly on a schema with $name', ({ text }) => {
    expect(() => postgresSchemaFrom(text)).toThrow(/cannot find/)
  })
})
