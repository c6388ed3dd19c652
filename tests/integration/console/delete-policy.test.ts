import { afterAll, beforeAll, describe, expect, test } from 'vitest'
import { deletePolicyWithDependents } from '@/lib/console/delete-policy'
import { attachGroupPolicy, attachRolePolicy, attachUserPolicy, createPolicy, createPolicyVersion, createRole, createUser } from '@/lib/iam'
import { doc, setUpIamTest, type IamTestContext } from '../iam/iam-test-setup'
import { changesRecordedBy, expectRefusedWithoutChange, operatorAllowedAllBut } from './workflow-test-setup'

let t: IamTestContext
let policyArn: string
const userArn = (name: string) => `arn:aws:iam::${t.accountId}:user/${name}`

beforeAll(async () => {
  t = await setUpIamTest()
  await createUser(t.root, { UserName: 'workflow-operator' })
  const { Policy } = await createPolicy(t.root, { PolicyName: 'Shared', PolicyDocument: doc({ Effect: 'Allow', Action: 'iam:GetUser', Resource: '*' }) })
  policyArn = Policy.Arn
  await createPolicyVersion(t.root, { PolicyArn: policyArn, PolicyDocument: doc({ Effect: 'Allow', Action: 'iam:ListUsers', Resource: '*' }), SetAsDefault: true })
  await createRole(t.root, { RoleName: 'Deployer', AssumeRolePolicyDocument: doc({ Effect: 'Allow', Principal: { Service: 'ec2.amazonaws.com' }, Action: 'sts:AssumeRole' }) })
  await attachUserPolicy(t.root, { UserName: 'bob', PolicyArn: policyArn })
  await attachGroupPolicy(t.root, { GroupName: 'Developers', PolicyArn: policyArn })
  await attachRolePolicy(t.root, { RoleName: 'Deployer', PolicyArn: policyArn })
})
afterAll(() => t.cleanup())

describe('Delete policy: a caller refused any step changes nothing', () => {
  const cases: { denied: string; resource: () => string }[] = [
    { denied: 'iam:DetachUserPolicy', resource: () => userArn('bob') },
    { denied: 'iam:DetachGroupPolicy', resource: () => `arn:aws:iam::${t.accountId}:group/Developers` },
    { denied: 'iam:DetachRolePolicy', resource: () => `arn:aws:iam::${t.accountId}:role/Deployer` },
    { denied: 'iam:DeletePolicyVersion', resource: () => policyArn },
    { denied: 'iam:DeletePolicy', resource: () => policyArn },
  ]
  for (const c of cases) {
    test(`refused ${c.denied}`, () => expectRefusedWithoutChange(t, c.denied, c.resource(), (caller) => deletePolicyWithDependents(caller, policyArn)))
  }
})

test('Delete policy, allowed every step: detached everywhere, other versions deleted, then deleted; one event per call', async () => {
  const caller = await operatorAllowedAllBut(t, null)
  let steps: unknown
  const changes = await changesRecordedBy(t.db, async () => {
    steps = (await deletePolicyWithDependents(caller, policyArn)).steps
  })
  expect(steps).toEqual([
    { label: 'Detach from user bob', status: 'done' },
    { label: 'Detach from group Developers', status: 'done' },
    { label: 'Detach from role Deployer', status: 'done' },
    { label: 'Delete version v1', status: 'done' },
    { label: 'Delete policy', status: 'done' },
  ])
  expect(changes).toEqual(['DetachUserPolicy', 'DetachGroupPolicy', 'DetachRolePolicy', 'DeletePolicyVersion', 'DeletePolicy'])
  expect(await t.db.prisma.managedPolicy.count({ where: { arn: policyArn } })).toBe(0)
})
