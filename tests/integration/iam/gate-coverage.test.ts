// Every exported lib/iam operation (enumerated from the module's exports, not from a
// hand list) is denied for a principal without policies, with no data changed, and is
// allowed for root; each one must reach the gate (counted by gateCallCount). Adding an
// operation without registering it in IAM_OPERATIONS, without a sample input here, or
// without calling the gate fails this test. Server actions (app/**/actions.ts) are held
// to the same rule as soon as they exist, and so are the console's workflows (lib/console).
import { existsSync, readdirSync, statSync } from 'node:fs'
import path from 'node:path'
import { afterAll, beforeAll, describe, expect, test } from 'vitest'
import * as iam from '@/lib/iam'
import type { Caller } from '@/lib/iam/caller'
import { IamError } from '@/lib/iam/errors'
import { gateCallCount } from '@/lib/iam/gate'
import { revokeRoleSessions } from '@/lib/iam/roles/revoke-role-sessions'
import { assumeRole, assumeRoleForConsole, getCallerIdentity } from '@/lib/iam/sts'
import { repoRoot } from '@/tests/support/test-database'
import { doc, setUpIamTest, type IamTestContext } from './iam-test-setup'
import { mergeActionCases, type ActionCaseSource } from './merge-action-cases'
import { accountPasswordPolicyOrDefault } from '@/lib/console/account-password-policy-or-default'
import { addUserPermissions } from '@/lib/console/add-user-permissions'
import { attachRolePolicies } from '@/lib/console/attach-role-policies'
import { copiedPermissionSteps, copyPermissions } from '@/lib/console/copy-permissions'
import { createGroupWithMembers } from '@/lib/console/create-group'
import { createRoleWithPolicies } from '@/lib/console/create-role'
import { createUserWithPermissions } from '@/lib/console/create-user'
import { ZCreateUserForm } from '@/lib/console/create-user-form'
import { deleteGroupWithDependents } from '@/lib/console/delete-group'
import { deleteRoleWithDependents } from '@/lib/console/delete-role'
import { runSimulation } from '@/lib/console/run-simulation'
import { simulatorPrincipal } from '@/lib/console/simulator-policies'
import { deletePolicyWithDependents } from '@/lib/console/delete-policy'
import { deleteUserWithDependents } from '@/lib/console/delete-user'
import { downloadAccountAuthorizationDetails } from '@/lib/console/download-account-authorization-details'
import { downloadCredentialReport } from '@/lib/console/download-credential-report'
import { loadAccessAdvisor } from '@/lib/console/access-advisor'
import { userSecurityRecommendations } from '@/lib/console/security-recommendations'
import { savePolicyVersion } from '@/lib/console/save-policy-version'
import { saveUserTags } from '@/lib/console/save-user-tags'

let t: IamTestContext
let nobody: Caller

const U = 'cov-user'
const G = 'cov-group'
const R = 'cov-role'
const P = 'cov-policy'
const AWS_POLICY = 'arn:aws:iam::aws:policy/ReadOnlyAccess'
const localPolicy = () => `arn:aws:iam::${t.accountId}:policy/${P}`
const TRUST = JSON.stringify({ Version: '2012-10-17', Statement: [{ Effect: 'Allow', Principal: { Service: 'ec2.amazonaws.com' }, Action: 'sts:AssumeRole' }] })
const IDENTITY = doc({ Effect: 'Allow', Action: 'iam:GetUser', Resource: '*' })

// One valid request per operation, against entities created in beforeAll.
// Operations of another service than IAM.
const SERVICE_OF: Record<string, string> = { LookupEvents: 'cloudtrail' }

const SAMPLE_INPUTS: Record<string, () => unknown> = {
  AddUserToGroup: () => ({ GroupName: G, UserName: U }),
  AttachGroupPolicy: () => ({ GroupName: G, PolicyArn: AWS_POLICY }),
  AttachRolePolicy: () => ({ RoleName: R, PolicyArn: AWS_POLICY }),
  AttachUserPolicy: () => ({ UserName: U, PolicyArn: AWS_POLICY }),
  CreateGroup: () => ({ GroupName: 'cov-new-group' }),
  CreateLoginProfile: () => ({ UserName: U, Password: 'Coverage-password-1!' }),
  CreatePolicy: () => ({ PolicyName: 'cov-new-policy', PolicyDocument: IDENTITY }),
  CreatePolicyVersion: () => ({ PolicyArn: localPolicy(), PolicyDocument: IDENTITY, SetAsDefault: true }),
  CreateRole: () => ({ RoleName: 'cov-new-role', AssumeRolePolicyDocument: TRUST }),
  CreateUser: () => ({ UserName: 'cov-new-user' }),
  DeleteGroup: () => ({ GroupName: 'cov-new-group' }),
  DeleteGroupPolicy: () => ({ GroupName: G, PolicyName: 'inline' }),
  DeleteLoginProfile: () => ({ UserName: U }),
  DeletePolicy: () => ({ PolicyArn: `arn:aws:iam::${t.accountId}:policy/cov-new-policy` }),
  DeletePolicyVersion: () => ({ PolicyArn: localPolicy(), VersionId: 'v1' }),
  DeleteRole: () => ({ RoleName: 'cov-new-role' }),
  DeleteRolePermissionsBoundary: () => ({ RoleName: R }),
  DeleteRolePolicy: () => ({ RoleName: R, PolicyName: 'inline' }),
  DeleteUser: () => ({ UserName: 'cov-new-user' }),
  DeleteUserPermissionsBoundary: () => ({ UserName: U }),
  DeleteUserPolicy: () => ({ UserName: U, PolicyName: 'inline' }),
  DetachGroupPolicy: () => ({ GroupName: G, PolicyArn: AWS_POLICY }),
  DetachRolePolicy: () => ({ RoleName: R, PolicyArn: AWS_POLICY }),
  DetachUserPolicy: () => ({ UserName: U, PolicyArn: AWS_POLICY }),
  GetGroup: () => ({ GroupName: G }),
  GetGroupPolicy: () => ({ GroupName: G, PolicyName: 'inline' }),
  GetLoginProfile: () => ({ UserName: U }),
  GetPolicy: () => ({ PolicyArn: localPolicy() }),
  GetPolicyVersion: () => ({ PolicyArn: localPolicy(), VersionId: 'v1' }),
  GetRole: () => ({ RoleName: R }),
  GetRolePolicy: () => ({ RoleName: R, PolicyName: 'inline' }),
  GetUser: () => ({ UserName: U }),
  GetUserPolicy: () => ({ UserName: U, PolicyName: 'inline' }),
  ListAttachedGroupPolicies: () => ({ GroupName: G }),
  ListAttachedRolePolicies: () => ({ RoleName: R }),
  ListAttachedUserPolicies: () => ({ UserName: U }),
  ListEntitiesForPolicy: () => ({ PolicyArn: AWS_POLICY }),
  ListGroupPolicies: () => ({ GroupName: G }),
  ListGroups: () => ({}),
  ListGroupsForUser: () => ({ UserName: U }),
  ListPolicies: () => ({ Scope: 'Local' }),
  ListPolicyTags: () => ({ PolicyArn: localPolicy() }),
  ListPolicyVersions: () => ({ PolicyArn: localPolicy() }),
  ListRolePolicies: () => ({ RoleName: R }),
  ListRoleTags: () => ({ RoleName: R }),
  ListRoles: () => ({}),
  ListUserPolicies: () => ({ UserName: U }),
  ListUserTags: () => ({ UserName: U }),
  ListUsers: () => ({}),
  PutGroupPolicy: () => ({ GroupName: G, PolicyName: 'inline', PolicyDocument: IDENTITY }),
  PutRolePermissionsBoundary: () => ({ RoleName: R, PermissionsBoundary: AWS_POLICY }),
  PutRolePolicy: () => ({ RoleName: R, PolicyName: 'inline', PolicyDocument: IDENTITY }),
  PutUserPermissionsBoundary: () => ({ UserName: U, PermissionsBoundary: AWS_POLICY }),
  PutUserPolicy: () => ({ UserName: U, PolicyName: 'inline', PolicyDocument: IDENTITY }),
  RemoveUserFromGroup: () => ({ GroupName: G, UserName: U }),
  SetDefaultPolicyVersion: () => ({ PolicyArn: localPolicy(), VersionId: 'v1' }),
  TagPolicy: () => ({ PolicyArn: localPolicy(), Tags: [{ Key: 'k', Value: 'v' }] }),
  TagRole: () => ({ RoleName: R, Tags: [{ Key: 'k', Value: 'v' }] }),
  TagUser: () => ({ UserName: U, Tags: [{ Key: 'k', Value: 'v' }] }),
  UntagPolicy: () => ({ PolicyArn: localPolicy(), TagKeys: ['k'] }),
  UntagRole: () => ({ RoleName: R, TagKeys: ['k'] }),
  UntagUser: () => ({ UserName: U, TagKeys: ['k'] }),
  UpdateAssumeRolePolicy: () => ({ RoleName: R, PolicyDocument: TRUST }),
  UpdateGroup: () => ({ GroupName: G, NewPath: '/team/' }),
  UpdateLoginProfile: () => ({ UserName: U, PasswordResetRequired: true }),
  UpdateRole: () => ({ RoleName: R, MaxSessionDuration: 7200 }),
  UpdateUser: () => ({ UserName: U, NewPath: '/team/' }),
  // Credentials.
  ChangePassword: () => ({ OldPassword: 'Coverage-password-1!', NewPassword: 'Coverage-password-2!' }),
  CreateAccessKey: () => ({ UserName: U }),
  CreateVirtualMFADevice: () => ({ VirtualMFADeviceName: 'cov-mfa' }),
  DeactivateMFADevice: () => ({ UserName: U, SerialNumber: `arn:aws:iam::${t.accountId}:mfa/cov-mfa` }),
  DeleteAccessKey: () => ({ UserName: U, AccessKeyId: 'AKIAIOSFODNN7EXAMPLE' }),
  DeleteAccountPasswordPolicy: () => ({}),
  DeleteVirtualMFADevice: () => ({ SerialNumber: `arn:aws:iam::${t.accountId}:mfa/cov-mfa` }),
  EnableMFADevice: () => ({ UserName: U, SerialNumber: `arn:aws:iam::${t.accountId}:mfa/cov-mfa`, AuthenticationCode1: '123456', AuthenticationCode2: '654321' }),
  GetAccessKeyLastUsed: () => ({ AccessKeyId: 'AKIAIOSFODNN7EXAMPLE' }),
  GetAccountPasswordPolicy: () => ({}),
  GetAccountSummary: () => ({}),
  ListAccessKeys: () => ({ UserName: U }),
  ListMFADevices: () => ({ UserName: U }),
  ListVirtualMFADevices: () => ({}),
  ResyncMFADevice: () => ({ UserName: U, SerialNumber: `arn:aws:iam::${t.accountId}:mfa/cov-mfa`, AuthenticationCode1: '123456', AuthenticationCode2: '654321' }),
  UpdateAccessKey: () => ({ UserName: U, AccessKeyId: 'AKIAIOSFODNN7EXAMPLE', Status: 'Inactive' }),
  UpdateAccountPasswordPolicy: () => ({ MinimumPasswordLength: 8 }),
  // The account.
  CreateAccountAlias: () => ({ AccountAlias: 'cov-alias' }),
  DeleteAccountAlias: () => ({ AccountAlias: 'cov-alias' }),
  GetAccountAuthorizationDetails: () => ({ Filter: ['User'], MaxItems: 5 }),
  ListAccountAliases: () => ({}),
  // Reports.
  GenerateCredentialReport: () => ({}),
  GetCredentialReport: () => ({}),
  // Access Advisor.
  GenerateServiceLastAccessedDetails: () => ({ Arn: `arn:aws:iam::${t.accountId}:user/${U}`, Granularity: 'ACTION_LEVEL' }),
  GetServiceLastAccessedDetails: () => ({ JobId: '00000000-0000-4000-8000-000000000000' }),
  GetServiceLastAccessedDetailsWithEntities: () => ({ JobId: '00000000-0000-4000-8000-000000000000', ServiceNamespace: 'iam' }),
  ListPoliciesGrantingServiceAccess: () => ({ Arn: `arn:aws:iam::${t.accountId}:group/${G}`, ServiceNamespaces: ['iam'] }),
  // The policy simulator.
  GetContextKeysForCustomPolicy: () => ({ PolicyInputList: [IDENTITY] }),
  GetContextKeysForPrincipalPolicy: () => ({ PolicySourceArn: `arn:aws:iam::${t.accountId}:user/${U}` }),
  SimulateCustomPolicy: () => ({ PolicyInputList: [IDENTITY], ActionNames: ['iam:GetUser'] }),
  LookupEvents: () => ({ Username: U, MaxResults: 5 }),
  SimulatePrincipalPolicy: () => ({ PolicySourceArn: `arn:aws:iam::${t.accountId}:role/${R}`, ActionNames: ['iam:GetUser'] }),
}

/** Everything an operation could change, except the event history (denials are recorded). */
async function fingerprint(): Promise<string> {
  const p = t.db.prisma
  const by = { orderBy: { id: 'asc' as const } }
  return JSON.stringify(await Promise.all([
    p.user.findMany(by), p.group.findMany(by), p.role.findMany(by), p.groupMembership.findMany({ orderBy: [{ userId: 'asc' }, { groupId: 'asc' }] }),
    p.userPolicyAttachment.findMany({ orderBy: [{ userId: 'asc' }, { policyId: 'asc' }] }),
    p.groupPolicyAttachment.findMany({ orderBy: [{ groupId: 'asc' }, { policyId: 'asc' }] }),
    p.rolePolicyAttachment.findMany({ orderBy: [{ roleId: 'asc' }, { policyId: 'asc' }] }),
    p.inlinePolicy.findMany(by), p.tag.findMany(by), p.loginProfile.findMany({ orderBy: { userId: 'asc' } }),
    p.managedPolicy.findMany({ where: { accountId: { not: null } }, ...by }), p.managedPolicy.count(),
    p.policyVersion.findMany({ where: { policy: { accountId: { not: null } } }, ...by }), p.policyVersion.count(),
    p.credentialReport.findMany(by), p.account.findMany(by), p.serviceLastAccessedJob.findMany(by),
  ]))
}

const upper = (name: string) => name.charAt(0).toUpperCase() + name.slice(1)
const exportedFunctions = Object.entries(iam).filter(([, v]) => typeof v === 'function') as [string, Function][]

beforeAll(async () => {
  t = await setUpIamTest()
  await iam.createUser(t.root, { UserName: 'nobody' })
  nobody = await t.asUser('nobody')
  await iam.createUser(t.root, { UserName: U })
  await iam.createGroup(t.root, { GroupName: G })
  await iam.createRole(t.root, { RoleName: R, AssumeRolePolicyDocument: TRUST })
  await iam.createPolicy(t.root, { PolicyName: P, PolicyDocument: IDENTITY })
})
afterAll(() => t.cleanup())

describe('lib/iam exports', () => {
  test('every exported function is a registered operation with a sample input, and vice versa', () => {
    const registered = Object.keys(iam.IAM_OPERATIONS).sort()
    const exported = exportedFunctions.map(([name]) => upper(name)).sort()
    expect(exported).toEqual(registered)
    expect(Object.keys(SAMPLE_INPUTS).sort()).toEqual(registered)
    // Each is gated as the action of its name, IAM's but for the event history's (CloudTrail's).
    for (const [name, entry] of Object.entries(iam.IAM_OPERATIONS)) expect(entry.action).toBe(`${SERVICE_OF[name] ?? 'iam'}:${name}`)
    // Guards against an empty module passing the per-operation tests vacuously.
    expect(registered.length).toBeGreaterThanOrEqual(73)
  })
})

describe('a principal without policies is denied every operation, and nothing changes', () => {
  for (const name of Object.keys(SAMPLE_INPUTS)) {
    test(name, async () => {
      const entry = iam.IAM_OPERATIONS[name]!
      const before = await fingerprint()
      const calls = gateCallCount()
      const error = await entry.fn(nobody, SAMPLE_INPUTS[name]!() as never).then(() => null, (e: unknown) => e)
      expect(gateCallCount()).toBeGreaterThan(calls)
      expect(error).toBeInstanceOf(IamError)
      expect((error as IamError).code).toBe('AccessDenied')
      expect((error as IamError).message).toContain(`is not authorized to perform: ${SERVICE_OF[name] ?? 'iam'}:${name} on resource: `)
      expect(await fingerprint()).toBe(before)
    })
  }
})

describe('root is allowed every operation', () => {
  for (const name of Object.keys(SAMPLE_INPUTS)) {
    test(name, async () => {
      const calls = gateCallCount()
      const error = await iam.IAM_OPERATIONS[name]!.fn(t.root, SAMPLE_INPUTS[name]!() as never).then(() => null, (e: unknown) => e)
      expect(gateCallCount()).toBeGreaterThan(calls)
      // Other IAM errors (NoSuchEntity after an earlier delete, DeleteConflict) are answers
      // from past the gate; AccessDenied or a crash is not.
      if (error !== null) {
        expect(error).toBeInstanceOf(IamError)
        expect((error as IamError).code).not.toBe('AccessDenied')
        expect((error as IamError).code).not.toBe('ServiceFailure')
      }
    })
  }
})

// Operations outside IAM_OPERATIONS (keyed by action): those sharing an action with one
// in it (revokeRoleSessions is iam:PutRolePolicy), and STS's, whose authorization is the
// role's trust policy (AssumeRole) or needs no permission (GetCallerIdentity). Each asks
// the gate; as the principal without policies, each is denied with nothing changed, but
// GetCallerIdentity, which AWS answers to anyone. Root may do all but assume a role,
// which AWS refuses to root ("Roles may not be assumed by root accounts.").
// GetSessionToken asks no policy at all ("You cannot use policies to control
// authentication operations"); tests/integration/sts covers it.
const OTHER_OPERATIONS: { name: string; action: string; call: (c: Caller) => Promise<unknown>; nobody: 'denied' | 'allowed'; root: 'allowed' | 'refused' }[] = [
  { name: 'revokeRoleSessions', action: 'iam:PutRolePolicy', call: (c) => revokeRoleSessions(c, { RoleName: R }), nobody: 'denied', root: 'allowed' },
  { name: 'assumeRole', action: 'sts:AssumeRole', call: (c) => assumeRole(c, { RoleArn: `arn:aws:iam::${t.accountId}:role/${R}`, RoleSessionName: 'cov' }), nobody: 'denied', root: 'refused' },
  { name: 'assumeRoleForConsole', action: 'sts:AssumeRole', call: (c) => assumeRoleForConsole(c, { accountId: t.accountId, roleName: R }), nobody: 'denied', root: 'refused' },
  { name: 'getCallerIdentity', action: 'sts:GetCallerIdentity', call: (c) => getCallerIdentity(c), nobody: 'allowed', root: 'allowed' },
]

describe('operations outside IAM_OPERATIONS ask the gate', () => {
  for (const op of OTHER_OPERATIONS) {
    test(`${op.name} as the principal without policies`, async () => {
      const before = await fingerprint()
      const sessions = await t.db.prisma.roleSession.count()
      const calls = gateCallCount()
      const error = await op.call(nobody).then(() => null, (e: unknown) => e)
      expect(gateCallCount()).toBeGreaterThan(calls)
      if (op.nobody === 'allowed') {
        expect(error).toBeNull()
        return
      }
      expect((error as IamError).code).toBe('AccessDenied')
      expect((error as IamError).message).toContain(`is not authorized to perform: ${op.action} on resource: `)
      expect(await fingerprint()).toBe(before)
      expect(await t.db.prisma.roleSession.count()).toBe(sessions)
    })
    test(`${op.name} as root`, async () => {
      const error = await op.call(t.root).then(() => null, (e: unknown) => e)
      if (op.root === 'allowed') expect(error).toBeNull()
      else expect((error as IamError).message).toBe('Roles may not be assumed by root accounts.')
    })
  }
})

// Server actions are public POST endpoints: each must reach lib/iam's gate. Every export
// of app/**/actions.ts needs a case saying how a form would call it. The console helpers
// keep theirs beside their routes' tests, in tests/integration/console-actions/*.cases.ts
// (any export named *_ACTION_CASES, keyed "app/<route>/actions.ts#<exportName>"), so they
// add cases without editing this file. Each case runs as the principal without policies
// (AccessDenied, nothing changed), then as root (past the gate).
const CASE_DIRS = ['tests/integration/console-actions', 'tests/gate-cases']
function caseFiles(dir: string): string[] {
  if (!existsSync(dir)) return []
  return readdirSync(dir, { recursive: true, encoding: 'utf8' }).filter((f) => f.endsWith('.cases.ts')).map((f) => path.join(dir, f))
}
const caseSources: ActionCaseSource[] = []
for (const file of CASE_DIRS.flatMap((d) => caseFiles(path.join(repoRoot, d)))) {
  caseSources.push({ file: path.relative(repoRoot, file), exports: (await import(file)) as Record<string, unknown> })
}
const { cases: ALL_ACTION_CASES, duplicates: DUPLICATE_ACTION_CASES } = mergeActionCases(caseSources)

function actionFiles(dir: string): string[] {
  const out: string[] = []
  for (const name of readdirSync(dir)) {
    const full = path.join(dir, name)
    if (statSync(full).isDirectory()) out.push(...actionFiles(full))
    else if (name === 'actions.ts') out.push(full)
  }
  return out
}

describe('server actions', () => {
  const files = actionFiles(path.join(repoRoot, 'app'))
  test('no server action has two gate-coverage cases', () => {
    expect(DUPLICATE_ACTION_CASES).toEqual([])
  })
  test('every exported server action has a gate-coverage case', async () => {
    const missing: string[] = []
    for (const file of files) {
      const mod = (await import(file)) as Record<string, unknown>
      for (const [name, value] of Object.entries(mod)) {
        const key = `${path.relative(repoRoot, file)}#${name}`
        if (typeof value === 'function' && !ALL_ACTION_CASES[key]) missing.push(key)
      }
    }
    expect(missing).toEqual([])
  })
  for (const [key, call] of Object.entries(ALL_ACTION_CASES)) {
    test(`${key} is denied without policies and allowed for root`, async () => {
      const before = await fingerprint()
      let calls = gateCallCount()
      const denied = await call(nobody).then(() => null, (e: unknown) => e)
      expect(gateCallCount()).toBeGreaterThan(calls)
      expect((denied as { code?: string } | null)?.code).toBe('AccessDenied')
      expect(await fingerprint()).toBe(before)
      calls = gateCallCount()
      const asRoot = await call(t.root).then(() => null, (e: unknown) => e)
      expect(gateCallCount()).toBeGreaterThan(calls)
      expect((asRoot as { code?: string } | null)?.code).not.toBe('AccessDenied')
    })
  }
})

// Console workflows (lib/console) make several lib/iam calls for one button; they are held
// to the same rule. Every exported function of lib/console that takes a caller needs a case
// here: run as the principal without policies it is refused (thrown, or reported as the
// workflow's failure) with nothing changed, and as root it gets past the gate. The
// runner's own helpers and pure functions are listed apart.
const CONSOLE_HELPERS = new Set([
  'lib/console/workflow.ts#step',
  'lib/console/workflow.ts#runWorkflow',
  'lib/console/workflow.ts#throwIfFailed',
  'lib/console/create-user-form.ts#tagsOfForm',
  'lib/console/policy-name-of.ts#policyNameOf',
])
const WF_USER = 'cov-wf-user'
const WF_GROUP = 'cov-wf-group'
const wfPolicy = () => `arn:aws:iam::${t.accountId}:policy/cov-wf-policy`
/** Each case is one button; `deniedAs` is what the refused caller gets back instead of an AccessDenied, where the console shows a fallback. */
const CONSOLE_CASES: Record<string, { call: (caller: Caller) => Promise<unknown>; deniedAs?: unknown }> = {
  'lib/console/account-password-policy-or-default.ts#accountPasswordPolicyOrDefault': { call: (c) => accountPasswordPolicyOrDefault(c), deniedAs: null },
  'lib/console/create-user.ts#createUserWithPermissions': {
    call: (c) => createUserWithPermissions(c, ZCreateUserForm.parse({ UserName: WF_USER, permissionsOption: 'attach', 'PolicyArns[]': [AWS_POLICY], 'tagKeys[]': ['team'], 'tagValues[]': ['blue'] })),
  },
  'lib/console/add-user-permissions.ts#addUserPermissions': { call: (c) => addUserPermissions(c, WF_USER, { permissionsOption: 'group', GroupNames: [G] }) },
  'lib/console/copy-permissions.ts#copiedPermissionSteps': { call: (c) => copiedPermissionSteps(c, U, WF_USER) },
  'lib/console/copy-permissions.ts#copyPermissions': { call: (c) => copyPermissions(c, U, WF_USER) },
  'lib/console/save-user-tags.ts#saveUserTags': { call: (c) => saveUserTags(c, WF_USER, [{ Key: 'team', Value: 'green' }]) },
  'lib/console/create-group.ts#createGroupWithMembers': { call: (c) => createGroupWithMembers(c, { GroupName: WF_GROUP, UserNames: [WF_USER], PolicyArns: [AWS_POLICY] }) },
  'lib/console/create-role.ts#createRoleWithPolicies': {
    call: (c) => createRoleWithPolicies(c, { RoleName: 'cov-wf-role', AssumeRolePolicyDocument: TRUST, PolicyArns: [AWS_POLICY] }),
  },
  'lib/console/attach-role-policies.ts#attachRolePolicies': { call: (c) => attachRolePolicies(c, 'cov-wf-role', ['arn:aws:iam::aws:policy/SecurityAudit']) },
  'lib/console/save-policy-version.ts#savePolicyVersion': { call: (c) => savePolicyVersion(c, { PolicyArn: wfPolicy(), PolicyDocument: IDENTITY, SetAsDefault: true }) },
  'lib/console/delete-policy.ts#deletePolicyWithDependents': { call: (c) => deletePolicyWithDependents(c, wfPolicy()) },
  'lib/console/delete-group.ts#deleteGroupWithDependents': { call: (c) => deleteGroupWithDependents(c, WF_GROUP) },
  'lib/console/simulator-policies.ts#simulatorPrincipal': { call: (c) => simulatorPrincipal(c, `arn:aws:iam::${t.accountId}:user/${U}`) },
  'lib/console/run-simulation.ts#runSimulation': {
    call: (c) => runSimulation(c, {
      PolicySourceArn: `arn:aws:iam::${t.accountId}:user/${U}`, disabledPolicyIds: [], PolicyInputList: [], PermissionsBoundaryPolicyInputList: [],
      ActionNames: ['iam:ListUsers'], ResourceArns: [], ContextEntries: [],
    }),
  },
  'lib/console/delete-role.ts#deleteRoleWithDependents': { call: (c) => deleteRoleWithDependents(c, { RoleName: 'cov-wf-role' }) },
  'lib/console/delete-user.ts#deleteUserWithDependents': { call: (c) => deleteUserWithDependents(c, { UserName: WF_USER }) },
  'lib/console/download-credential-report.ts#downloadCredentialReport': { call: (c) => downloadCredentialReport(c) },
  'lib/console/download-account-authorization-details.ts#downloadAccountAuthorizationDetails': { call: (c) => downloadAccountAuthorizationDetails(c) },
  'lib/console/access-advisor.ts#loadAccessAdvisor': { call: (c) => loadAccessAdvisor(c, { kind: 'user', arn: `arn:aws:iam::${t.accountId}:user/${U}` }) },
  'lib/console/security-recommendations.ts#userSecurityRecommendations': { call: (c) => userSecurityRecommendations(c) },
}

/** The refusal a workflow answers with: its thrown error's code, or its report's failure. */
const outcome = (settled: { value?: unknown; error?: unknown }): unknown =>
  settled.error !== undefined ? ((settled.error as { code?: string }).code ?? settled.error) : ((settled.value as { failure?: { code: string } } | null)?.failure?.code ?? settled.value)
const settle = (p: Promise<unknown>) => p.then((value) => ({ value }), (error: unknown) => ({ error }))

describe('console workflows (lib/console)', () => {
  beforeAll(async () => {
    await iam.createPolicy(t.root, { PolicyName: 'cov-wf-policy', PolicyDocument: IDENTITY })
    await iam.attachUserPolicy(t.root, { UserName: U, PolicyArn: wfPolicy() })
  })

  test('every exported function that takes a caller has a case', async () => {
    const dir = path.join(repoRoot, 'lib/console')
    const missing: string[] = []
    for (const name of readdirSync(dir).filter((f) => f.endsWith('.ts') && !f.endsWith('.test.ts'))) {
      const mod = (await import(path.join(dir, name))) as Record<string, unknown>
      for (const [exported, value] of Object.entries(mod)) {
        const key = `lib/console/${name}#${exported}`
        if (typeof value === 'function' && !CONSOLE_CASES[key] && !CONSOLE_HELPERS.has(key)) missing.push(key)
      }
    }
    expect(missing).toEqual([])
  })

  for (const [key, { call, deniedAs = 'AccessDenied' }] of Object.entries(CONSOLE_CASES)) {
    test(`${key} is refused without policies, changing nothing, and gets past the gate for root`, async () => {
      const before = await fingerprint()
      let calls = gateCallCount()
      expect(outcome(await settle(call(nobody)))).toEqual(deniedAs)
      expect(gateCallCount()).toBeGreaterThan(calls)
      expect(await fingerprint()).toBe(before)
      calls = gateCallCount()
      const asRoot = outcome(await settle(call(t.root)))
      expect(gateCallCount()).toBeGreaterThan(calls)
      expect(asRoot).not.toBe('AccessDenied')
      expect(asRoot).not.toBe('ServiceFailure')
    })
  }
})
