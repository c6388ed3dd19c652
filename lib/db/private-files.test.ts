// The database file and the data folder are owner-only whatever the umask was when they
// were made: what `npm start` finds looser it repairs, what it creates is private from
// the first byte (a database created 0644 and chmod-ed later could be read in between).
import { chmodSync, mkdirSync, mkdtempSync, rmSync, statSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import path from 'node:path'
import { afterEach, beforeEach, describe, expect, it } from 'vitest'
import { preparePrivateSqliteFile, repairDataDirectory } from './private-files'

let dir: string
let umask: number
beforeEach(() => {
  dir = mkdtempSync(path.join(tmpdir(), 'private-files-'))
  // The loosest usual umask, so a file or folder made without an explicit mode shows it.
  umask = process.umask(0o002)
})
afterEach(() => {
  process.umask(umask)
  rmSync(dir, { recursive: true, force: true })
})

const modeOf = (target: string) => statSync(target).mode & 0o777
const file = (name: string, mode: number) => {
  const target = path.join(dir, name)
  mkdirSync(path.dirname(target), { recursive: true })
  writeFileSync(target, 'x')
  chmodSync(target, mode)
  return target
}
const folder = (name: string, mode: number) => {
  const target = path.join(dir, name)
  mkdirSync(target, { recursive: true })
  chmodSync(target, mode)
  return target
}

describe('repairDataDirectory: the data folder at start', () => {
  const cases: { name: string; make: () => string; expected: number }[] = [
    { name: 'a database copied in world-readable (0644) becomes 0600', make: () => file('data/sandbox.db', 0o644), expected: 0o600 },
    { name: 'a group-writable WAL file (0664) becomes 0600', make: () => file('data/sandbox.db-wal', 0o664), expected: 0o600 },
    { name: 'a secret key file readable by others (0604) becomes 0600', make: () => file('data/secrets/encryption-key', 0o604), expected: 0o600 },
    { name: 'an executable file keeps its owner bits (0755 -> 0700)', make: () => file('data/backup.sh', 0o755), expected: 0o700 },
    { name: 'a file already stricter (0400) keeps its mode', make: () => file('data/readonly.db', 0o400), expected: 0o400 },
    { name: 'a secrets folder left open (0755) becomes 0700', make: () => folder('data/secrets', 0o755), expected: 0o700 },
  ]
  for (const c of cases) {
    it(c.name, () => {
      const target = c.make()
      chmodSync(path.join(dir, 'data'), 0o755)
      repairDataDirectory(path.join(dir, 'data'))
      expect(modeOf(target)).toBe(c.expected)
      expect(modeOf(path.join(dir, 'data'))).toBe(0o700)
    })
  }
  it('says what it repaired, and a second pass finds nothing', () => {
    const target = file('data/sandbox.db', 0o644)
    expect(repairDataDirectory(path.join(dir, 'data'))).toContainEqual({ path: target, from: 0o644, to: 0o600 })
    expect(repairDataDirectory(path.join(dir, 'data'))).toEqual([])
  })
  it('creates a missing data folder owner-only', () => {
    repairDataDirectory(path.join(dir, 'fresh', 'data'))
    expect(modeOf(path.join(dir, 'fresh', 'data'))).toBe(0o700)
  })
})

describe('preparePrivateSqliteFile: before SQLite opens a database', () => {
  it('creates a missing database 0600 in a new folder 0700', () => {
    const target = path.join(dir, 'new', 'sandbox.db')
    preparePrivateSqliteFile(target)
    expect(modeOf(target)).toBe(0o600)
    expect(modeOf(path.dirname(target))).toBe(0o700)
    expect(statSync(target).size).toBe(0)
  })
  it('repairs an existing database and its journal, WAL and shared-memory files', () => {
    const targets = ['x.db', 'x.db-journal', 'x.db-wal', 'x.db-shm'].map((name) => file(name, 0o644))
    preparePrivateSqliteFile(targets[0]!)
    expect(targets.map(modeOf)).toEqual([0o600, 0o600, 0o600, 0o600])
  })
  it('leaves the contents of an existing database alone', () => {
    const target = file('kept.db', 0o600)
    preparePrivateSqliteFile(target)
    expect(statSync(target).size).toBe(1)
  })
  it('leaves an existing folder it did not create (the database may live beside other files)', () => {
    const parent = folder('shared', 0o755)
    preparePrivateSqliteFile(path.join(parent, 'e2e.db'))
    expect(modeOf(parent)).toBe(0o755)
  })
})
