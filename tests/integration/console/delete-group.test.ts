import { afterAll, beforeAll, describe, expect } from 'vitest'
import { deleteGroupWithDependents } from '@/lib/console/delete-group'
import { addUserToGroup, attachGroupPolicy, createGroup, createUser, putGroupPolicy } from '@/lib/iam'
import { doc, setUpIamTest, type IamTestContext } from '../iam/iam-test-setup'
import { workflowCases } from './workflow-test-setup'

let t: IamTestContext
const groupArn = () => `arn:aws:iam::${t.accountId}:group/Temp`

beforeAll(async () => {
  t = await setUpIamTest()
  await createUser(t.root, { UserName: 'workflow-operator' })
  await createGroup(t.root, { GroupName: 'Temp' })
  await addUserToGroup(t.root, { GroupName: 'Temp', UserName: 'bob' })
  await putGroupPolicy(t.root, { GroupName: 'Temp', PolicyName: 'read', PolicyDocument: doc({ Effect: 'Allow', Action: 'iam:GetUser', Resource: '*' }) })
  await attachGroupPolicy(t.root, { GroupName: 'Temp', PolicyArn: 'arn:aws:iam::aws:policy/IAMReadOnlyAccess' })
})
afterAll(() => t.cleanup())

describe('Delete user group: remove its users, inline and attached policies, then the group', () => {
  workflowCases(() => t, {
    run: (caller) => deleteGroupWithDependents(caller, 'Temp'),
    refused: ['iam:GetGroup', 'iam:RemoveUserFromGroup', 'iam:DeleteGroupPolicy', 'iam:DetachGroupPolicy', 'iam:DeleteGroup'].map((action) => ({ action, resource: groupArn })),
    allowed: {
      changes: ['RemoveUserFromGroup', 'DeleteGroupPolicy', 'DetachGroupPolicy', 'DeleteGroup'],
      async then(result) {
        expect(result).toEqual({
          steps: [
            { label: 'Remove user bob', status: 'done' },
            { label: 'Delete inline policy read', status: 'done' },
            { label: 'Detach policy IAMReadOnlyAccess', status: 'done' },
            { label: 'Delete group', status: 'done' },
          ],
        })
        expect(await t.db.prisma.group.count({ where: { name: 'Temp' } })).toBe(0)
      },
    },
  })
})
