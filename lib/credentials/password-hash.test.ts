import { availableParallelism } from 'node:os'
import { describe, expect, it } from 'vitest'
import {
  HASHING_QUEUE,
  OWASP_SCRYPT_COST,
  configuredScryptCost,
  hashPassword,
  needsRehash,
  passwordHashingQueue,
  scryptCostOf,
  verifyPassword,
  type ScryptCost,
} from './password-hash'

const PASSWORD = 'Correct-horse-1'
// The cost every hash had before OWASP's parameters: such rows exist in every database.
const OLD_COST: ScryptCost = { N: 2 ** 15, r: 8, p: 1 }

describe('the cost of new hashes', () => {
  const cases: { name: string; env: Record<string, string>; cost: ScryptCost }[] = [
    { name: 'OWASP N=2^17 r=8 p=1 when nothing is set', env: {}, cost: { N: 2 ** 17, r: 8, p: 1 } },
    { name: 'a test run may lower N to a power of two', env: { PASSWORD_HASH_SCRYPT_N: '16384' }, cost: { N: 2 ** 14, r: 8, p: 1 } },
    { name: 'a value that is not a power of two is ignored', env: { PASSWORD_HASH_SCRYPT_N: '10000' }, cost: OWASP_SCRYPT_COST },
    { name: 'a value below 2^10 is ignored', env: { PASSWORD_HASH_SCRYPT_N: '2' }, cost: OWASP_SCRYPT_COST },
    { name: 'a word is ignored', env: { PASSWORD_HASH_SCRYPT_N: 'fast' }, cost: OWASP_SCRYPT_COST },
  ]
  for (const c of cases) {
    it(c.name, () => {
      expect(configuredScryptCost(c.env)).toEqual(c.cost)
    })
  }

  it('a new hash at the production cost names N=2^17, r=8, p=1 and verifies', async () => {
    const stored = await hashPassword(PASSWORD, configuredScryptCost({}))
    expect(stored.split('$').slice(0, 4)).toEqual(['scrypt', '131072', '8', '1'])
    expect(scryptCostOf(stored)).toEqual({ N: 2 ** 17, r: 8, p: 1 })
    expect(await verifyPassword(PASSWORD, stored)).toBe(true)
    expect(needsRehash(stored, OWASP_SCRYPT_COST)).toBe(false)
  })
})

describe('stored hashes of any cost', () => {
  const cases: { name: string; cost: ScryptCost; current: ScryptCost; rehash: boolean }[] = [
    { name: 'an N=2^15 hash verifies and is flagged for rehash', cost: OLD_COST, current: OWASP_SCRYPT_COST, rehash: true },
    { name: 'an r=4 hash verifies and is flagged for rehash', cost: { N: 2 ** 14, r: 4, p: 1 }, current: { N: 2 ** 14, r: 8, p: 1 }, rehash: true },
    { name: 'a hash at the current cost is kept', cost: { N: 2 ** 14, r: 8, p: 1 }, current: { N: 2 ** 14, r: 8, p: 1 }, rehash: false },
  ]
  for (const c of cases) {
    it(c.name, async () => {
      const stored = await hashPassword(PASSWORD, c.cost)
      expect(await verifyPassword(PASSWORD, stored)).toBe(true)
      expect(await verifyPassword(PASSWORD + 'x', stored)).toBe(false)
      expect(needsRehash(stored, c.current)).toBe(c.rehash)
    })
  }

  const malformed: { name: string; stored: string }[] = [
    { name: 'another scheme', stored: 'bcrypt$2b$10$abc' },
    { name: 'no hash part', stored: 'scrypt$16384$8$1$c2FsdA==' },
    { name: 'an absurd N (would ask for gigabytes)', stored: 'scrypt$1073741824$8$1$c2FsdA==$aGFzaA==' },
    { name: 'a cost that is not a number', stored: 'scrypt$x$8$1$c2FsdA==$aGFzaA==' },
    { name: 'extra fields', stored: 'scrypt$16384$8$1$c2FsdA==$aGFzaA==$more' },
  ]
  for (const c of malformed) {
    it(`refuses and flags ${c.name}`, async () => {
      expect(await verifyPassword(PASSWORD, c.stored)).toBe(false)
      expect(needsRehash(c.stored, OWASP_SCRYPT_COST)).toBe(true)
    })
  }
})

describe('the hashing queue', () => {
  it('runs at most half the cores of scrypt calls at once (at least one) and lines up the rest', async () => {
    const cheap: ScryptCost = { N: 2 ** 10, r: 8, p: 1 }
    const { concurrency } = HASHING_QUEUE
    expect(concurrency).toBe(Math.max(1, Math.floor(availableParallelism() / 2)))
    const hashes = Array.from({ length: concurrency + 3 }, () => hashPassword(PASSWORD, cheap))
    expect({ running: passwordHashingQueue.running, waiting: passwordHashingQueue.waiting }).toEqual({ running: concurrency, waiting: 3 })
    const stored = await Promise.all(hashes)
    expect(await Promise.all(stored.map((s) => verifyPassword(PASSWORD, s)))).toEqual(stored.map(() => true))
    expect({ running: passwordHashingQueue.running, waiting: passwordHashingQueue.waiting }).toEqual({ running: 0, waiting: 0 })
  })

  it('refuses with "try again" when the line is full', async () => {
    const cheap: ScryptCost = { N: 2 ** 10, r: 8, p: 1 }
    const results = await Promise.allSettled(Array.from({ length: 40 }, () => hashPassword(PASSWORD, cheap)))
    const refused = results.filter((r) => r.status === 'rejected')
    expect(refused).toHaveLength(40 - HASHING_QUEUE.concurrency - HASHING_QUEUE.maxWaiting)
    expect((refused[0] as PromiseRejectedResult).reason.message).toBe('Too many sign-in requests in progress. Try again in a moment.')
  })
})
