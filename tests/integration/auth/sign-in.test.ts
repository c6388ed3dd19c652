// Console sign-in against a real migrated database: right and wrong credentials, one
// generic message for every failure, no session row on failure, throttling, and the
// session check that every request makes (revoked and expired sessions are rejected).
import { afterEach, beforeEach, describe, expect, it } from 'vitest'
import { createTestDatabase, type TestDatabase } from '@/tests/support/test-database'
import { CONSOLE_SESSION_MAX_AGE_SECONDS, findActiveConsoleSession, revokeConsoleSession } from '@/lib/auth/console-session'
import { configuredScryptCost, HASHING_QUEUE, hashPassword, scryptCostOf, verifyPassword } from '@/lib/credentials/password-hash'
import { HIDDEN_USER_NAME } from '@/lib/auth/record-console-login'
import { SIGN_IN_FAILED_MESSAGE, signInToConsole } from '@/lib/auth/sign-in'
import { IP_THROTTLE, PRINCIPAL_THROTTLE } from '@/lib/auth/sign-in-throttle'
import { userArn } from '@/lib/iam/arn'
import { newUserId } from '@/lib/credentials/ids'
import { seedSignInFixture, type SignInFixture } from './sign-in-fixture'

let database: TestDatabase
let fixture: SignInFixture
const T0 = new Date('2026-06-01T10:00:00Z')
const REQUEST = { sourceIp: '198.51.100.7', userAgent: 'vitest' }
const HALF_HOUR = 30 * 60_000

beforeEach(async () => {
  database = await createTestDatabase()
  fixture = await seedSignInFixture(database.prisma)
})
afterEach(async () => {
  await database.cleanup()
})

const sessionCount = () => database.prisma.consoleSession.count()
const consoleLogins = () => database.prisma.auditEvent.findMany({ where: { eventName: 'ConsoleLogin' }, orderBy: { eventTime: 'asc' } })

describe('successful sign-in', () => {
  const cases: { name: string; input: () => Record<string, string>; principal: () => string }[] = [
    {
      name: 'root by email address',
      input: () => ({ kind: 'root', email: fixture.rootEmail, password: fixture.rootPassword }),
      principal: () => `arn:aws:iam::${fixture.accountId}:root`,
    },
    {
      name: 'root by email address in other letter case',
      input: () => ({ kind: 'root', email: fixture.rootEmail.toUpperCase(), password: fixture.rootPassword }),
      principal: () => `arn:aws:iam::${fixture.accountId}:root`,
    },
    {
      name: 'IAM user by account alias',
      input: () => ({ kind: 'iam-user', account: 'sandbox', userName: 'alice', password: fixture.userPassword }),
      principal: () => fixture.aliceArn,
    },
    {
      name: 'IAM user by 12-digit account id',
      input: () => ({ kind: 'iam-user', account: fixture.accountId, userName: 'alice', password: fixture.userPassword }),
      principal: () => fixture.aliceArn,
    },
    {
      name: 'IAM user name and alias in other letter case',
      input: () => ({ kind: 'iam-user', account: 'SANDBOX', userName: 'ALICE', password: fixture.userPassword }),
      principal: () => fixture.aliceArn,
    },
  ]
  for (const c of cases) {
    it(`signs in: ${c.name}`, async () => {
      const result = await signInToConsole(database.prisma, c.input(), REQUEST, T0)
      expect(result).toEqual({ ok: true, sessionId: expect.any(String) })
      if (!result.ok) return
      const session = await findActiveConsoleSession(database.prisma, result.sessionId, T0)
      expect(session?.principalArn).toBe(c.principal())
      expect(session?.accountAlias).toBe('sandbox')
      const row = await database.prisma.consoleSession.findUniqueOrThrow({ where: { id: result.sessionId } })
      expect(row.expiresAt.getTime() - T0.getTime()).toBe(CONSOLE_SESSION_MAX_AGE_SECONDS * 1000)
      expect(row.sourceIp).toBe(REQUEST.sourceIp)
      const [event] = await consoleLogins()
      expect(event).toMatchObject({ eventSource: 'signin.amazonaws.com', errorMessage: null, sourceIPAddress: REQUEST.sourceIp })
      expect(JSON.parse(event!.responseElements!)).toEqual({ ConsoleLogin: 'Success' })
      expect(JSON.parse(event!.userIdentity).arn).toBe(c.principal())
    })
  }

  it('records the sign-in time on the user (Console last sign-in, Last activity)', async () => {
    await signInToConsole(database.prisma, { kind: 'iam-user', account: 'sandbox', userName: 'alice', password: fixture.userPassword }, REQUEST, T0)
    const alice = await database.prisma.user.findUniqueOrThrow({ where: { arn: fixture.aliceArn } })
    expect(alice.passwordLastUsedAt).toEqual(T0)
    expect(alice.lastActivityAt).toEqual(T0)
  })

  it('records the sign-in time of the root user', async () => {
    await signInToConsole(database.prisma, { kind: 'root', email: fixture.rootEmail, password: fixture.rootPassword }, REQUEST, T0)
    const account = await database.prisma.account.findUniqueOrThrow({ where: { id: fixture.accountId } })
    expect(account.rootPasswordLastUsedAt).toEqual(T0)
  })
})

describe('failed sign-in: one generic message, no session', () => {
  const cases: { name: string; input: () => Record<string, string>; loggedAs: string | null }[] = [
    { name: 'root, wrong password', input: () => ({ kind: 'root', email: fixture.rootEmail, password: 'wrong-Password-1' }), loggedAs: 'Root' },
    { name: 'root, unknown email', input: () => ({ kind: 'root', email: 'nobody@example.com', password: fixture.rootPassword }), loggedAs: null },
    { name: 'IAM user, wrong password', input: () => ({ kind: 'iam-user', account: 'sandbox', userName: 'alice', password: 'wrong-Password-1' }), loggedAs: 'alice' },
    { name: "IAM user, another user's password", input: () => ({ kind: 'iam-user', account: 'sandbox', userName: 'bob', password: fixture.userPassword + 'x' }), loggedAs: 'bob' },
    { name: 'IAM user, unknown user name', input: () => ({ kind: 'iam-user', account: 'sandbox', userName: 'mallory', password: fixture.userPassword }), loggedAs: HIDDEN_USER_NAME },
    { name: 'IAM user without a console password', input: () => ({ kind: 'iam-user', account: 'sandbox', userName: 'service-bot', password: fixture.userPassword }), loggedAs: 'service-bot' },
    { name: 'IAM user, unknown alias', input: () => ({ kind: 'iam-user', account: 'no-such-alias', userName: 'alice', password: fixture.userPassword }), loggedAs: null },
    { name: 'IAM user, unknown account id', input: () => ({ kind: 'iam-user', account: '000000000000', userName: 'alice', password: fixture.userPassword }), loggedAs: null },
    { name: 'IAM user, the root email as user name', input: () => ({ kind: 'iam-user', account: 'sandbox', userName: fixture.rootEmail, password: fixture.rootPassword }), loggedAs: HIDDEN_USER_NAME },
    { name: 'empty password', input: () => ({ kind: 'root', email: fixture.rootEmail, password: '' }), loggedAs: null },
    { name: 'no sign-in kind', input: () => ({ email: fixture.rootEmail, password: fixture.rootPassword }), loggedAs: null },
  ]
  for (const c of cases) {
    it(`refuses: ${c.name}`, async () => {
      const result = await signInToConsole(database.prisma, c.input(), REQUEST, T0)
      expect(result).toEqual({ ok: false, message: SIGN_IN_FAILED_MESSAGE })
      expect(await sessionCount()).toBe(0)
      const events = await consoleLogins()
      if (c.loggedAs === null) {
        expect(events).toHaveLength(0)
        return
      }
      expect(events).toHaveLength(1)
      expect(JSON.parse(events[0]!.responseElements!)).toEqual({ ConsoleLogin: 'Failure' })
      expect(events[0]!.errorMessage).toBe('Failed authentication')
      const identity = JSON.parse(events[0]!.userIdentity)
      expect(c.loggedAs === 'Root' ? identity.type : identity.userName).toBe(c.loggedAs)
    })
  }

  it('says "Your authentication information is incorrect. Please try again." as AWS does', () => {
    expect(SIGN_IN_FAILED_MESSAGE).toBe('Your authentication information is incorrect. Please try again.')
  })
})

describe('hashes of an older cost are upgraded at the next successful sign-in', () => {
  // Every hash stored before OWASP's parameters names N=2^15 in its text.
  const OLD_COST = { N: 2 ** 15, r: 8, p: 1 }
  const cases: { name: string; input: () => Record<string, string>; password: () => string; storedHash: () => Promise<string> }[] = [
    {
      name: 'an IAM user',
      input: () => ({ kind: 'iam-user', account: 'sandbox', userName: 'alice', password: fixture.userPassword }),
      password: () => fixture.userPassword,
      storedHash: async () => (await database.prisma.loginProfile.findFirstOrThrow({ where: { user: { arn: fixture.aliceArn } } })).passwordHash,
    },
    {
      name: 'the root user',
      input: () => ({ kind: 'root', email: fixture.rootEmail, password: fixture.rootPassword }),
      password: () => fixture.rootPassword,
      storedHash: async () => (await database.prisma.account.findUniqueOrThrow({ where: { id: fixture.accountId } })).rootPasswordHash,
    },
  ]
  async function storeOldCostHash(c: (typeof cases)[number]) {
    const old = await hashPassword(c.password(), OLD_COST)
    await database.prisma.loginProfile.updateMany({ where: { user: { arn: fixture.aliceArn } }, data: { passwordHash: old } })
    await database.prisma.account.update({ where: { id: fixture.accountId }, data: { rootPasswordHash: old } })
    return old
  }
  for (const c of cases) {
    it(`${c.name}: the N=2^15 hash verifies, is replaced by one at the current cost, and the password still works`, async () => {
      await storeOldCostHash(c)
      expect((await signInToConsole(database.prisma, c.input(), REQUEST, T0)).ok).toBe(true)
      const upgraded = await c.storedHash()
      expect(scryptCostOf(upgraded)).toEqual(configuredScryptCost())
      expect(await verifyPassword(c.password(), upgraded)).toBe(true)
      expect((await signInToConsole(database.prisma, c.input(), REQUEST, T0)).ok).toBe(true)
      expect(await c.storedHash()).toBe(upgraded)
    })

    it(`${c.name}: a wrong password leaves the old hash as it is`, async () => {
      const old = await storeOldCostHash(c)
      expect((await signInToConsole(database.prisma, { ...c.input(), password: 'wrong-Password-1' }, REQUEST, T0)).ok).toBe(false)
      expect(await c.storedHash()).toBe(old)
    })
  }
})

describe('throttling', () => {
  const alice = (password: string) => ({ kind: 'iam-user', account: 'sandbox', userName: 'alice', password })
  const minutes = (n: number) => new Date(T0.getTime() + n * 60_000)

  async function failTimes(input: Record<string, string>, times: number, at: Date, request = REQUEST) {
    for (let i = 0; i < times; i++) {
      expect(await signInToConsole(database.prisma, input, request, at)).toEqual({ ok: false, message: SIGN_IN_FAILED_MESSAGE })
    }
  }

  it(`refuses even the right password after ${PRINCIPAL_THROTTLE.maxFailures} failures, then lets it through once the delay has passed`, async () => {
    await failTimes(alice('wrong-Password-1'), PRINCIPAL_THROTTLE.maxFailures, T0)
    const blocked = await signInToConsole(database.prisma, alice(fixture.userPassword), REQUEST, minutes(0.5))
    expect(blocked).toEqual({ ok: false, message: 'Too many failed sign-in attempts. Try again in 1 minute.' })
    expect(await sessionCount()).toBe(0)
    const later = await signInToConsole(database.prisma, alice(fixture.userPassword), REQUEST, minutes(1.5))
    expect(later.ok).toBe(true)
  })

  it('blocks by account id and by alias alike (one counter per user)', async () => {
    await failTimes(alice('wrong-Password-1'), PRINCIPAL_THROTTLE.maxFailures, T0)
    const byId = await signInToConsole(database.prisma, { ...alice(fixture.userPassword), account: fixture.accountId }, REQUEST, T0)
    expect(byId.ok).toBe(false)
  })

  it('doubles the delay for each further failure', async () => {
    await failTimes(alice('wrong-Password-1'), PRINCIPAL_THROTTLE.maxFailures, T0) // blocked until +1 min
    await failTimes(alice('wrong-Password-1'), 1, minutes(1.5)) // one more: blocked 2 minutes
    const blocked = await signInToConsole(database.prisma, alice(fixture.userPassword), REQUEST, minutes(2))
    expect(blocked).toEqual({ ok: false, message: 'Too many failed sign-in attempts. Try again in 2 minutes.' })
  })

  it('treats an unknown user name exactly like a known one (the refusal reveals nothing)', async () => {
    const mallory = { kind: 'iam-user', account: 'sandbox', userName: 'mallory', password: 'x' }
    await failTimes(alice('wrong-Password-1'), PRINCIPAL_THROTTLE.maxFailures, T0)
    await failTimes(mallory, PRINCIPAL_THROTTLE.maxFailures, T0)
    const forAlice = await signInToConsole(database.prisma, alice('wrong-Password-1'), REQUEST, T0)
    const forMallory = await signInToConsole(database.prisma, mallory, REQUEST, T0)
    expect(forMallory).toEqual(forAlice)
  })

  it('does not block other users or other addresses because of one user', async () => {
    await failTimes(alice('wrong-Password-1'), PRINCIPAL_THROTTLE.maxFailures, T0)
    const bob = await signInToConsole(database.prisma, { kind: 'iam-user', account: 'sandbox', userName: 'bob', password: fixture.userPassword }, REQUEST, T0)
    expect(bob.ok).toBe(true)
    const aliceElsewhere = await signInToConsole(database.prisma, alice(fixture.userPassword), { ...REQUEST, sourceIp: '203.0.113.9' }, T0)
    expect(aliceElsewhere.ok).toBe(true)
  })

  it(`blocks an address after ${IP_THROTTLE.maxFailures} failures across many user names`, async () => {
    for (let i = 0; i < IP_THROTTLE.maxFailures; i++) {
      await failTimes({ kind: 'iam-user', account: 'sandbox', userName: `guess-${i}`, password: 'x' }, 1, T0)
    }
    const fromThatAddress = await signInToConsole(database.prisma, alice(fixture.userPassword), REQUEST, T0)
    expect(fromThatAddress.ok).toBe(false)
    const fromElsewhere = await signInToConsole(database.prisma, alice(fixture.userPassword), { ...REQUEST, sourceIp: '203.0.113.9' }, T0)
    expect(fromElsewhere.ok).toBe(true)
  })

  const TOO_MANY = /^Too many failed sign-in attempts\. Try again in \d+ minutes?\.$/
  const tally = (results: { ok: boolean; message?: string }[]) => ({
    wrongPassword: results.filter((r) => !r.ok && r.message === SIGN_IN_FAILED_MESSAGE).length,
    throttled: results.filter((r) => !r.ok && TOO_MANY.test(r.message ?? '')).length,
    signedIn: results.filter((r) => r.ok).length,
  })
  const flood = (input: Record<string, string>, n: number, request = REQUEST) =>
    Promise.all(Array.from({ length: n }, () => signInToConsole(database.prisma, input, request, T0) as Promise<{ ok: boolean; message?: string }>))

  it(`50 wrong passwords for alice sent at once: ${PRINCIPAL_THROTTLE.maxFailures} are checked and answered "incorrect", the rest refused unchecked`, async () => {
    const results = await flood(alice('wrong-Password-1'), 50)
    expect(tally(results)).toEqual({ wrongPassword: PRINCIPAL_THROTTLE.maxFailures, throttled: 50 - PRINCIPAL_THROTTLE.maxFailures, signedIn: 0 })
    // Only a checked password leaves a failed ConsoleLogin in the event history.
    expect(await consoleLogins()).toHaveLength(PRINCIPAL_THROTTLE.maxFailures)
    // The right password from that address is refused too, until the delay has passed.
    expect(await signInToConsole(database.prisma, alice(fixture.userPassword), REQUEST, T0)).toMatchObject({ ok: false, message: expect.stringMatching(TOO_MANY) })
  })

  // As many at once as the hashing queue holds: beyond it the server answers "try again"
  // before anything is counted (lib/credentials/password-hash.ts).
  const AT_ONCE = HASHING_QUEUE.concurrency + HASHING_QUEUE.maxWaiting
  const NAMES = IP_THROTTLE.maxFailures + 20
  it(`${NAMES} wrong passwords for ${NAMES} names from one address, ${AT_ONCE} at a time: ${IP_THROTTLE.maxFailures} are checked (the address's limit)`, async () => {
    const results: { ok: boolean; message?: string }[] = []
    for (let first = 0; first < NAMES; first += AT_ONCE) {
      const wave = Array.from({ length: Math.min(AT_ONCE, NAMES - first) }, (_, i) => `guess-${first + i}`)
      results.push(...(await Promise.all(wave.map((userName) => signInToConsole(database.prisma, { kind: 'iam-user', account: 'sandbox', userName, password: 'x' }, REQUEST, T0) as Promise<{ ok: boolean; message?: string }>))))
    }
    expect(tally(results)).toEqual({ wrongPassword: IP_THROTTLE.maxFailures, throttled: NAMES - IP_THROTTLE.maxFailures, signedIn: 0 })
  })

  it(`a class of ${AT_ONCE} behind one address signs in at the same moment: every student gets in`, async () => {
    const alice = await database.prisma.user.findFirstOrThrow({ where: { name: 'alice' }, include: { loginProfile: true } })
    const students = Array.from({ length: AT_ONCE }, (_, i) => `student-${i + 1}`)
    for (const name of students) {
      await database.prisma.user.create({
        data: {
          id: newUserId(), accountId: fixture.accountId, name, nameKey: name, arn: userArn(fixture.accountId, '/', name),
          loginProfile: { create: { passwordHash: alice.loginProfile!.passwordHash } },
        },
      })
    }
    const results = await Promise.all(
      students.map((userName) => signInToConsole(database.prisma, { kind: 'iam-user', account: 'sandbox', userName, password: fixture.userPassword }, REQUEST, T0) as Promise<{ ok: boolean; message?: string }>),
    )
    expect(tally(results)).toEqual({ wrongPassword: 0, throttled: 0, signedIn: AT_ONCE })
  })

  it("alice signs in from her own address while her name is being guessed from another one", async () => {
    const guesser = { ...REQUEST, sourceIp: '203.0.113.66' }
    const [guesses, aliceSignIn] = await Promise.all([
      flood(alice('wrong-Password-1'), 30, guesser),
      signInToConsole(database.prisma, alice(fixture.userPassword), REQUEST, T0),
    ])
    expect(aliceSignIn.ok).toBe(true)
    expect(tally(guesses)).toEqual({ wrongPassword: PRINCIPAL_THROTTLE.maxFailures, throttled: 30 - PRINCIPAL_THROTTLE.maxFailures, signedIn: 0 })
    // And again after the guesser is blocked: the block is the guesser's, not alice's.
    expect((await signInToConsole(database.prisma, alice(fixture.userPassword), REQUEST, minutes(0.5))).ok).toBe(true)
    expect((await signInToConsole(database.prisma, alice(fixture.userPassword), guesser, minutes(0.5))).ok).toBe(false)
  })

  it('gives an attempt back when it was never checked: the refused ones of a flood do not lengthen the block', async () => {
    await flood(alice('wrong-Password-1'), 20)
    // Five checked failures block for the first delay only (1 minute), as five one at a time would.
    expect(await signInToConsole(database.prisma, alice(fixture.userPassword), REQUEST, minutes(0.5))).toEqual({ ok: false, message: 'Too many failed sign-in attempts. Try again in 1 minute.' })
    expect((await signInToConsole(database.prisma, alice(fixture.userPassword), REQUEST, minutes(1.5))).ok).toBe(true)
  })

  it('forgets the counters of guesses whose window and block have run out, and only those', async () => {
    const guesser = { ...REQUEST, sourceIp: '203.0.113.66' }
    await failTimes(alice('wrong-Password-1'), PRINCIPAL_THROTTLE.maxFailures, T0, guesser) // blocked until +1 min
    for (let i = 0; i < 3; i++) await failTimes({ kind: 'iam-user', account: 'sandbox', userName: `guess-${i}`, password: 'x' }, 1, T0)
    const keys = async () => (await database.prisma.signInThrottle.findMany({ select: { key: true }, orderBy: { key: 'asc' } })).map((r) => r.key)
    const before = await keys()
    expect(before).toHaveLength(2 + 3 + 1) // alice from the guesser, the guesser; three names and REQUEST's address
    // Ten minutes on: every window is still open, a new failure keeps them all.
    await failTimes({ kind: 'iam-user', account: 'sandbox', userName: 'late', password: 'x' }, 1, minutes(10))
    expect(await keys()).toEqual(expect.arrayContaining(before))
    // An hour on, the next failure prunes every counter that would start again at 1.
    await failTimes({ kind: 'iam-user', account: 'sandbox', userName: 'later', password: 'x' }, 1, minutes(60))
    expect(await keys()).toEqual(['ip:198.51.100.7', `user:${fixture.accountId}/later from 198.51.100.7`])
  })

  it('starts counting again after a successful sign-in', async () => {
    await failTimes(alice('wrong-Password-1'), PRINCIPAL_THROTTLE.maxFailures - 1, T0)
    expect((await signInToConsole(database.prisma, alice(fixture.userPassword), REQUEST, T0)).ok).toBe(true)
    await failTimes(alice('wrong-Password-1'), PRINCIPAL_THROTTLE.maxFailures - 1, T0)
    expect((await signInToConsole(database.prisma, alice(fixture.userPassword), REQUEST, T0)).ok).toBe(true)
  })
})

describe('the session check of every request', () => {
  async function signInAlice(): Promise<string> {
    const result = await signInToConsole(database.prisma, { kind: 'iam-user', account: 'sandbox', userName: 'alice', password: fixture.userPassword }, REQUEST, T0)
    if (!result.ok) throw new Error('mfaRequired' in result ? 'MFA required' : result.message)
    return result.sessionId
  }

  it('accepts an active session', async () => {
    const id = await signInAlice()
    expect((await findActiveConsoleSession(database.prisma, id, T0))?.user?.name).toBe('alice')
  })

  it('rejects an unknown session id', async () => {
    expect(await findActiveConsoleSession(database.prisma, 'no-such-session', T0)).toBeNull()
  })

  it('rejects a revoked session (sign out)', async () => {
    const id = await signInAlice()
    await revokeConsoleSession(database.prisma, id, T0)
    expect(await findActiveConsoleSession(database.prisma, id, T0)).toBeNull()
  })

  it('rejects a session after 12 hours, however often it was used', async () => {
    const id = await signInAlice()
    const almost = new Date(T0.getTime() + CONSOLE_SESSION_MAX_AGE_SECONDS * 1000 - 1)
    // Used every half hour, so the idle timeout never ends it first.
    for (let at = T0.getTime() + HALF_HOUR; at < almost.getTime(); at += HALF_HOUR) {
      expect(await findActiveConsoleSession(database.prisma, id, new Date(at))).not.toBeNull()
    }
    expect(await findActiveConsoleSession(database.prisma, id, almost)).not.toBeNull()
    const expired = new Date(T0.getTime() + CONSOLE_SESSION_MAX_AGE_SECONDS * 1000)
    expect(await findActiveConsoleSession(database.prisma, id, expired)).toBeNull()
  })

  it('rejects the session of a user who was deleted', async () => {
    const id = await signInAlice()
    await database.prisma.user.delete({ where: { arn: fixture.aliceArn } })
    expect(await findActiveConsoleSession(database.prisma, id, T0)).toBeNull()
  })
})
