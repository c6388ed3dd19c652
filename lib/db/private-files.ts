// The SQLite database and the data folder hold every account's password hashes, the
// encrypted seeds and key secrets, and (data/secrets) the key that decrypts them: on a
// shared machine they must be readable by the server's user only. Files are created
// 0600 and folders 0700; at start, anything there that is looser (group or other bits
// set, e.g. a database copied in with `cp` under umask 022) is repaired. Modes already
// stricter than that are left alone.
import { chmodSync, closeSync, existsSync, mkdirSync, openSync, readdirSync, statSync } from 'node:fs'
import path from 'node:path'

export const PRIVATE_FILE_MODE = 0o600
export const PRIVATE_DIRECTORY_MODE = 0o700
const GROUP_AND_OTHER = 0o077

// The turbopackIgnore comments below: these paths are chosen at run time (a setting, a
// folder's entries), and without them Next's build traces the whole project into the
// server output as if any file could be read.

/** The folder for server-owned files (the default SQLite database, data/secrets). */
export function dataDirectory(): string {
  return path.resolve(/*turbopackIgnore: true*/ process.env.SANDBOX_IAM_DATA_DIR ?? 'data')
}

export interface ModeRepair {
  path: string
  from: number
  to: number
}

/** Takes the group and other bits off one existing file or folder; null when it had none. */
function repairOne(target: string): ModeRepair | null {
  const mode = statSync(target).mode & 0o777
  if ((mode & GROUP_AND_OTHER) === 0) return null
  const to = mode & ~GROUP_AND_OTHER
  chmodSync(target, to)
  return { path: target, from: mode, to }
}

/** Creates the folder (and missing parents) owner-only; an existing one is repaired. */
export function ensurePrivateDirectory(dir: string): ModeRepair[] {
  if (existsSync(dir)) return [repairOne(dir)].filter((r) => r !== null)
  mkdirSync(dir, { recursive: true, mode: PRIVATE_DIRECTORY_MODE })
  // mkdir's mode is filtered by the umask; an unusual umask could still leave it looser.
  chmodSync(dir, PRIVATE_DIRECTORY_MODE)
  return []
}

// SQLite gives its journal, WAL and shared-memory files the database file's mode, so a
// database created 0600 keeps them private; existing ones are repaired with it.
const SQLITE_SIDE_FILES = ['-journal', '-wal', '-shm']

/**
 * Before SQLite opens `file`: its folder exists (created owner-only), and the file exists
 * 0600, created empty here if missing (SQLite would create it with the umask's mode).
 * An existing database and its side files are repaired.
 */
export function preparePrivateSqliteFile(file: string): ModeRepair[] {
  const dir = path.dirname(file)
  const repairs = existsSync(dir) ? [] : ensurePrivateDirectory(dir)
  if (!existsSync(file)) {
    // 'a' creates without truncating, so a file created by a concurrent opener survives.
    closeSync(openSync(file, 'a', PRIVATE_FILE_MODE))
    chmodSync(file, PRIVATE_FILE_MODE)
  }
  for (const target of [file, ...SQLITE_SIDE_FILES.map((suffix) => file + suffix)]) {
    if (!existsSync(target)) continue
    const repair = repairOne(target)
    if (repair) repairs.push(repair)
  }
  return repairs
}

/** The data folder and everything under it made owner-only (created when missing). */
export function repairDataDirectory(dir: string = dataDirectory()): ModeRepair[] {
  const repairs = ensurePrivateDirectory(dir)
  for (const entry of readdirSync(/*turbopackIgnore: true*/ dir, { withFileTypes: true })) {
    const target = path.join(/*turbopackIgnore: true*/ dir, entry.name)
    if (entry.isDirectory()) repairs.push(...repairDataDirectory(target))
    else if (entry.isFile()) {
      const repair = repairOne(target)
      if (repair) repairs.push(repair)
    }
  }
  return repairs
}
