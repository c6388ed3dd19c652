// How a console session ends besides signing out: its user's console password is
// deleted (Disable console access), it goes unused for the idle timeout, or it reaches
// the 12-hour limit. And which cookie carries it: one name per scheme.
import { afterAll, beforeAll, describe, expect, test } from 'vitest'
import { encode } from 'next-auth/jwt'
import {
  CONSOLE_SESSION_MAX_AGE_SECONDS, consoleSessionIdleTimeoutMs, createConsoleSession, DEFAULT_IDLE_TIMEOUT_MINUTES,
  findActiveConsoleSession, LAST_SEEN_RESOLUTION_MS,
} from '@/lib/auth/console-session'
import { PLAIN_SESSION_COOKIE, SECURE_SESSION_COOKIE, sessionCookieName } from '@/lib/auth/session-cookie'
import { sessionIdOfCookie } from '@/lib/auth/session-id-of-cookie'
import { attachUserPolicy, createLoginProfile, createUser, deleteLoginProfile } from '@/lib/iam'
import { iamErrorOf, setUpIamTest, type IamTestContext } from '../iam/iam-test-setup'

let t: IamTestContext
beforeAll(async () => {
  t = await setUpIamTest()
})
afterAll(() => t.cleanup())

const MINUTE = 60_000
const IDLE = DEFAULT_IDLE_TIMEOUT_MINUTES * MINUTE

async function userWithPassword(name: string) {
  await createUser(t.root, { UserName: name })
  await createLoginProfile(t.root, { UserName: name, Password: `${name}-Pa55word!` })
  return t.db.prisma.user.findFirstOrThrow({ where: { accountId: t.accountId, name } })
}

function newSession(user: { id: string; arn: string }, now = new Date()) {
  return createConsoleSession(t.db.prisma, { accountId: t.accountId, userId: user.id, principalArn: user.arn }, now)
}

const isActive = async (id: string, now = new Date()) => (await findActiveConsoleSession(t.db.prisma, id, now)) !== null

describe('Disable console access (DeleteLoginProfile) ends the user\'s console sessions', () => {
  test('an administrator disables it: every session of the user ends, other users\' stay', async () => {
    const erin = await userWithPassword('erin')
    const frank = await userWithPassword('frank')
    const erinSessions = [await newSession(erin), await newSession(erin)]
    const frankSession = await newSession(frank)
    await deleteLoginProfile(t.root, { UserName: 'erin' })
    for (const s of erinSessions) expect(await isActive(s)).toBe(false)
    expect(await isActive(frankSession)).toBe(true)
  })

  test('a user who deletes their own password keeps the session that did it; their other sessions end', async () => {
    const gina = await userWithPassword('gina')
    await attachUserPolicy(t.root, { UserName: 'gina', PolicyArn: 'arn:aws:iam::aws:policy/IAMFullAccess' })
    const [here, elsewhere] = [await newSession(gina), await newSession(gina)]
    await deleteLoginProfile(await t.asUser('gina', { sessionId: here }), { UserName: 'gina' })
    expect(await isActive(here)).toBe(true)
    expect(await isActive(elsewhere)).toBe(false)
  })

  test('a denied DeleteLoginProfile ends nothing', async () => {
    const hank = await userWithPassword('hank')
    await createUser(t.root, { UserName: 'intern' })
    const session = await newSession(hank)
    expect((await iamErrorOf(deleteLoginProfile(await t.asUser('intern'), { UserName: 'hank' }))).code).toBe('AccessDenied')
    expect(await isActive(session)).toBe(true)
  })
})

describe('the idle timeout', () => {
  const T0 = new Date('2026-06-01T10:00:00Z')
  const at = (ms: number) => new Date(T0.getTime() + ms)
  const lastSeenAt = async (id: string) => (await t.db.prisma.consoleSession.findUniqueOrThrow({ where: { id } })).lastSeenAt

  test(`a session unused for ${DEFAULT_IDLE_TIMEOUT_MINUTES} minutes ends; one used within them lives on`, async () => {
    const user = await userWithPassword('ivan')
    const unused = await newSession(user, T0)
    const used = await newSession(user, T0)
    expect(await isActive(used, at(IDLE - MINUTE))).toBe(true)
    expect(await isActive(unused, at(IDLE))).toBe(false)
    expect(await isActive(used, at(2 * IDLE - 2 * MINUTE))).toBe(true)
    // Idle again from its last use on.
    expect(await isActive(used, at(3 * IDLE))).toBe(false)
  })

  test('a session that timed out stays ended when it is tried again', async () => {
    const user = await userWithPassword('jill')
    const s = await newSession(user, T0)
    expect(await isActive(s, at(IDLE))).toBe(false)
    expect(await isActive(s, at(IDLE + 1))).toBe(false)
  })

  test(`lastSeenAt is written at most once per ${LAST_SEEN_RESOLUTION_MS / 1000} s of use`, async () => {
    const user = await userWithPassword('kate')
    const s = await newSession(user, T0)
    for (const ms of [1_000, 20_000, LAST_SEEN_RESOLUTION_MS - 1]) {
      await findActiveConsoleSession(t.db.prisma, s, at(ms))
      expect(await lastSeenAt(s)).toEqual(T0)
    }
    await findActiveConsoleSession(t.db.prisma, s, at(LAST_SEEN_RESOLUTION_MS))
    expect(await lastSeenAt(s)).toEqual(at(LAST_SEEN_RESOLUTION_MS))
    // A page's parallel requests: one write between them.
    const now = at(3 * LAST_SEEN_RESOLUTION_MS)
    await Promise.all(Array.from({ length: 8 }, () => findActiveConsoleSession(t.db.prisma, s, now)))
    expect(await lastSeenAt(s)).toEqual(now)
    // A clock that went back never moves it back.
    await findActiveConsoleSession(t.db.prisma, s, at(2 * LAST_SEEN_RESOLUTION_MS))
    expect(await lastSeenAt(s)).toEqual(now)
  })

  test('a shorter idle timeout set by SESSION_IDLE_TIMEOUT_MINUTES', async () => {
    const user = await userWithPassword('liam')
    const s = await newSession(user, T0)
    const fifteen = consoleSessionIdleTimeoutMs('15')
    expect(await findActiveConsoleSession(t.db.prisma, s, at(14 * MINUTE), fifteen)).not.toBeNull()
    expect(await findActiveConsoleSession(t.db.prisma, s, at(29 * MINUTE), fifteen)).toBeNull()
  })

  test.each([
    ['unset', undefined, IDLE],
    ['empty', '', IDLE],
    ['15 minutes', '15', 15 * MINUTE],
    ['the 12-hour limit', String(CONSOLE_SESSION_MAX_AGE_SECONDS / 60), CONSOLE_SESSION_MAX_AGE_SECONDS * 1000],
  ])('SESSION_IDLE_TIMEOUT_MINUTES %s', (_name, setting, expected) => expect(consoleSessionIdleTimeoutMs(setting)).toBe(expected))

  test.each([['zero', '0'], ['a fraction', '1.5'], ['seconds', '90s'], ['above 12 hours', '721'], ['negative', '-5']])(
    'SESSION_IDLE_TIMEOUT_MINUTES refuses %s',
    (_name, setting) => expect(() => consoleSessionIdleTimeoutMs(setting)).toThrow(/whole number of minutes/),
  )
})

describe('one session cookie name per scheme', () => {
  test.each([
    ['https', 'https://iam.example.edu', SECURE_SESSION_COOKIE],
    ['HTTPS in capitals', 'HTTPS://iam.example.edu', SECURE_SESSION_COOKIE],
    ['http', 'http://localhost:3000', PLAIN_SESSION_COOKIE],
    ['unset', undefined, PLAIN_SESSION_COOKIE],
  ])('%s', (_name, url, expected) => expect(sessionCookieName(url)).toBe(expected))

  test('the cookie names a live session only with the secret that signed it', async () => {
    const user = await userWithPassword('mona')
    const s = await newSession(user)
    const cookie = await encode({ token: { sid: s }, secret: 'the-secret' })
    expect(await sessionIdOfCookie(cookie, 'the-secret')).toBe(s)
    expect(await sessionIdOfCookie(cookie, 'another-secret')).toBeNull()
    expect(await sessionIdOfCookie('not-a-token', 'the-secret')).toBeNull()
    expect(await sessionIdOfCookie(undefined, 'the-secret')).toBeNull()
  })
})
