// Writes prisma/postgres/schema.prisma from prisma/schema.prisma. A Prisma client made
// from a sqlite schema refuses the pg adapter, so PostgreSQL needs its own schema file
// with the same models; generating it keeps the two from drifting.
//
//   tsx scripts/gen-postgres-schema.ts           write the file
//   tsx scripts/gen-postgres-schema.ts --check   exit 1 if the file is out of date
import { readFileSync, writeFileSync, mkdirSync } from 'node:fs'
import path from 'node:path'
import { fileURLToPath } from 'node:url'

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..')
export const SQLITE_SCHEMA = path.join(root, 'prisma/schema.prisma')
export const POSTGRES_SCHEMA = path.join(root, 'prisma/postgres/schema.prisma')

const HEADER = '// GENERATED from prisma/schema.prisma by scripts/gen-postgres-schema.ts: do not edit.'

function replaceOnce(text: string, pattern: RegExp, replacement: string, what: string): string {
  if (!pattern.test(text)) throw new Error(`prisma/schema.prisma: cannot find ${what}`)
  return text.replace(pattern, replacement)
}

/** The PostgreSQL schema for a SQLite schema text: header, client output and provider changed. */
export function postgresSchemaFrom(sqliteSchema: string): string {
  const lines = sqliteSchema.split('\n')
  // The source's first comment line says where the file comes from; the copy says it is generated.
  if (lines[0]?.startsWith('//')) lines[0] = HEADER
  else lines.unshift(HEADER)
  let text = lines.join('\n')
  text = replaceOnce(
    text,
    /(generator client \{[^}]*output\s*=\s*)"\.\.\/lib\/generated\/prisma"/,
    '$1"../../lib/generated/prisma-postgres"',
    'the generator output "../lib/generated/prisma"',
  )
  text = replaceOnce(text, /(datasource db \{[^}]*provider\s*=\s*)"sqlite"/, '$1"postgresql"', 'the datasource provider "sqlite"')
  return text
}

function main() {
  const expected = postgresSchemaFrom(readFileSync(SQLITE_SCHEMA, 'utf8'))
  if (process.argv.includes('--check')) {
    let actual = ''
    try {
      actual = readFileSync(POSTGRES_SCHEMA, 'utf8')
    } catch {
      // missing counts as out of date
    }
    if (actual !== expected) {
      console.error('prisma/postgres/schema.prisma is out of date: run npx tsx scripts/gen-postgres-schema.ts')
      process.exit(1)
    }
    console.log('prisma/postgres/schema.prisma is up to date.')
    return
  }
  mkdirSync(path.dirname(POSTGRES_SCHEMA), { recursive: true })
  writeFileSync(POSTGRES_SCHEMA, expected)
  console.log('Wrote prisma/postgres/schema.prisma')
}

if (process.argv[1] && path.resolve(process.argv[1]) === fileURLToPath(import.meta.url)) main()
