import { afterAll, beforeAll, describe, expect } from 'vitest'
import {
  addUserToGroup, attachGroupPolicy, attachRolePolicy, createGroup, createRole, deleteGroup, deleteGroupPolicy, deleteRole,
  deleteRolePermissionsBoundary, deleteRolePolicy, detachGroupPolicy, detachRolePolicy, getGroup, getRole, listAttachedGroupPolicies,
  listAttachedRolePolicies, listGroups, listRoles, listRoleTags, putGroupPolicy, putRolePermissionsBoundary, putRolePolicy,
  removeUserFromGroup, tagRole, untagRole, updateAssumeRolePolicy, updateGroup, updateRole,
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
const ALLOW_GET_USER = doc({ Effect: 'Allow', Action: 'iam:GetUser', Resource: '*' })
const trust = (principal: object) => JSON.stringify({ Version: '2012-10-17', Statement: [{ Effect: 'Allow', Principal: principal, Action: 'sts:AssumeRole' }] })
const EC2_TRUST = trust({ Service: 'ec2.amazonaws.com' })

describe('groups', () => {
  runCases([
    { name: 'CreateGroup with a path', call: () => createGroup(root(), { GroupName: 'Ops', Path: '/teams/' }), result: { Group: { GroupName: 'Ops', Path: '/teams/', GroupId: expect.stringMatching(/^AGPA/) } } },
    { name: 'CreateGroup: EntityAlreadyExists regardless of case', call: () => createGroup(root(), { GroupName: 'admins' }), error: { code: 'EntityAlreadyExists', message: 'Group with name admins already exists.', field: 'GroupName' } },
    { name: 'CreateGroup: 128 characters are fine', call: () => createGroup(root(), { GroupName: 'g'.repeat(128) }) },
    { name: 'CreateGroup: 129 characters are not', call: () => createGroup(root(), { GroupName: 'g'.repeat(129) }), error: { code: 'ValidationError', message: /less than or equal to 128/ } },
    { name: 'ListGroups, by name', call: () => listGroups(root(), {}), result: { Groups: [{ GroupName: 'Admins' }, { GroupName: 'Auditors' }, { GroupName: 'Developers' }, { GroupName: 'g'.repeat(128) }, { GroupName: 'Ops' }] } },
    { name: 'ListGroups with PathPrefix', call: () => listGroups(root(), { PathPrefix: '/teams/' }), result: { Groups: [{ GroupName: 'Ops' }] } },
    { name: 'ListGroups pages with Marker', call: async () => {
      const first = await listGroups(root(), { MaxItems: 2 })
      expect(first).toMatchObject({ IsTruncated: true, Groups: [{ GroupName: 'Admins' }, { GroupName: 'Auditors' }] })
      return listGroups(root(), { MaxItems: 2, Marker: first.Marker! })
    }, result: { IsTruncated: true, Groups: [{ GroupName: 'Developers' }, { GroupName: 'g'.repeat(128) }] } },
    { name: 'AddUserToGroup, GetGroup lists the members', call: async () => {
      await addUserToGroup(root(), { GroupName: 'Ops', UserName: 'bob' })
      return getGroup(root(), { GroupName: 'Ops' })
    }, result: { Group: { GroupName: 'Ops' }, Users: [{ UserName: 'bob' }] } },
    { name: 'AttachGroupPolicy / ListAttachedGroupPolicies', call: async () => {
      await attachGroupPolicy(root(), { GroupName: 'Ops', PolicyArn: AWS('ReadOnlyAccess') })
      return listAttachedGroupPolicies(root(), { GroupName: 'Ops' })
    }, result: { AttachedPolicies: [{ PolicyName: 'ReadOnlyAccess' }] } },
    { name: 'PutGroupPolicy: LimitExceeded over 5,120 characters (all inline policies together)', call: async () => {
      const big = (n: number) => doc({ Effect: 'Allow', Action: Array.from({ length: n }, (_, i) => `iam:Get${'X'.repeat(20)}${i}`), Resource: '*' })
      await putGroupPolicy(root(), { GroupName: 'Ops', PolicyName: 'first', PolicyDocument: big(100) })
      return putGroupPolicy(root(), { GroupName: 'Ops', PolicyName: 'second', PolicyDocument: big(100) })
    }, error: { code: 'LimitExceeded', message: 'Maximum policy size of 5120 bytes exceeded for group Ops' } },
    { name: 'DeleteGroup: DeleteConflict while it has members', call: () => deleteGroup(root(), { GroupName: 'Ops' }), error: { code: 'DeleteConflict', message: 'Cannot delete entity, must remove users from group first.' } },
    { name: 'DeleteGroup: DeleteConflict while it has inline policies', call: async () => {
      await removeUserFromGroup(root(), { GroupName: 'Ops', UserName: 'bob' })
      return deleteGroup(root(), { GroupName: 'Ops' })
    }, error: { code: 'DeleteConflict', message: 'Cannot delete entity, must delete policies first.' } },
    { name: 'DeleteGroup: DeleteConflict while policies are attached', call: async () => {
      await deleteGroupPolicy(root(), { GroupName: 'Ops', PolicyName: 'first' })
      return deleteGroup(root(), { GroupName: 'Ops' })
    }, error: { code: 'DeleteConflict', message: 'Cannot delete entity, must detach all policies first.' } },
    { name: 'UpdateGroup renames; DeleteGroup then succeeds', call: async () => {
      await detachGroupPolicy(root(), { GroupName: 'Ops', PolicyArn: AWS('ReadOnlyAccess') })
      await updateGroup(root(), { GroupName: 'Ops', NewGroupName: 'Operations' })
      return deleteGroup(root(), { GroupName: 'Operations' })
    }, then: async () => {
      expect(await t.db.prisma.group.count({ where: { accountId: t.accountId, nameKey: { in: ['ops', 'operations'] } } })).toBe(0)
    } },
    { name: 'RemoveUserFromGroup: NoSuchEntity for a non-member', call: () => removeUserFromGroup(root(), { GroupName: 'Admins', UserName: 'bob' }), error: { code: 'NoSuchEntity' } },
    { name: 'GetGroup: NoSuchEntity', call: () => getGroup(root(), { GroupName: 'Nope' }), error: { code: 'NoSuchEntity', message: 'The group with name Nope cannot be found.' } },
  ])
})

describe('roles', () => {
  runCases([
    {
      name: 'CreateRole with a custom trust policy, description and session duration',
      call: () => createRole(root(), { RoleName: 'WebServer', AssumeRolePolicyDocument: EC2_TRUST, Description: 'EC2 web tier', MaxSessionDuration: 7200, Tags: [{ Key: 'app', Value: 'web' }] }),
      result: { Role: { RoleName: 'WebServer', RoleId: expect.stringMatching(/^AROA/), MaxSessionDuration: 7200, Description: 'EC2 web tier', AssumeRolePolicyDocument: EC2_TRUST, Path: '/' } },
    },
    { name: 'CreateRole defaults MaxSessionDuration to one hour', call: () => createRole(root(), { RoleName: 'CrossAccount', AssumeRolePolicyDocument: trust({ AWS: 'arn:aws:iam::111122223333:root' }) }), result: { Role: { MaxSessionDuration: 3600 } } },
    { name: 'CreateRole: EntityAlreadyExists', call: () => createRole(root(), { RoleName: 'webserver', AssumeRolePolicyDocument: EC2_TRUST }), error: { code: 'EntityAlreadyExists', message: 'Role with name webserver already exists.' } },
    { name: 'CreateRole: a trust policy without a Principal is malformed', call: () => createRole(root(), { RoleName: 'NoPrincipal', AssumeRolePolicyDocument: ALLOW_GET_USER }), error: { code: 'MalformedPolicyDocument', field: 'AssumeRolePolicyDocument' } },
    { name: 'CreateRole: a trust policy that is not JSON is malformed', call: () => createRole(root(), { RoleName: 'NotJson', AssumeRolePolicyDocument: '{"Version": ' }), error: { code: 'MalformedPolicyDocument' } },
    { name: 'CreateRole: MaxSessionDuration under an hour', call: () => createRole(root(), { RoleName: 'Short', AssumeRolePolicyDocument: EC2_TRUST, MaxSessionDuration: 3599 }), error: { code: 'ValidationError', field: 'MaxSessionDuration', message: /greater than or equal to 3600/ } },
    { name: 'UpdateRole: MaxSessionDuration over 12 hours', call: () => updateRole(root(), { RoleName: 'WebServer', MaxSessionDuration: 43201 }), error: { code: 'ValidationError', message: /less than or equal to 43200/ } },
    { name: 'UpdateRole sets 12 hours and a description', call: () => updateRole(root(), { RoleName: 'WebServer', MaxSessionDuration: 43200, Description: 'web' }), then: async () => {
      expect((await getRole(root(), { RoleName: 'WebServer' })).Role).toMatchObject({ MaxSessionDuration: 43200, Description: 'web' })
    } },
    { name: 'UpdateAssumeRolePolicy replaces the trust policy', call: () => updateAssumeRolePolicy(root(), { RoleName: 'WebServer', PolicyDocument: trust({ Service: 'lambda.amazonaws.com' }) }), then: async () => {
      expect((await getRole(root(), { RoleName: 'WebServer' })).Role.AssumeRolePolicyDocument).toContain('lambda.amazonaws.com')
    } },
    { name: 'UpdateAssumeRolePolicy: malformed, at PolicyDocument', call: () => updateAssumeRolePolicy(root(), { RoleName: 'WebServer', PolicyDocument: '[]' }), error: { code: 'MalformedPolicyDocument', field: 'PolicyDocument' } },
    { name: 'ListRoles', call: () => listRoles(root(), {}), result: { Roles: [{ RoleName: 'CrossAccount' }, { RoleName: 'WebServer' }], IsTruncated: false } },
    { name: 'TagRole / UntagRole / ListRoleTags', call: async () => {
      await tagRole(root(), { RoleName: 'WebServer', Tags: [{ Key: 'tier', Value: 'front' }] })
      await untagRole(root(), { RoleName: 'WebServer', TagKeys: ['app'] })
      return listRoleTags(root(), { RoleName: 'WebServer' })
    }, result: { Tags: [{ Key: 'tier', Value: 'front' }] } },
    { name: 'Put/DeleteRolePermissionsBoundary', call: async () => {
      await putRolePermissionsBoundary(root(), { RoleName: 'WebServer', PermissionsBoundary: AWS('PowerUserAccess') })
      expect((await getRole(root(), { RoleName: 'WebServer' })).Role.PermissionsBoundary?.PermissionsBoundaryArn).toBe(AWS('PowerUserAccess'))
      return deleteRolePermissionsBoundary(root(), { RoleName: 'WebServer' })
    } },
    { name: 'PutRolePolicy: up to 10,240 characters', call: () => putRolePolicy(root(), { RoleName: 'WebServer', PolicyName: 'inline', PolicyDocument: ALLOW_GET_USER }) },
    { name: 'DeleteRole: DeleteConflict with an inline policy', call: () => deleteRole(root(), { RoleName: 'WebServer' }), error: { code: 'DeleteConflict', message: 'Cannot delete entity, must delete policies first.' } },
    { name: 'DeleteRole: DeleteConflict with an attached policy', call: async () => {
      await deleteRolePolicy(root(), { RoleName: 'WebServer', PolicyName: 'inline' })
      await attachRolePolicy(root(), { RoleName: 'WebServer', PolicyArn: AWS('ReadOnlyAccess') })
      expect((await listAttachedRolePolicies(root(), { RoleName: 'WebServer' })).AttachedPolicies).toHaveLength(1)
      return deleteRole(root(), { RoleName: 'WebServer' })
    }, error: { code: 'DeleteConflict', message: 'Cannot delete entity, must detach all policies first.' } },
    { name: 'DeleteRole after detaching', call: async () => {
      await detachRolePolicy(root(), { RoleName: 'WebServer', PolicyArn: AWS('ReadOnlyAccess') })
      return deleteRole(root(), { RoleName: 'WebServer' })
    } },
    { name: 'GetRole: NoSuchEntity after delete', call: () => getRole(root(), { RoleName: 'WebServer' }), error: { code: 'NoSuchEntity', message: 'The role with name WebServer cannot be found.' } },
  ])
})
