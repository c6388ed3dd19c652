import { afterAll, beforeAll, describe, expect } from 'vitest'
import {
  attachUserPolicy, createPolicy, createPolicyVersion, deletePolicy, deletePolicyVersion, deleteUserPolicy, detachUserPolicy,
  getPolicy, getPolicyVersion, getUserPolicy, listEntitiesForPolicy, listPolicies, listPolicyTags, listPolicyVersions,
  listUserPolicies, putUserPermissionsBoundary, putUserPolicy, setDefaultPolicyVersion, tagPolicy, untagPolicy,
  deleteUserPermissionsBoundary,
} from '@/lib/iam'
import { runCases } from '@/tests/support/iam-case-table'
import { doc, setUpIamTest, type IamTestContext } from './iam-test-setup'

let t: IamTestContext
beforeAll(async () => {
  t = await setUpIamTest()
})
afterAll(() => t.cleanup())
const root = () => t.root
const AWS = (name: string) => `arn:aws:iam::aws:policy/${name}`
const local = (name: string, path = '/') => `arn:aws:iam::${t.accountId}:policy${path}${name}`
const allow = (action: string) => doc({ Effect: 'Allow', Action: action, Resource: '*' })
/** A valid identity policy of exactly `chars` characters without white space. */
const sized = (chars: number) => {
  const withSid = (sid: string) => doc({ Sid: sid, Effect: 'Allow', Action: 'iam:GetUser', Resource: '*' })
  const text = withSid('S'.repeat(chars - withSid('').length))
  expect(text.replace(/\s/g, '').length).toBe(chars)
  return text
}

describe('customer managed policies and their versions', () => {
  runCases([
    { name: 'CreatePolicy: v1 is the default', call: () => createPolicy(root(), { PolicyName: 'ReadUsers', Path: '/team/', PolicyDocument: allow('iam:GetUser'), Description: 'read users', Tags: [{ Key: 'owner', Value: 'sec' }] }),
      result: { Policy: { PolicyName: 'ReadUsers', Arn: expect.stringMatching(/^arn:aws:iam::\d{12}:policy\/team\/ReadUsers$/), DefaultVersionId: 'v1', AttachmentCount: 0, IsAttachable: true, PolicyId: expect.stringMatching(/^ANPA/), Description: 'read users' } } },
    { name: 'CreatePolicy: EntityAlreadyExists regardless of case', call: () => createPolicy(root(), { PolicyName: 'readusers', PolicyDocument: allow('iam:GetUser') }), error: { code: 'EntityAlreadyExists', message: 'A policy called readusers already exists. Duplicate names are not allowed.', field: 'PolicyName' } },
    { name: 'CreatePolicy: MalformedPolicyDocument, with the finding text', call: () => createPolicy(root(), { PolicyName: 'Broken', PolicyDocument: JSON.stringify({ Version: '2012-10-17', Statement: [{ Action: 'iam:GetUser', Resource: '*' }] }) }), error: { code: 'MalformedPolicyDocument', field: 'PolicyDocument', message: /Effect/ } },
    { name: 'CreatePolicy: 6,144 characters without white space are accepted', call: () => createPolicy(root(), { PolicyName: 'Big', PolicyDocument: sized(6144).replace(/,/g, ',   ') }) },
    { name: 'CreatePolicy: LimitExceeded above 6,144', call: () => createPolicy(root(), { PolicyName: 'TooBig', PolicyDocument: sized(6145) }), error: { code: 'LimitExceeded', message: 'Cannot exceed quota for PolicySize: 6144' } },
    { name: 'CreatePolicyVersion without SetAsDefault keeps v1 the default', call: () => createPolicyVersion(root(), { PolicyArn: local('ReadUsers', '/team/'), PolicyDocument: allow('iam:ListUsers') }), result: { PolicyVersion: { VersionId: 'v2', IsDefaultVersion: false } } },
    { name: 'CreatePolicyVersion with SetAsDefault', call: () => createPolicyVersion(root(), { PolicyArn: local('ReadUsers', '/team/'), PolicyDocument: allow('iam:ListGroups'), SetAsDefault: true }), result: { PolicyVersion: { VersionId: 'v3', IsDefaultVersion: true } }, then: async () => {
      expect((await getPolicy(root(), { PolicyArn: local('ReadUsers', '/team/') })).Policy.DefaultVersionId).toBe('v3')
    } },
    { name: 'CreatePolicyVersion: LimitExceeded at the 6th version', call: async () => {
      await createPolicyVersion(root(), { PolicyArn: local('ReadUsers', '/team/'), PolicyDocument: allow('iam:ListRoles') })
      await createPolicyVersion(root(), { PolicyArn: local('ReadUsers', '/team/'), PolicyDocument: allow('iam:ListPolicies') })
      return createPolicyVersion(root(), { PolicyArn: local('ReadUsers', '/team/'), PolicyDocument: allow('iam:GetRole') })
    }, error: { code: 'LimitExceeded', message: 'A managed policy can have up to 5 versions. Before you create a new version, you must delete an existing version.' } },
    { name: 'ListPolicyVersions, newest first', call: () => listPolicyVersions(root(), { PolicyArn: local('ReadUsers', '/team/') }), result: { Versions: [{ VersionId: 'v5' }, { VersionId: 'v4' }, { VersionId: 'v3', IsDefaultVersion: true }, { VersionId: 'v2' }, { VersionId: 'v1' }] } },
    { name: 'GetPolicyVersion returns the document', call: () => getPolicyVersion(root(), { PolicyArn: local('ReadUsers', '/team/'), VersionId: 'v2' }), result: { PolicyVersion: { Document: allow('iam:ListUsers'), IsDefaultVersion: false } } },
    { name: 'DeletePolicyVersion: DeleteConflict for the default', call: () => deletePolicyVersion(root(), { PolicyArn: local('ReadUsers', '/team/'), VersionId: 'v3' }), error: { code: 'DeleteConflict', message: 'Cannot delete the default version of a policy.' } },
    { name: 'SetDefaultPolicyVersion: NoSuchEntity for a missing version', call: () => setDefaultPolicyVersion(root(), { PolicyArn: local('ReadUsers', '/team/'), VersionId: 'v9' }), error: { code: 'NoSuchEntity', field: 'VersionId' } },
    { name: 'SetDefaultPolicyVersion', call: () => setDefaultPolicyVersion(root(), { PolicyArn: local('ReadUsers', '/team/'), VersionId: 'v1' }), then: async () => {
      expect((await getPolicy(root(), { PolicyArn: local('ReadUsers', '/team/') })).Policy.DefaultVersionId).toBe('v1')
    } },
    { name: 'TagPolicy / UntagPolicy / ListPolicyTags', call: async () => {
      await tagPolicy(root(), { PolicyArn: local('ReadUsers', '/team/'), Tags: [{ Key: 'env', Value: 'prod' }] })
      await untagPolicy(root(), { PolicyArn: local('ReadUsers', '/team/'), TagKeys: ['owner'] })
      return listPolicyTags(root(), { PolicyArn: local('ReadUsers', '/team/') })
    }, result: { Tags: [{ Key: 'env', Value: 'prod' }] } },
    { name: 'DeletePolicy: DeleteConflict while attached', call: async () => {
      await attachUserPolicy(root(), { UserName: 'bob', PolicyArn: local('ReadUsers', '/team/') })
      return deletePolicy(root(), { PolicyArn: local('ReadUsers', '/team/') })
    }, error: { code: 'DeleteConflict', message: 'Cannot delete a policy attached to entities.' } },
    { name: 'ListEntitiesForPolicy: attachments and boundaries of this account', call: async () => {
      await putUserPermissionsBoundary(root(), { UserName: 'carol', PermissionsBoundary: local('ReadUsers', '/team/') })
      return listEntitiesForPolicy(root(), { PolicyArn: local('ReadUsers', '/team/') })
    }, result: { PolicyUsers: [{ UserName: 'bob' }, { UserName: 'carol' }], PolicyGroups: [], PolicyRoles: [] } },
    { name: 'ListEntitiesForPolicy with PolicyUsageFilter=PermissionsBoundary', call: () => listEntitiesForPolicy(root(), { PolicyArn: local('ReadUsers', '/team/'), PolicyUsageFilter: 'PermissionsBoundary' }), result: { PolicyUsers: [{ UserName: 'carol' }] } },
    { name: 'DeletePolicy: DeleteConflict while other versions exist', call: async () => {
      await detachUserPolicy(root(), { UserName: 'bob', PolicyArn: local('ReadUsers', '/team/') })
      await deleteUserPermissionsBoundary(root(), { UserName: 'carol' })
      return deletePolicy(root(), { PolicyArn: local('ReadUsers', '/team/') })
    }, error: { code: 'DeleteConflict', message: /must delete the policy's versions/ } },
    { name: 'DeletePolicy once only the default version is left', call: async () => {
      for (const v of ['v2', 'v3', 'v4', 'v5']) await deletePolicyVersion(root(), { PolicyArn: local('ReadUsers', '/team/'), VersionId: v })
      return deletePolicy(root(), { PolicyArn: local('ReadUsers', '/team/') })
    }, then: async () => {
      expect(await t.db.prisma.managedPolicy.count({ where: { name: 'ReadUsers' } })).toBe(0)
    } },
    { name: 'GetPolicy: NoSuchEntity after delete', call: () => getPolicy(root(), { PolicyArn: local('ReadUsers', '/team/') }), error: { code: 'NoSuchEntity', message: /^Policy arn:aws:iam::\d{12}:policy\/team\/ReadUsers does not exist or is not attachable\.$/ } },
    { name: "GetPolicy: another account's policy is AccessDenied, even for root", call: () => getPolicy(root(), { PolicyArn: 'arn:aws:iam::111122223333:policy/Theirs' }), error: { code: 'AccessDenied', message: /because no resource-based policy allows the iam:GetPolicy action$/ } },
  ])
})

describe('AWS managed policies', () => {
  runCases([
    { name: 'GetPolicy reads an AWS managed policy', call: () => getPolicy(root(), { PolicyArn: AWS('AdministratorAccess') }), result: { Policy: { PolicyName: 'AdministratorAccess', Path: '/', AttachmentCount: 1 } } },
    { name: 'CreatePolicyVersion: UnmodifiableEntity', call: () => createPolicyVersion(root(), { PolicyArn: AWS('AdministratorAccess'), PolicyDocument: allow('iam:GetUser') }), error: { code: 'UnmodifiableEntity' } },
    { name: 'DeletePolicy: UnmodifiableEntity', call: () => deletePolicy(root(), { PolicyArn: AWS('ReadOnlyAccess') }), error: { code: 'UnmodifiableEntity' } },
    { name: 'TagPolicy: UnmodifiableEntity', call: () => tagPolicy(root(), { PolicyArn: AWS('ReadOnlyAccess'), Tags: [{ Key: 'a', Value: 'b' }] }), error: { code: 'UnmodifiableEntity' } },
  ])
})

describe('ListPolicies', () => {
  runCases([
    { name: 'Scope=AWS lists the 1,452 AWS managed policies in pages', call: async () => {
      let marker: string | undefined
      let count = 0
      do {
        const page = await listPolicies(root(), { Scope: 'AWS', MaxItems: 1000, ...(marker ? { Marker: marker } : {}) })
        count += page.Policies.length
        marker = page.Marker
      } while (marker)
      return { count }
    }, result: { count: 1452 } },
    { name: 'Scope=Local lists only customer managed policies', call: () => listPolicies(root(), { Scope: 'Local' }), result: { Policies: [{ PolicyName: 'Big' }], IsTruncated: false } },
    { name: 'Search is a case-insensitive substring of the name', call: () => listPolicies(root(), { Search: 'iamread' }), result: { Policies: [{ PolicyName: 'IAMReadOnlyAccess' }] } },
    { name: 'Search with "_" matches it literally, not as a LIKE wildcard', call: async () => {
      const { Policies } = await listPolicies(root(), { Search: 'lambda_full', MaxItems: 1000 })
      expect(Policies.map((p) => p.PolicyName)).toEqual(['AWSLambda_FullAccess'])
      const loose = await listPolicies(root(), { Search: 'a_c', MaxItems: 1000 })
      expect(loose.Policies.every((p) => p.PolicyName.toLowerCase().includes('a_c'))).toBe(true)
      return Policies
    } },
    { name: 'OnlyAttached: the seed attaches four AWS managed policies to its groups', call: () => listPolicies(root(), { OnlyAttached: true }), result: {
      Policies: [
        { PolicyName: 'AdministratorAccess', AttachmentCount: 1 }, { PolicyName: 'IAMReadOnlyAccess', AttachmentCount: 1 },
        { PolicyName: 'PowerUserAccess', AttachmentCount: 1 }, { PolicyName: 'SecurityAudit', AttachmentCount: 1 },
      ],
    } },
    { name: 'PathPrefix narrows to AWS job-function policies', call: async () => {
      const { Policies } = await listPolicies(root(), { PathPrefix: '/job-function/', MaxItems: 1000 })
      expect(Policies.length).toBeGreaterThan(5)
      expect(Policies.every((p) => p.Path === '/job-function/')).toBe(true)
      return Policies
    } },
  ])
})

describe('inline policies of a user', () => {
  runCases([
    { name: 'PutUserPolicy / GetUserPolicy', call: async () => {
      await putUserPolicy(root(), { UserName: 'bob', PolicyName: 'ReadSelf', PolicyDocument: allow('iam:GetUser') })
      return getUserPolicy(root(), { UserName: 'bob', PolicyName: 'ReadSelf' })
    }, result: { UserName: 'bob', PolicyName: 'ReadSelf', PolicyDocument: allow('iam:GetUser') } },
    { name: 'PutUserPolicy replaces a document under the same name', call: async () => {
      await putUserPolicy(root(), { UserName: 'bob', PolicyName: 'ReadSelf', PolicyDocument: allow('iam:ListUsers') })
      return getUserPolicy(root(), { UserName: 'bob', PolicyName: 'ReadSelf' })
    }, result: { PolicyDocument: allow('iam:ListUsers') } },
    { name: 'PutUserPolicy: LimitExceeded over 2,048 characters', call: () => putUserPolicy(root(), { UserName: 'bob', PolicyName: 'Big', PolicyDocument: sized(2100) }), error: { code: 'LimitExceeded', message: 'Maximum policy size of 2048 bytes exceeded for user bob' } },
    { name: 'PutUserPolicy: MalformedPolicyDocument', call: () => putUserPolicy(root(), { UserName: 'bob', PolicyName: 'Bad', PolicyDocument: '{"Version":"2012-10-17","Statement":[{"Effect":"Permit","Action":"*","Resource":"*"}]}' }), error: { code: 'MalformedPolicyDocument' } },
    { name: 'ListUserPolicies', call: () => listUserPolicies(root(), { UserName: 'bob' }), result: { PolicyNames: ['ReadSelf'], IsTruncated: false } },
    { name: 'DeleteUserPolicy', call: () => deleteUserPolicy(root(), { UserName: 'bob', PolicyName: 'ReadSelf' }) },
    { name: 'GetUserPolicy: NoSuchEntity after delete', call: () => getUserPolicy(root(), { UserName: 'bob', PolicyName: 'ReadSelf' }), error: { code: 'NoSuchEntity', message: 'The user policy with name ReadSelf cannot be found.' } },
  ])
})
