// What every workflow test checks: a caller refused one step of a workflow leaves the
// account as it was (every IAM row, and no event of a change), and gets that step's
// AccessDenied as the gate words it.
import { expect, test } from 'vitest'
import { putUserPolicy } from '@/lib/iam'
import type { UserCaller } from '@/lib/iam/caller'
import { accessDeniedMessage } from '@/lib/iam/gate'
import type { TestDatabase } from '@/tests/support/test-database'
import { doc, type IamTestContext } from '../iam/iam-test-setup'

/** Every row IAM keeps about an account's entities, ordered, so two reads compare equal when nothing changed. */
export async function iamRows(db: TestDatabase): Promise<Record<string, string[]>> {
  const p = db.prisma
  // Join tables have compound keys: each row as JSON, sorted, compares the same either way.
  const rows = async (read: Promise<object[]>) => (await read).map((row) => JSON.stringify(row)).sort()
  return {
    users: await rows(p.user.findMany()),
    groups: await rows(p.group.findMany()),
    memberships: await rows(p.groupMembership.findMany()),
    roles: await rows(p.role.findMany()),
    policies: await rows(p.managedPolicy.findMany()),
    versions: await rows(p.policyVersion.findMany()),
    userAttachments: await rows(p.userPolicyAttachment.findMany()),
    groupAttachments: await rows(p.groupPolicyAttachment.findMany()),
    roleAttachments: await rows(p.rolePolicyAttachment.findMany()),
    inlinePolicies: await rows(p.inlinePolicy.findMany()),
    tags: await rows(p.tag.findMany()),
    loginProfiles: await rows(p.loginProfile.findMany()),
    accessKeys: await rows(p.accessKey.findMany()),
    mfaDevices: await rows(p.mfaDevice.findMany()),
  }
}

/** The changes recorded so far (mutations that succeeded), by event id. */
async function changeEvents(db: TestDatabase): Promise<Map<string, string>> {
  const events = await db.prisma.auditEvent.findMany({ where: { readOnly: false, errorCode: null }, orderBy: { eventTime: 'asc' } })
  return new Map(events.map((e) => [e.id, e.eventName]))
}

/** Names of the changes `work` recorded, in order. */
export async function changesRecordedBy(db: TestDatabase, work: () => Promise<unknown>): Promise<string[]> {
  const before = await changeEvents(db)
  await work()
  return [...(await changeEvents(db))].filter(([id]) => !before.has(id)).map(([, name]) => name)
}

/**
 * The user `workflow-operator`, allowed every IAM action but `deniedAction` (none: all),
 * as a caller. Its policy is replaced on each call, by root.
 */
export async function operatorAllowedAllBut(t: IamTestContext, deniedAction: string | null): Promise<UserCaller> {
  const statement = deniedAction
    ? { Effect: 'Allow', NotAction: deniedAction, Resource: '*' }
    : { Effect: 'Allow', Action: 'iam:*', Resource: '*' }
  await putUserPolicy(t.root, { UserName: 'workflow-operator', PolicyName: 'all-but-one', PolicyDocument: doc(statement) })
  return t.asUser('workflow-operator')
}

/** The gate's words for a caller that no policy allows `action` on `resourceArn`. */
export const notAllowedMessage = (caller: UserCaller, action: string, resourceArn: string) =>
  accessDeniedMessage(caller.arn, action, resourceArn, { decision: 'implicitDeny', decidingPolicyType: 'identity' })

/**
 * Runs `workflow` as a caller refused `deniedAction` (allowed the rest) and checks that
 * it threw AccessDenied worded for `deniedAction` on `resourceArn`, and changed nothing.
 */
export async function expectRefusedWithoutChange(
  t: IamTestContext,
  deniedAction: string,
  resourceArn: string,
  workflow: (caller: UserCaller) => Promise<unknown>,
): Promise<void> {
  const caller = await operatorAllowedAllBut(t, deniedAction)
  const before = await iamRows(t.db)
  let outcome: unknown
  const changes = await changesRecordedBy(t.db, async () => {
    outcome = await workflow(caller).then(() => null, (error: unknown) => error)
  })
  expect(outcome).toMatchObject({ code: 'AccessDenied', message: notAllowedMessage(caller, deniedAction, resourceArn) })
  expect(await iamRows(t.db)).toEqual(before)
  expect(changes).toEqual([])
}

export interface WorkflowCases {
  /** The workflow, run as the given caller. */
  run(caller: UserCaller): Promise<unknown>
  /** Each action a caller may be refused, with the ARN its AccessDenied names. */
  refused: { action: string; resource: () => string }[]
  /** Allowed every step: the changes recorded, in order, and what else to check. */
  allowed: { changes: string[]; then(result: unknown): Promise<void> }
}

/** The refusals first (each changes nothing), then the happy path, on the state `beforeAll` set up. */
export function workflowCases(t: () => IamTestContext, cases: WorkflowCases): void {
  for (const c of cases.refused) {
    test(`refused ${c.action}: nothing changes`, () => expectRefusedWithoutChange(t(), c.action, c.resource(), cases.run))
  }
  test(`allowed every step: ${cases.allowed.changes.join(', ')}`, async () => {
    const caller = await operatorAllowedAllBut(t(), null)
    let result: unknown
    const changes = await changesRecordedBy(t().db, async () => {
      result = await cases.run(caller)
    })
    expect(changes).toEqual(cases.allowed.changes)
    await cases.allowed.then(result)
  })
}
