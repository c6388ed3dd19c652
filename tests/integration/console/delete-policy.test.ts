import { afterAll, beforeAll, describe, expect } from 'vitest'
import { deletePolicyWithDependents } from '@/lib/console/delete-policy'
import { attachGroupPolicy, attachRolePolicy, attachUserPolicy, createPolicy, createPolicyVersion, createRole, createUser } from '@/lib/iam'
import { doc, setUpIamTest, type IamTestContext } from '../iam/iam-test-setup'
import { workflowCases } from './workflow-test-setup'

let t: IamTestContext
let policyArn: string
const arn = (type: string, name: string) => `arn:aws:iam::${t.accountId}:${type}/${name}`
const trustEc2 = doc({ Effect: 'Allow', Principal: { Service: 'ec2.amazonaws.com' }, Action: 'sts:AssumeRole' })

beforeAll(async () => {
  t = await setUpIamTest()
  await createUser(t.root, { UserName: 'workflow-operator' })
  const { Policy } = await createPolicy(t.root, { PolicyName: 'Shared', PolicyDocument: doc({ Effect: 'Allow', Action: 'iam:GetUser', Resource: '*' }) })
  policyArn = Policy.Arn
  await createPolicyVersion(t.root, { PolicyArn: policyArn, PolicyDocument: doc({ Effect: 'Allow', Action: 'iam:ListUsers', Resource: '*' }), SetAsDefault: true })
  await createRole(t.root, { RoleName: 'Deployer', AssumeRolePolicyDocument: trustEc2 })
  await attachUserPolicy(t.root, { UserName: 'bob', PolicyArn: policyArn })
  await attachGroupPolicy(t.root, { GroupName: 'Developers', PolicyArn: policyArn })
  await attachRolePolicy(t.root, { RoleName: 'Deployer', PolicyArn: policyArn })
})
afterAll(() => t.cleanup())

describe('Delete policy: detach it everywhere, delete its other versions, then the policy', () => {
  workflowCases(() => t, {
    run: (caller) => deletePolicyWithDependents(caller, policyArn),
    refused: [
      { action: 'iam:ListEntitiesForPolicy', resource: () => policyArn },
      { action: 'iam:DetachUserPolicy', resource: () => arn('user', 'bob') },
      { action: 'iam:DetachGroupPolicy', resource: () => arn('group', 'Developers') },
      { action: 'iam:DetachRolePolicy', resource: () => arn('role', 'Deployer') },
      { action: 'iam:DeletePolicyVersion', resource: () => policyArn },
      { action: 'iam:DeletePolicy', resource: () => policyArn },
    ],
    allowed: {
      changes: ['DetachUserPolicy', 'DetachGroupPolicy', 'DetachRolePolicy', 'DeletePolicyVersion', 'DeletePolicy'],
      async then(result) {
        expect(result).toEqual({
          steps: [
            { label: 'Detach from user bob', status: 'done' },
            { label: 'Detach from group Developers', status: 'done' },
            { label: 'Detach from role Deployer', status: 'done' },
            { label: 'Delete version v1', status: 'done' },
            { label: 'Delete policy', status: 'done' },
          ],
        })
        expect(await t.db.prisma.managedPolicy.count({ where: { arn: policyArn } })).toBe(0)
      },
    },
  })
})
