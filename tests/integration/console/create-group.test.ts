import { afterAll, beforeAll, describe, expect } from 'vitest'
import { createGroupWithMembers } from '@/lib/console/create-group'
import { createUser } from '@/lib/iam'
import { setUpIamTest, type IamTestContext } from '../iam/iam-test-setup'
import { workflowCases } from './workflow-test-setup'

let t: IamTestContext
const groupArn = () => `arn:aws:iam::${t.accountId}:group/Reviewers`

beforeAll(async () => {
  t = await setUpIamTest()
  await createUser(t.root, { UserName: 'workflow-operator' })
})
afterAll(() => t.cleanup())

describe('Create user group: the group, its users, then its policies', () => {
  workflowCases(() => t, {
    run: (caller) => createGroupWithMembers(caller, { GroupName: 'Reviewers', UserNames: ['bob', 'carol'], PolicyArns: ['arn:aws:iam::aws:policy/ReadOnlyAccess'] }),
    refused: ['iam:CreateGroup', 'iam:AddUserToGroup', 'iam:AttachGroupPolicy'].map((action) => ({ action, resource: groupArn })),
    allowed: {
      changes: ['CreateGroup', 'AddUserToGroup', 'AddUserToGroup', 'AttachGroupPolicy'],
      async then(result) {
        expect(result).toEqual({
          steps: [
            { label: 'Create group Reviewers', status: 'done' },
            { label: 'Add user bob', status: 'done' },
            { label: 'Add user carol', status: 'done' },
            { label: 'Attach policy ReadOnlyAccess', status: 'done' },
          ],
        })
        const group = await t.db.prisma.group.findUniqueOrThrow({ where: { arn: groupArn() }, select: { _count: { select: { members: true, attachedPolicies: true } } } })
        expect(group._count).toEqual({ members: 2, attachedPolicies: 1 })
      },
    },
  })
})
