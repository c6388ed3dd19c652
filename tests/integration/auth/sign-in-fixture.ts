// The seeded sandbox (scripts/seed.ts: alias `sandbox`, root, alice/bob/carol with
// console passwords) plus service-bot, a user without a console password. The seed's
// AWS managed policies are cut to the four the example groups use: the full 1,452 would
// cost seconds per test and sign-in never reads them.
import { mkdtemp, readFile, writeFile } from 'node:fs/promises'
import os from 'node:os'
import path from 'node:path'
import type { Db } from '@/lib/db/client'
import { userArn } from '@/lib/iam/arn'
import { newUserId } from '@/lib/credentials/ids'
import { AWS_MANAGED_POLICIES_FILE, DEFAULT_ROOT_EMAIL, seedSandbox } from '@/scripts/seed'

export interface SignInFixture {
  accountId: string
  rootEmail: string
  rootPassword: string
  userPassword: string
  aliceArn: string
}

const ROOT_PASSWORD = 'Root-Pa55word!'
const USER_PASSWORD = 'User-Pa55word!'
const GROUP_POLICIES = ['AdministratorAccess', 'PowerUserAccess', 'SecurityAudit', 'IAMReadOnlyAccess']

let policiesFile: Promise<string> | undefined
function examplePoliciesFile(): Promise<string> {
  policiesFile ??= (async () => {
    const all = JSON.parse(await readFile(AWS_MANAGED_POLICIES_FILE, 'utf8')) as { policies: { PolicyName: string }[] }
    const policies = all.policies.filter((p) => GROUP_POLICIES.includes(p.PolicyName))
    if (policies.length !== GROUP_POLICIES.length) throw new Error('the seed data lacks a policy the example groups use')
    const file = path.join(await mkdtemp(path.join(os.tmpdir(), 'sign-in-fixture-')), 'policies.json')
    await writeFile(file, JSON.stringify({ ...all, policies }))
    return file
  })()
  return policiesFile
}

export async function seedSignInFixture(db: Db): Promise<SignInFixture> {
  const seeded = await seedSandbox(db, {
    rootPassword: ROOT_PASSWORD,
    userPassword: USER_PASSWORD,
    managedPoliciesFile: await examplePoliciesFile(),
  })
  const { accountId } = seeded
  await db.user.create({
    data: { id: newUserId(), accountId, name: 'service-bot', nameKey: 'service-bot', arn: userArn(accountId, '/', 'service-bot') },
  })
  return {
    accountId,
    rootEmail: DEFAULT_ROOT_EMAIL,
    rootPassword: ROOT_PASSWORD,
    userPassword: USER_PASSWORD,
    aliceArn: userArn(accountId, '/', 'alice'),
  }
}
