// Console passwords are stored only as scrypt hashes (memory-hard, in node:crypto, so no
// native dependency). Format: scrypt$N$r$p$saltBase64$hashBase64: each hash names its
// own cost, so raising the cost leaves older hashes verifiable, and a sign-in that
// verifies one replaces it (needsRehash).
import { randomBytes, scrypt as scryptCb, timingSafeEqual } from 'node:crypto'
import os from 'node:os'
import { createBoundedQueue } from './bounded-queue'

const KEY_LENGTH = 64

export interface ScryptCost {
  N: number
  r: number
  p: number
}

// OWASP Password Storage Cheat Sheet, scrypt: N=2^17, r=8, p=1 (128 MiB per hash).
export const OWASP_SCRYPT_COST: ScryptCost = { N: 2 ** 17, r: 8, p: 1 }

/**
 * PASSWORD_HASH_SCRYPT_N lowers N for test runs only (vitest.config.ts sets it): a
 * suite that seeds and signs in hundreds of times cannot spend 0.5-2 s per hash. Any
 * other value than a power of two from 2^10 to 2^20 is ignored, so a typo cannot weaken
 * production hashes to nothing.
 */
export function configuredScryptCost(env: Record<string, string | undefined> = process.env): ScryptCost {
  const n = Number(env.PASSWORD_HASH_SCRYPT_N)
  const valid = Number.isInteger(n) && n >= 2 ** 10 && n <= 2 ** 20 && (n & (n - 1)) === 0
  return valid ? { ...OWASP_SCRYPT_COST, N: n } : OWASP_SCRYPT_COST
}

// Hashes at once per process: half the cores, at least one (of libuv's four threads). A
// check at N=2^17 keeps a core busy for a few hundred ms, so two at once on a two-core
// machine left pages nothing during a flood of wrong sign-ins (npm run bench:load: pages
// p95 770 ms); one leaves a core to the pages. And a short line: a sign-in that would
// wait behind more than 32 others is told to try again.
// The password rules that import this module are bundled for the browser too, where
// node:os is a stub without availableParallelism (and nothing is hashed).
const cores = typeof os.availableParallelism === 'function' ? os.availableParallelism() : 1
export const HASHING_QUEUE = { concurrency: Math.max(1, Math.floor(cores / 2)), maxWaiting: 32 }
const hashing = createBoundedQueue({ ...HASHING_QUEUE, what: 'sign-in requests' })

function scrypt(password: string, salt: Buffer, cost: ScryptCost): Promise<Buffer> {
  // scrypt needs 128*N*r*p bytes for its big array plus a little more; Node refuses
  // anything above maxmem (32 MiB by default), so allow twice the array.
  const maxmem = 2 * 128 * cost.N * cost.r * cost.p
  return hashing.run(
    () =>
      new Promise((resolve, reject) =>
        scryptCb(password, salt, KEY_LENGTH, { N: cost.N, r: cost.r, p: cost.p, maxmem }, (err, key) => (err ? reject(err) : resolve(key))),
      ),
  )
}

export { hashing as passwordHashingQueue }

export async function hashPassword(password: string, cost: ScryptCost = configuredScryptCost()): Promise<string> {
  const salt = randomBytes(16)
  const key = await scrypt(password, salt, cost)
  return ['scrypt', cost.N, cost.r, cost.p, salt.toString('base64'), key.toString('base64')].join('$')
}

interface StoredHash {
  cost: ScryptCost
  salt: Buffer
  hash: Buffer
}

function parseStoredHash(stored: string): StoredHash | null {
  const [scheme, n, r, p, salt, hash, ...rest] = stored.split('$')
  if (scheme !== 'scrypt' || !salt || !hash || rest.length) return null
  const cost = { N: Number(n), r: Number(r), p: Number(p) }
  // Bounds keep a corrupted row from asking for gigabytes.
  if (!Object.values(cost).every(Number.isInteger) || cost.N < 2 || cost.N > 2 ** 20 || cost.r < 1 || cost.r > 32 || cost.p < 1 || cost.p > 16) return null
  return { cost, salt: Buffer.from(salt, 'base64'), hash: Buffer.from(hash, 'base64') }
}

export async function verifyPassword(password: string, stored: string): Promise<boolean> {
  const parsed = parseStoredHash(stored)
  if (!parsed) return false
  const key = await scrypt(password, parsed.salt, parsed.cost)
  return key.length === parsed.hash.length && timingSafeEqual(key, parsed.hash)
}

/** The hash was made with other parameters than new hashes get: replace it after the next successful verification. */
export function needsRehash(stored: string, cost: ScryptCost = configuredScryptCost()): boolean {
  const parsed = parseStoredHash(stored)
  return !parsed || parsed.cost.N !== cost.N || parsed.cost.r !== cost.r || parsed.cost.p !== cost.p
}

/** The cost a stored hash names; null when it is not a hash this module made. */
export function scryptCostOf(stored: string): ScryptCost | null {
  return parseStoredHash(stored)?.cost ?? null
}

/**
 * A hash of a password nobody knows, to verify against when the user does not exist,
 * so a sign-in for an unknown name takes as long as one with a wrong password.
 */
let decoy: Promise<string> | undefined
export function decoyPasswordHash(): Promise<string> {
  // Forgotten when it fails (a full hashing queue), so the next sign-in tries again.
  decoy ??= hashPassword(randomBytes(32).toString('base64')).catch((error: unknown) => {
    decoy = undefined
    throw error
  })
  return decoy
}
