import { afterAll, beforeAll, describe, expect } from 'vitest'
import { savePolicyVersion } from '@/lib/console/save-policy-version'
import { createPolicy, createPolicyVersion, createUser, listPolicyVersions } from '@/lib/iam'
import { doc, setUpIamTest, type IamTestContext } from '../iam/iam-test-setup'
import { workflowCases } from './workflow-test-setup'

let t: IamTestContext
let policyArn: string
const allow = (action: string) => doc({ Effect: 'Allow', Action: action, Resource: '*' })

beforeAll(async () => {
  t = await setUpIamTest()
  await createUser(t.root, { UserName: 'workflow-operator' })
  policyArn = (await createPolicy(t.root, { PolicyName: 'Full', PolicyDocument: allow('iam:GetUser') })).Policy.Arn
  for (const action of ['iam:ListUsers', 'iam:GetGroup', 'iam:ListGroups', 'iam:GetRole']) await createPolicyVersion(t.root, { PolicyArn: policyArn, PolicyDocument: allow(action) })
})
afterAll(() => t.cleanup())

describe('Edit policy with 5 versions: delete the chosen version, then save the new one as default', () => {
  workflowCases(() => t, {
    run: (caller) => savePolicyVersion(caller, { PolicyArn: policyArn, PolicyDocument: allow('iam:ListRoles'), SetAsDefault: true, DeleteVersionId: 'v2' }),
    refused: ['iam:DeletePolicyVersion', 'iam:CreatePolicyVersion'].map((action) => ({ action, resource: () => policyArn })),
    allowed: {
      changes: ['DeletePolicyVersion', 'CreatePolicyVersion'],
      async then(result) {
        expect(result).toEqual({ steps: [{ label: 'Delete version v2', status: 'done' }, { label: 'Create version', status: 'done' }] })
        const { Versions } = await listPolicyVersions(t.root, { PolicyArn: policyArn })
        expect(Versions.map((v) => v.VersionId)).toEqual(['v6', 'v5', 'v4', 'v3', 'v1'])
        expect(Versions[0]!.IsDefaultVersion).toBe(true)
      },
    },
  })
})
