import { afterAll, beforeAll, describe, expect } from 'vitest'
import { createRoleWithPolicies } from '@/lib/console/create-role'
import { createUser } from '@/lib/iam'
import { doc, setUpIamTest, type IamTestContext } from '../iam/iam-test-setup'
import { workflowCases } from './workflow-test-setup'

let t: IamTestContext
const roleArn = () => `arn:aws:iam::${t.accountId}:role/Builder`
const AWS = (name: string) => `arn:aws:iam::aws:policy/${name}`

beforeAll(async () => {
  t = await setUpIamTest()
  await createUser(t.root, { UserName: 'workflow-operator' })
})
afterAll(() => t.cleanup())

describe('Create role: the role with its tags, then each chosen policy', () => {
  workflowCases(() => t, {
    run: (caller) => createRoleWithPolicies(caller, {
      RoleName: 'Builder',
      AssumeRolePolicyDocument: doc({ Effect: 'Allow', Principal: { Service: 'ec2.amazonaws.com' }, Action: 'sts:AssumeRole' }),
      Tags: [{ Key: 'team', Value: 'build' }],
      PolicyArns: [AWS('ReadOnlyAccess'), AWS('IAMReadOnlyAccess')],
    }),
    refused: ['iam:CreateRole', 'iam:AttachRolePolicy'].map((action) => ({ action, resource: roleArn })),
    allowed: {
      changes: ['CreateRole', 'AttachRolePolicy', 'AttachRolePolicy'],
      async then(result) {
        expect(result).toEqual({
          steps: [
            { label: 'Create role Builder', status: 'done' },
            { label: 'Attach policy ReadOnlyAccess', status: 'done' },
            { label: 'Attach policy IAMReadOnlyAccess', status: 'done' },
          ],
        })
        const role = await t.db.prisma.role.findUniqueOrThrow({ where: { arn: roleArn() }, select: { _count: { select: { attachedPolicies: true } } } })
        expect(role._count.attachedPolicies).toBe(2)
      },
    },
  })
})
