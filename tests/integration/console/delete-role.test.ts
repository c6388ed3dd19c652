import { afterAll, beforeAll, describe, expect } from 'vitest'
import { deleteRoleWithDependents } from '@/lib/console/delete-role'
import { attachRolePolicy, createRole, createUser, putRolePermissionsBoundary, putRolePolicy } from '@/lib/iam'
import { doc, setUpIamTest, type IamTestContext } from '../iam/iam-test-setup'
import { workflowCases } from './workflow-test-setup'

let t: IamTestContext
const roleArn = () => `arn:aws:iam::${t.accountId}:role/Leaving`

beforeAll(async () => {
  t = await setUpIamTest()
  await createUser(t.root, { UserName: 'workflow-operator' })
  await createRole(t.root, {
    RoleName: 'Leaving',
    AssumeRolePolicyDocument: doc({ Effect: 'Allow', Principal: { Service: 'ec2.amazonaws.com' }, Action: 'sts:AssumeRole' }),
  })
  await putRolePolicy(t.root, { RoleName: 'Leaving', PolicyName: 'read', PolicyDocument: doc({ Effect: 'Allow', Action: 'iam:GetUser', Resource: '*' }) })
  await attachRolePolicy(t.root, { RoleName: 'Leaving', PolicyArn: 'arn:aws:iam::aws:policy/ReadOnlyAccess' })
  // A boundary does not block DeleteRole: it goes with the role.
  await putRolePermissionsBoundary(t.root, { RoleName: 'Leaving', PermissionsBoundary: 'arn:aws:iam::aws:policy/IAMReadOnlyAccess' })
})
afterAll(() => t.cleanup())

describe('Delete role: delete its inline policies, detach its managed policies, then the role', () => {
  workflowCases(() => t, {
    run: (caller) => deleteRoleWithDependents(caller, { RoleName: 'Leaving' }),
    refused: ['iam:GetRole', 'iam:ListRolePolicies', 'iam:ListAttachedRolePolicies', 'iam:DeleteRolePolicy', 'iam:DetachRolePolicy', 'iam:DeleteRole']
      .map((action) => ({ action, resource: roleArn })),
    allowed: {
      changes: ['DeleteRolePolicy', 'DetachRolePolicy', 'DeleteRole'],
      async then(result) {
        expect(result).toEqual({
          steps: [
            { label: 'Delete inline policy read', status: 'done' },
            { label: 'Detach policy ReadOnlyAccess', status: 'done' },
            { label: 'Delete role', status: 'done' },
          ],
        })
        expect(await t.db.prisma.role.count({ where: { name: 'Leaving' } })).toBe(0)
      },
    },
  })
})
