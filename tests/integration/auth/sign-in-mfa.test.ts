// The MFA step of console sign-in against a real database: no session until the MFA
// check passes, the pending sign-in is single use and expires, a code works once, wrong
// codes get the generic message and count toward the throttle, a flood of wrong codes
// ends the pending sign-in after three, the session records
// mfaAuthenticatedAt, and a password that must be changed (reset required or expired)
// is carried into the session; HardExpiry keeps an expired password out.
import { afterEach, beforeEach, describe, expect, it } from 'vitest'
import { createTestDatabase, type TestDatabase } from '@/tests/support/test-database'
import { PENDING_MFA_SIGN_IN_TTL_MS, PENDING_MFA_THROTTLE } from '@/lib/auth/pending-mfa-sign-in'
import { PASSWORD_EXPIRED_ADMIN_RESET_MESSAGE, SIGN_IN_FAILED_MESSAGE, signInToConsole, type SignInResult } from '@/lib/auth/sign-in'
import { MFA_SIGN_IN_EXPIRED_MESSAGE, MFA_TOO_MANY_WRONG_ANSWERS_MESSAGE, completeMfaSignIn } from '@/lib/auth/sign-in-mfa'
import { PRINCIPAL_THROTTLE } from '@/lib/auth/sign-in-throttle'
import { createVirtualMfaSeed, sealVirtualMfaSeed, timeStepAt, totpCodeAt } from '@/lib/credentials/totp'
import { seedSignInFixture, type SignInFixture } from './sign-in-fixture'

let database: TestDatabase
let fixture: SignInFixture
let secret: string
const T0 = new Date('2026-06-01T10:00:00Z')
const REQUEST = { sourceIp: '198.51.100.9', userAgent: 'vitest' }
const seconds = (d: Date) => Math.floor(d.getTime() / 1000)
const later = (ms: number) => new Date(T0.getTime() + ms)

beforeEach(async () => {
  database = await createTestDatabase()
  fixture = await seedSignInFixture(database.prisma)
  secret = createVirtualMfaSeed().secretBase32
  const alice = await database.prisma.user.findFirstOrThrow({ where: { name: 'alice' } })
  const deviceId = 'alice-phone-row'
  await database.prisma.mfaDevice.create({
    data: {
      id: deviceId,
      accountId: fixture.accountId,
      userId: alice.id,
      serialNumber: `arn:aws:iam::${fixture.accountId}:mfa/alice-phone`,
      name: 'alice-phone',
      type: 'virtual',
      enabled: true,
      enabledAt: T0,
      seedEncrypted: sealVirtualMfaSeed(secret, deviceId),
      // As EnableMFADevice leaves it: the step of the second enabling code.
      lastTimeStep: timeStepAt(seconds(T0)) - 1,
    },
  })
})
afterEach(async () => {
  await database.cleanup()
})

const alicePassword = () => ({ kind: 'iam-user', account: 'sandbox', userName: 'alice', password: fixture.userPassword })
const sessions = () => database.prisma.consoleSession.count()

async function pendingIdOf(result: SignInResult): Promise<string> {
  if (result.ok || !('mfaRequired' in result)) throw new Error(`expected the MFA step, got ${JSON.stringify(result)}`)
  return result.mfaRequired.pendingId
}

describe('the password step of a principal with MFA', () => {
  it('makes no session and asks for the MFA step, offering the authenticator app only', async () => {
    const result = await signInToConsole(database.prisma, alicePassword(), REQUEST, T0)
    expect(result).toMatchObject({ ok: false, mfaRequired: { methods: { totp: true, securityKey: false } } })
    expect(await sessions()).toBe(0)
  })
})

describe('the MFA step', () => {
  it('with the current code makes a session that records the MFA time', async () => {
    const pendingId = await pendingIdOf(await signInToConsole(database.prisma, alicePassword(), REQUEST, T0))
    const result = await completeMfaSignIn(database.prisma, { kind: 'mfa-code', pendingId, code: totpCodeAt(secret, seconds(T0)) }, null, REQUEST, later(5000))
    expect(result.ok).toBe(true)
    const session = await database.prisma.consoleSession.findFirstOrThrow()
    expect(session.mfaAuthenticatedAt).toEqual(later(5000))
    expect(session.principalArn).toBe(fixture.aliceArn)
  })

  const refusals: { name: string; code: () => string; message: string }[] = [
    { name: 'a wrong code', code: () => (totpCodeAt(secret, seconds(T0)) === '000000' ? '111111' : '000000'), message: SIGN_IN_FAILED_MESSAGE },
    { name: 'the code of the step EnableMFADevice used last', code: () => totpCodeAt(secret, seconds(T0) - 30), message: SIGN_IN_FAILED_MESSAGE },
    { name: 'a code that is not six digits', code: () => '12345', message: SIGN_IN_FAILED_MESSAGE },
  ]
  it.each(refusals)('refuses $name with the generic message and no session', async ({ code, message }) => {
    const pendingId = await pendingIdOf(await signInToConsole(database.prisma, alicePassword(), REQUEST, T0))
    const result = await completeMfaSignIn(database.prisma, { kind: 'mfa-code', pendingId, code: code() }, null, REQUEST, T0)
    expect(result).toEqual({ ok: false, message })
    expect(await sessions()).toBe(0)
  })

  it('accepts a code once only: the same code in a second sign-in is refused', async () => {
    const code = totpCodeAt(secret, seconds(T0))
    const first = await pendingIdOf(await signInToConsole(database.prisma, alicePassword(), REQUEST, T0))
    expect((await completeMfaSignIn(database.prisma, { kind: 'mfa-code', pendingId: first, code }, null, REQUEST, T0)).ok).toBe(true)
    const second = await pendingIdOf(await signInToConsole(database.prisma, alicePassword(), REQUEST, later(1000)))
    expect(await completeMfaSignIn(database.prisma, { kind: 'mfa-code', pendingId: second, code }, null, REQUEST, later(2000))).toEqual({ ok: false, message: SIGN_IN_FAILED_MESSAGE })
    expect(await sessions()).toBe(1)
  })

  it('uses a pending sign-in once only', async () => {
    const pendingId = await pendingIdOf(await signInToConsole(database.prisma, alicePassword(), REQUEST, T0))
    expect((await completeMfaSignIn(database.prisma, { kind: 'mfa-code', pendingId, code: totpCodeAt(secret, seconds(T0)) }, null, REQUEST, T0)).ok).toBe(true)
    const again = await completeMfaSignIn(database.prisma, { kind: 'mfa-code', pendingId, code: totpCodeAt(secret, seconds(T0) + 30) }, null, REQUEST, later(30_000))
    expect(again).toEqual({ ok: false, message: MFA_SIGN_IN_EXPIRED_MESSAGE })
    expect(await sessions()).toBe(1)
  })

  it('refuses a pending sign-in after it expires', async () => {
    const pendingId = await pendingIdOf(await signInToConsole(database.prisma, alicePassword(), REQUEST, T0))
    const at = later(PENDING_MFA_SIGN_IN_TTL_MS)
    const result = await completeMfaSignIn(database.prisma, { kind: 'mfa-code', pendingId, code: totpCodeAt(secret, seconds(at)) }, null, REQUEST, at)
    expect(result).toEqual({ ok: false, message: MFA_SIGN_IN_EXPIRED_MESSAGE })
  })

  it('refuses an unknown pending sign-in id', async () => {
    const result = await completeMfaSignIn(database.prisma, { kind: 'mfa-code', pendingId: 'not-a-pending-sign-in', code: totpCodeAt(secret, seconds(T0)) }, null, REQUEST, T0)
    expect(result).toEqual({ ok: false, message: MFA_SIGN_IN_EXPIRED_MESSAGE })
  })

  it('counts wrong codes toward the principal throttle, which then refuses even the right code', async () => {
    const wrong = totpCodeAt(secret, seconds(T0)) === '000000' ? '111111' : '000000'
    // Three on the first pending sign-in (which that ends), the rest on a second one.
    let pendingId = await pendingIdOf(await signInToConsole(database.prisma, alicePassword(), REQUEST, T0))
    for (let i = 0; i < PRINCIPAL_THROTTLE.maxFailures; i++) {
      if (i === PENDING_MFA_THROTTLE.maxFailures) pendingId = await pendingIdOf(await signInToConsole(database.prisma, alicePassword(), REQUEST, T0))
      await completeMfaSignIn(database.prisma, { kind: 'mfa-code', pendingId, code: wrong }, null, REQUEST, T0)
    }
    const result = await completeMfaSignIn(database.prisma, { kind: 'mfa-code', pendingId, code: totpCodeAt(secret, seconds(T0)) }, null, REQUEST, later(1000))
    expect(result.ok).toBe(false)
    expect((result as { message: string }).message).toMatch(/^Too many failed sign-in attempts/)
    expect(await sessions()).toBe(0)
  })

  it(`ends the pending sign-in after ${PENDING_MFA_THROTTLE.maxFailures} wrong codes: even the right code then needs the password again`, async () => {
    const wrong = totpCodeAt(secret, seconds(T0)) === '000000' ? '111111' : '000000'
    const pendingId = await pendingIdOf(await signInToConsole(database.prisma, alicePassword(), REQUEST, T0))
    const answers = []
    for (let i = 0; i < PENDING_MFA_THROTTLE.maxFailures; i++) {
      answers.push(await completeMfaSignIn(database.prisma, { kind: 'mfa-code', pendingId, code: wrong }, null, REQUEST, T0))
    }
    expect(answers).toEqual([
      ...Array(PENDING_MFA_THROTTLE.maxFailures - 1).fill({ ok: false, message: SIGN_IN_FAILED_MESSAGE }),
      { ok: false, message: MFA_TOO_MANY_WRONG_ANSWERS_MESSAGE },
    ])
    const right = await completeMfaSignIn(database.prisma, { kind: 'mfa-code', pendingId, code: totpCodeAt(secret, seconds(T0)) }, null, REQUEST, T0)
    expect(right).toEqual({ ok: false, message: MFA_SIGN_IN_EXPIRED_MESSAGE })
    // Starting again works: the password, then the right code.
    const again = await pendingIdOf(await signInToConsole(database.prisma, alicePassword(), REQUEST, later(1000)))
    expect((await completeMfaSignIn(database.prisma, { kind: 'mfa-code', pendingId: again, code: totpCodeAt(secret, seconds(T0)) }, null, REQUEST, later(2000))).ok).toBe(true)
  })

  it(`a flood of 30 wrong codes sent at once on one pending sign-in: ${PENDING_MFA_THROTTLE.maxFailures} are checked, the pending sign-in ends, no session`, async () => {
    const wrong = totpCodeAt(secret, seconds(T0)) === '000000' ? '111111' : '000000'
    const pendingId = await pendingIdOf(await signInToConsole(database.prisma, alicePassword(), REQUEST, T0))
    const answers = await Promise.all(
      Array.from({ length: 30 }, () => completeMfaSignIn(database.prisma, { kind: 'mfa-code', pendingId, code: wrong }, null, REQUEST, T0)),
    )
    const count = (message: string) => answers.filter((a) => !a.ok && 'message' in a && a.message === message).length
    expect({
      wrong: count(SIGN_IN_FAILED_MESSAGE),
      ended: count(MFA_TOO_MANY_WRONG_ANSWERS_MESSAGE),
      expired: count(MFA_SIGN_IN_EXPIRED_MESSAGE),
    }).toEqual({ wrong: PENDING_MFA_THROTTLE.maxFailures - 1, ended: 1, expired: 30 - PENDING_MFA_THROTTLE.maxFailures })
    // Each checked code is one failed ConsoleLogin in the event history; refusals are not.
    expect(await database.prisma.auditEvent.count({ where: { eventName: 'ConsoleLogin' } })).toBe(PENDING_MFA_THROTTLE.maxFailures)
    const right = await completeMfaSignIn(database.prisma, { kind: 'mfa-code', pendingId, code: totpCodeAt(secret, seconds(T0)) }, null, REQUEST, T0)
    expect(right).toEqual({ ok: false, message: MFA_SIGN_IN_EXPIRED_MESSAGE })
    expect(await sessions()).toBe(0)
  })

  it('the right password at the last allowed attempt still reaches the MFA step, and the right code signs in', async () => {
    // The attempt that reaches the limit holds the counter while it is checked; a right
    // password must give that hold back, or its own MFA step would be refused.
    for (let i = 0; i < PRINCIPAL_THROTTLE.maxFailures - 1; i++) {
      expect(await signInToConsole(database.prisma, { ...alicePassword(), password: 'wrong-Password-1' }, REQUEST, T0)).toEqual({ ok: false, message: SIGN_IN_FAILED_MESSAGE })
    }
    const pendingId = await pendingIdOf(await signInToConsole(database.prisma, alicePassword(), REQUEST, T0))
    const result = await completeMfaSignIn(database.prisma, { kind: 'mfa-code', pendingId, code: totpCodeAt(secret, seconds(T0)) }, null, REQUEST, later(1000))
    expect(result.ok).toBe(true)
  })

  it('refuses a security-key answer without a relying party or with a malformed assertion', async () => {
    const pendingId = await pendingIdOf(await signInToConsole(database.prisma, alicePassword(), REQUEST, T0))
    const rp = { rpID: 'localhost', expectedOrigin: 'http://localhost:3100' }
    expect(await completeMfaSignIn(database.prisma, { kind: 'mfa-security-key', pendingId, response: '{"id":"x"}' }, rp, REQUEST, T0)).toEqual({ ok: false, message: SIGN_IN_FAILED_MESSAGE })
    expect(await completeMfaSignIn(database.prisma, { kind: 'mfa-security-key', pendingId, response: 'not json' }, null, REQUEST, T0)).toEqual({ ok: false, message: SIGN_IN_FAILED_MESSAGE })
    expect(await sessions()).toBe(0)
  })
})

describe('a password that must be changed', () => {
  async function signInBob(now: Date) {
    return signInToConsole(database.prisma, { kind: 'iam-user', account: 'sandbox', userName: 'bob', password: fixture.userPassword }, REQUEST, now)
  }
  async function setPolicy(maxPasswordAge: number, hardExpiry: boolean) {
    await database.prisma.passwordPolicy.create({
      data: {
        accountId: fixture.accountId,
        minimumPasswordLength: 8,
        requireSymbols: false,
        requireNumbers: false,
        requireUppercaseCharacters: false,
        requireLowercaseCharacters: false,
        allowUsersToChangePassword: true,
        maxPasswordAge,
        passwordReusePrevention: null,
        hardExpiry,
      },
    })
    const bob = await database.prisma.user.findFirstOrThrow({ where: { name: 'bob' } })
    await database.prisma.loginProfile.update({ where: { userId: bob.id }, data: { passwordLastChangedAt: new Date(T0.getTime() - 31 * 24 * 60 * 60 * 1000) } })
  }

  it('"must create a new password at next sign-in" marks the session', async () => {
    const bob = await database.prisma.user.findFirstOrThrow({ where: { name: 'bob' } })
    await database.prisma.loginProfile.update({ where: { userId: bob.id }, data: { passwordResetRequired: true } })
    expect((await signInBob(T0)).ok).toBe(true)
    expect((await database.prisma.consoleSession.findFirstOrThrow()).passwordChangeRequired).toBe(true)
  })

  it('an expired password (MaxPasswordAge) marks the session', async () => {
    await setPolicy(30, false)
    expect((await signInBob(T0)).ok).toBe(true)
    expect((await database.prisma.consoleSession.findFirstOrThrow()).passwordChangeRequired).toBe(true)
  })

  it('an expired password with HardExpiry cannot sign in at all', async () => {
    await setPolicy(30, true)
    expect(await signInBob(T0)).toEqual({ ok: false, message: PASSWORD_EXPIRED_ADMIN_RESET_MESSAGE })
    expect(await sessions()).toBe(0)
  })

  it('a password within MaxPasswordAge does not', async () => {
    await setPolicy(60, true)
    expect((await signInBob(T0)).ok).toBe(true)
    expect((await database.prisma.consoleSession.findFirstOrThrow()).passwordChangeRequired).toBe(false)
  })
})
