// "Run simulation" of the console's policy simulator: the principal's policies as listed
// (each switchable off), pasted ones, and the rows the page shows, each with the
// documents its statements point into and the evaluation behind it.
import { afterAll, beforeAll, describe, expect, test } from 'vitest'
import { runSimulation, type SimulationInput } from '@/lib/console/run-simulation'
import { simulatorPrincipal } from '@/lib/console/simulator-policies'
import { attachUserPolicy, createPolicy, createUser, putUserPermissionsBoundary, putUserPolicy } from '@/lib/iam'
import { doc, iamErrorOf, setUpIamTest, type IamTestContext } from '../iam/iam-test-setup'

let t: IamTestContext
const daveArn = () => `arn:aws:iam::${t.accountId}:user/dave`
const input = (over: Partial<SimulationInput>): SimulationInput => ({
  disabledPolicyIds: [], PolicyInputList: [], PermissionsBoundaryPolicyInputList: [], ActionNames: ['iam:ListUsers'], ResourceArns: [], ContextEntries: [], ...over,
})

beforeAll(async () => {
  t = await setUpIamTest()
  await createUser(t.root, { UserName: 'dave' })
  await attachUserPolicy(t.root, { UserName: 'dave', PolicyArn: 'arn:aws:iam::aws:policy/IAMReadOnlyAccess' })
  await putUserPolicy(t.root, { UserName: 'dave', PolicyName: 'PutReports', PolicyDocument: doc({ Sid: 'Put', Effect: 'Allow', Action: 's3:PutObject', Resource: '*' }) })
  await createPolicy(t.root, { PolicyName: 'ReadOnlyBoundary', PolicyDocument: doc({ Effect: 'Allow', Action: ['iam:Get*', 'iam:List*'], Resource: '*' }) })
  await putUserPermissionsBoundary(t.root, { UserName: 'dave', PermissionsBoundary: `arn:aws:iam::${t.accountId}:policy/ReadOnlyBoundary` })
})
afterAll(() => t.cleanup())

describe('the simulator lists a principal\'s policies through the gated reads', () => {
  test('dave: his inline and attached policies and his boundary, each with its document', async () => {
    const dave = await simulatorPrincipal(t.root, daveArn())
    expect(dave.policies.map((p) => [p.id, p.name, p.kind, p.source, p.sourcePolicyId])).toEqual([
      ['inline:PutReports', 'PutReports', 'identity', 'Inline policy', 'user_dave_PutReports'],
      ['managed:arn:aws:iam::aws:policy/IAMReadOnlyAccess', 'IAMReadOnlyAccess', 'identity', 'Attached directly', 'IAMReadOnlyAccess'],
      ['boundary', 'ReadOnlyBoundary', 'permissionsBoundary', 'Permissions boundary', 'ReadOnlyBoundary'],
    ])
    expect(JSON.parse(dave.policies[0]!.document)).toMatchObject({ Statement: [{ Sid: 'Put' }] })
  })

  test('a principal of another account, or not a principal, is refused at PolicySourceArn', async () => {
    for (const arn of ['arn:aws:iam::999999999999:user/dave', `arn:aws:iam::${t.accountId}:policy/ReadOnlyBoundary`]) {
      expect(await iamErrorOf(simulatorPrincipal(t.root, arn))).toMatchObject({ code: 'InvalidInput', field: 'PolicySourceArn' })
    }
  })
})

describe('Run simulation', () => {
  const cases: { name: string; input: () => SimulationInput; rows: object[] }[] = [
    {
      name: 'all of dave\'s policies: ListUsers allowed by IAMReadOnlyAccess, within the boundary',
      input: () => input({ PolicySourceArn: daveArn() }),
      rows: [{
        action: 'iam:ListUsers', resource: '*', decision: 'allowed', allowedByPermissionsBoundary: true,
        statements: [expect.objectContaining({ SourcePolicyId: 'IAMReadOnlyAccess' }), expect.objectContaining({ SourcePolicyId: 'ReadOnlyBoundary' })],
        evaluation: expect.objectContaining({ decidingPolicyType: 'identity', details: { identity: 'allowed', permissionsBoundary: 'allowed' } }),
      }],
    },
    {
      name: 'IAMReadOnlyAccess switched off for the run: ListUsers is an implicit deny at the identity-based policies',
      input: () => input({ PolicySourceArn: daveArn(), disabledPolicyIds: ['managed:arn:aws:iam::aws:policy/IAMReadOnlyAccess'] }),
      rows: [{ decision: 'implicitDeny', statements: [], evaluation: expect.objectContaining({ decidingPolicyType: 'identity', details: { identity: 'implicitDeny', permissionsBoundary: 'allowed' } }) }],
    },
    {
      name: 's3:PutObject: the inline policy allows, the boundary does not; the evaluation names the policies as the page lists them',
      input: () => input({ PolicySourceArn: daveArn(), ActionNames: ['s3:PutObject'] }),
      rows: [{
        decision: 'implicitDeny', allowedByPermissionsBoundary: false,
        evaluation: expect.objectContaining({ decidingPolicyType: 'permissionsBoundary', matchedStatements: [expect.objectContaining({ policyName: 'PutReports', sid: 'Put' })] }),
      }],
    },
    {
      name: 'a pasted boundary replaces dave\'s for the run: s3:PutObject allowed',
      input: () => input({ PolicySourceArn: daveArn(), ActionNames: ['s3:PutObject'], PermissionsBoundaryPolicyInputList: [doc({ Effect: 'Allow', Action: 's3:*', Resource: '*' })] }),
      rows: [{ decision: 'allowed', allowedByPermissionsBoundary: true }],
    },
    {
      name: 'pasted policies only, one row per resource',
      input: () => input({ PolicyInputList: [doc({ Effect: 'Allow', Action: 's3:GetObject', Resource: 'arn:aws:s3:::reports/*' })], ActionNames: ['s3:GetObject'], ResourceArns: ['arn:aws:s3:::reports/a.csv', 'arn:aws:s3:::private/b.csv'] }),
      rows: [
        { resource: 'arn:aws:s3:::reports/a.csv', decision: 'allowed', statements: [expect.objectContaining({ SourcePolicyId: 'PolicyInputList.1' })] },
        { resource: 'arn:aws:s3:::private/b.csv', decision: 'implicitDeny', statements: [] },
      ],
    },
  ]
  for (const c of cases) {
    test(c.name, async () => {
      const run = await runSimulation(t.root, c.input())
      expect(run.rows).toEqual(c.rows.map((r) => expect.objectContaining(r)))
    })
  }

  test('the documents the statements point into, and the context keys the policies use', async () => {
    const run = await runSimulation(t.root, input({
      PolicySourceArn: daveArn(),
      PolicyInputList: [doc({ Effect: 'Allow', Action: 'iam:ListUsers', Resource: '*', Condition: { IpAddress: { 'aws:SourceIp': '10.0.0.0/8' } } })],
    }))
    expect(run.documents.map((d) => [d.sourcePolicyId, d.name])).toEqual([
      ['user_dave_PutReports', 'PutReports'], ['IAMReadOnlyAccess', 'IAMReadOnlyAccess'], ['ReadOnlyBoundary', 'ReadOnlyBoundary'], ['PolicyInputList.1', 'Additional policy 1'],
    ])
    expect(run.contextKeys).toEqual([{ key: 'aws:SourceIp', type: 'ip' }])
  })

  test('a caller not allowed iam:SimulatePrincipalPolicy is refused, with the gate\'s words', async () => {
    await createUser(t.root, { UserName: 'reader' })
    await putUserPolicy(t.root, { UserName: 'reader', PolicyName: 'ReadOnly', PolicyDocument: doc({ Effect: 'Allow', Action: ['iam:Get*', 'iam:List*'], Resource: '*' }) })
    const error = await iamErrorOf(runSimulation(await t.asUser('reader'), input({ PolicySourceArn: daveArn() })))
    expect(error).toMatchObject({ code: 'AccessDenied' })
    expect(error.message).toContain('iam:SimulatePrincipalPolicy')
  })
})
