// The credentials operations that share their IAM action with a registered operation
// (so they cannot be keys of IAM_OPERATIONS, which is keyed by action) get the same
// treatment as tests/integration/iam/gate-coverage.test.ts gives the registry: denied
// for a principal without policies with nothing changed, allowed for root, the gate
// reached each time. The list is checked against the modules' exports: every operation
// exported from the credentials folders is either registered or covered here.
import { readdirSync, statSync } from 'node:fs'
import path from 'node:path'
import { afterAll, beforeAll, describe, expect, test } from 'vitest'
import * as iam from '@/lib/iam'
import type { Caller } from '@/lib/iam/caller'
import { IamError } from '@/lib/iam/errors'
import { gateCallCount } from '@/lib/iam/gate'
import { finishSecurityKeyRegistration } from '@/lib/iam/mfa/finish-security-key-registration'
import { startSecurityKeyRegistration } from '@/lib/iam/mfa/start-security-key-registration'
import { revokeUserSessions } from '@/lib/iam/sessions/revoke-user-sessions'
import { repoRoot } from '@/tests/support/test-database'
import { setUpIamTest, type IamTestContext } from '../iam/iam-test-setup'
import { RP, SoftwareAuthenticator } from './software-authenticator'

let t: IamTestContext
let nobody: Caller
const U = 'cov-cred-user'

interface SharedActionCase {
  fn: { action: string; apiName: string } & ((caller: Caller, input: never) => Promise<unknown>)
  /** The action it is gated as. */
  action: string
  input: () => unknown
}

const CASES: Record<string, SharedActionCase> = {
  startSecurityKeyRegistration: { fn: startSecurityKeyRegistration, action: 'iam:EnableMFADevice', input: () => ({ UserName: U, RelyingParty: RP }) },
  finishSecurityKeyRegistration: {
    fn: finishSecurityKeyRegistration, action: 'iam:EnableMFADevice',
    input: () => ({ UserName: U, DeviceName: 'cov-key', RelyingParty: RP, Response: new SoftwareAuthenticator().register('AAAA') }),
  },
  revokeUserSessions: { fn: revokeUserSessions, action: 'iam:PutUserPolicy', input: () => ({ UserName: U }) },
}

async function fingerprint(): Promise<string> {
  const p = t.db.prisma
  return JSON.stringify(await Promise.all([
    p.mfaDevice.findMany({ orderBy: { id: 'asc' } }), p.webAuthnChallenge.findMany({ orderBy: { id: 'asc' } }),
    p.consoleSession.findMany({ orderBy: { id: 'asc' } }), p.accessKey.findMany({ orderBy: { id: 'asc' } }),
    p.loginProfile.findMany({ orderBy: { userId: 'asc' } }), p.passwordHistory.findMany({ orderBy: { id: 'asc' } }),
    p.passwordPolicy.findMany({ orderBy: { accountId: 'asc' } }),
  ]))
}

function sourceFiles(dir: string): string[] {
  return readdirSync(dir).flatMap((name) => {
    const full = path.join(dir, name)
    return statSync(full).isDirectory() ? sourceFiles(full) : name.endsWith('.ts') && !name.endsWith('.test.ts') ? [full] : []
  })
}

beforeAll(async () => {
  t = await setUpIamTest()
  await iam.createUser(t.root, { UserName: 'cov-cred-nobody' })
  nobody = await t.asUser('cov-cred-nobody')
  await iam.createUser(t.root, { UserName: U })
  const user = await t.db.prisma.user.findFirstOrThrow({ where: { name: U } })
  await t.db.prisma.consoleSession.create({ data: { id: 'cov-session', accountId: t.accountId, userId: user.id, principalArn: user.arn, expiresAt: new Date(Date.now() + 3_600_000) } })
})
afterAll(() => t.cleanup())

test('every operation exported from the credentials folders is registered or covered here', async () => {
  const registered = new Set(Object.values(iam.IAM_OPERATIONS).map((e) => e.fn))
  const covered = new Set<unknown>(Object.values(CASES).map((c) => c.fn))
  const missing: string[] = []
  let operations = 0
  for (const folder of ['account', 'access-keys', 'mfa', 'passwords', 'sessions']) {
    for (const file of sourceFiles(path.join(repoRoot, 'lib/iam', folder))) {
      const mod = (await import(file)) as Record<string, unknown>
      for (const [name, value] of Object.entries(mod)) {
        if (typeof value !== 'function' || !('apiName' in value)) continue
        operations++
        if (!registered.has(value as never) && !covered.has(value)) missing.push(`${path.relative(repoRoot, file)}#${name}`)
      }
    }
  }
  expect(missing).toEqual([])
  // 21 registered (GetAccountSummary and the account alias and authorization details
  // operations among them) + 3 here: fails if the scan stops finding operations.
  expect(operations).toBe(24)
})

describe('shared-action operations: denied without policies (nothing changes), allowed for root', () => {
  for (const [name, c] of Object.entries(CASES)) {
    test(`${name} is gated as ${c.action}`, async () => {
      expect(c.fn.action).toBe(c.action)
      const before = await fingerprint()
      let calls = gateCallCount()
      const denied = await c.fn(nobody, c.input() as never).then(() => null, (e: unknown) => e)
      expect(gateCallCount()).toBeGreaterThan(calls)
      expect(denied).toBeInstanceOf(IamError)
      expect((denied as IamError).code).toBe('AccessDenied')
      expect((denied as IamError).message).toContain(`is not authorized to perform: ${c.action} on resource: arn:aws:iam::${t.accountId}:user/${U}`)
      expect(await fingerprint()).toBe(before)
      calls = gateCallCount()
      const asRoot = await c.fn(t.root, c.input() as never).then(() => null, (e: unknown) => e)
      expect(gateCallCount()).toBeGreaterThan(calls)
      if (asRoot !== null) {
        expect(asRoot).toBeInstanceOf(IamError)
        expect((asRoot as IamError).code).not.toBe('AccessDenied')
        expect((asRoot as IamError).code).not.toBe('ServiceFailure')
      }
    })
  }
})
