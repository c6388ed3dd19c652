import { describe, expect, it } from 'vitest'
import {
  accountOfArn,
  assumedRoleArn,
  awsManagedPolicyArn,
  groupArn,
  isAwsManagedPolicyArn,
  isValidIamPath,
  isVirtualMfaSerial,
  mfaArn,
  nameOfArn,
  parseIamArn,
  parsePolicyArn,
  pathPrefixArn,
  policyArn,
  renamedArn,
  resourceOfArn,
  roleArn,
  rootArn,
  samlProviderArn,
  securityKeyArn,
  userArn,
} from './arn'

const ACCOUNT = '123456789012'

describe('ARN builders', () => {
  it.each([
    { name: 'user at the root path', arn: userArn(ACCOUNT, '/', 'Bob'), expected: 'arn:aws:iam::123456789012:user/Bob' },
    {
      name: 'user with a nested path (the IAM User Guide example)',
      arn: userArn(ACCOUNT, '/division_abc/subdivision_xyz/', 'Bob'),
      expected: 'arn:aws:iam::123456789012:user/division_abc/subdivision_xyz/Bob',
    },
    { name: 'group', arn: groupArn(ACCOUNT, '/', 'Developers'), expected: 'arn:aws:iam::123456789012:group/Developers' },
    { name: 'role with path', arn: roleArn(ACCOUNT, '/application_abc/component_xyz/', 'S3Access'), expected: 'arn:aws:iam::123456789012:role/application_abc/component_xyz/S3Access' },
    { name: 'customer managed policy', arn: policyArn(ACCOUNT, '/', 'UsersManageOwnCredentials'), expected: 'arn:aws:iam::123456789012:policy/UsersManageOwnCredentials' },
    { name: 'AWS managed policy', arn: awsManagedPolicyArn('/', 'AdministratorAccess'), expected: 'arn:aws:iam::aws:policy/AdministratorAccess' },
    { name: 'AWS managed policy with path', arn: awsManagedPolicyArn('/service-role/', 'AWSLambdaRole'), expected: 'arn:aws:iam::aws:policy/service-role/AWSLambdaRole' },
    { name: 'virtual MFA device', arn: mfaArn(ACCOUNT, 'JaneMFA'), expected: 'arn:aws:iam::123456789012:mfa/JaneMFA' },
    { name: 'root', arn: rootArn(ACCOUNT), expected: 'arn:aws:iam::123456789012:root' },
    { name: 'assumed role (no role path)', arn: assumedRoleArn(ACCOUNT, 'Accounting-Role', 'Mary'), expected: 'arn:aws:sts::123456789012:assumed-role/Accounting-Role/Mary' },
    { name: "a user's security key", arn: securityKeyArn(ACCOUNT, 'Bob', 'YubiKey-ABC'), expected: 'arn:aws:iam::123456789012:u2f/user/Bob/YubiKey-ABC' },
    { name: "the root user's security key", arn: securityKeyArn(ACCOUNT, null, 'YubiKey-ABC'), expected: 'arn:aws:iam::123456789012:u2f/root/YubiKey-ABC' },
    { name: 'SAML provider', arn: samlProviderArn(ACCOUNT, 'Okta'), expected: 'arn:aws:iam::123456789012:saml-provider/Okta' },
    { name: 'ListUsers at the root path', arn: pathPrefixArn(ACCOUNT, 'user'), expected: 'arn:aws:iam::123456789012:user/' },
    { name: 'ListRoles under a path prefix (not ending in /)', arn: pathPrefixArn(ACCOUNT, 'role', '/service-role'), expected: 'arn:aws:iam::123456789012:role/service-role' },
    { name: 'a user renamed', arn: renamedArn('arn:aws:iam::123456789012:user/a/Bob', undefined, 'Robert'), expected: 'arn:aws:iam::123456789012:user/a/Robert' },
    { name: 'a group moved', arn: renamedArn('arn:aws:iam::123456789012:group/Admins', '/ops/', undefined), expected: 'arn:aws:iam::123456789012:group/ops/Admins' },
    { name: 'a user moved and renamed', arn: renamedArn('arn:aws:iam::123456789012:user/a/b/Bob', '/', 'Robert'), expected: 'arn:aws:iam::123456789012:user/Robert' },
  ])('$name', ({ arn, expected }) => {
    expect(arn).toBe(expected)
  })

  it.each([
    { name: 'the default path', path: '/', valid: true },
    { name: 'a nested path', path: '/division_abc/subdivision_xyz/', valid: true },
    { name: 'a path of 512 characters', path: `/${'a'.repeat(510)}/`, valid: true },
    { name: 'a path of 513 characters', path: `/${'a'.repeat(511)}/`, valid: false },
    { name: 'no leading slash', path: 'engineering/', valid: false },
    { name: 'no trailing slash', path: '/engineering', valid: false },
    { name: 'empty', path: '', valid: false },
    { name: 'a space', path: '/my team/', valid: false },
    { name: 'non-ASCII', path: '/équipe/', valid: false },
  ])('path with $name: valid $valid', ({ path, valid }) => {
    expect(isValidIamPath(path)).toBe(valid)
  })
})

describe('ARN fields', () => {
  it.each([
    { name: 'a user', arn: 'arn:aws:iam::123456789012:user/a/Bob', account: ACCOUNT, resource: 'user/a/Bob', last: 'Bob', awsManagedPolicy: false },
    { name: 'an AWS managed policy', arn: 'arn:aws:iam::aws:policy/job-function/ViewOnlyAccess', account: 'aws', resource: 'policy/job-function/ViewOnlyAccess', last: 'ViewOnlyAccess', awsManagedPolicy: true },
    { name: 'a customer managed policy', arn: 'arn:aws:iam::123456789012:policy/Mine', account: ACCOUNT, resource: 'policy/Mine', last: 'Mine', awsManagedPolicy: false },
    { name: 'an S3 object (colons in the resource)', arn: 'arn:aws:s3:::bucket/a:b', account: '', resource: 'bucket/a:b', last: 'a:b', awsManagedPolicy: false },
    { name: 'the AWS managed pseudo-account root', arn: 'arn:aws:iam::aws:root', account: 'aws', resource: 'root', last: 'arn:aws:iam::aws:root', awsManagedPolicy: false },
    { name: '"*"', arn: '*', account: '', resource: '', last: '*', awsManagedPolicy: false },
  ])('$name', ({ arn, account, resource, last, awsManagedPolicy }) => {
    expect(accountOfArn(arn)).toBe(account)
    expect(resourceOfArn(arn)).toBe(resource)
    expect(nameOfArn(arn)).toBe(last)
    expect(isAwsManagedPolicyArn(arn)).toBe(awsManagedPolicy)
  })
})

describe('parseIamArn', () => {
  it.each([
    { name: 'root', arn: 'arn:aws:iam::123456789012:root', expected: { service: 'iam', accountId: ACCOUNT, resourceType: 'root', path: '', name: '' } },
    { name: 'user at /', arn: 'arn:aws:iam::123456789012:user/Bob', expected: { service: 'iam', accountId: ACCOUNT, resourceType: 'user', path: '/', name: 'Bob' } },
    {
      name: 'user with a path',
      arn: 'arn:aws:iam::123456789012:user/division_abc/subdivision_xyz/Bob',
      expected: { service: 'iam', accountId: ACCOUNT, resourceType: 'user', path: '/division_abc/subdivision_xyz/', name: 'Bob' },
    },
    { name: 'group', arn: 'arn:aws:iam::123456789012:group/Admins', expected: { service: 'iam', accountId: ACCOUNT, resourceType: 'group', path: '/', name: 'Admins' } },
    { name: 'role', arn: 'arn:aws:iam::123456789012:role/service-role/Lambda', expected: { service: 'iam', accountId: ACCOUNT, resourceType: 'role', path: '/service-role/', name: 'Lambda' } },
    { name: 'AWS managed policy', arn: 'arn:aws:iam::aws:policy/job-function/ViewOnlyAccess', expected: { service: 'iam', accountId: 'aws', resourceType: 'policy', path: '/job-function/', name: 'ViewOnlyAccess' } },
    { name: 'MFA device', arn: 'arn:aws:iam::123456789012:mfa/alice', expected: { service: 'iam', accountId: ACCOUNT, resourceType: 'mfa', path: '/', name: 'alice' } },
    {
      name: 'security key',
      arn: 'arn:aws:iam::123456789012:u2f/user/alice/YubiKey-ABC',
      expected: { service: 'iam', accountId: ACCOUNT, resourceType: 'u2f', path: '/user/alice/', name: 'YubiKey-ABC' },
    },
    {
      name: 'assumed role',
      arn: 'arn:aws:sts::123456789012:assumed-role/Admin/alice-session',
      expected: { service: 'sts', accountId: ACCOUNT, resourceType: 'assumed-role', path: '', name: 'Admin', sessionName: 'alice-session' },
    },
  ])('parses $name', ({ arn, expected }) => {
    expect(parseIamArn(arn)).toEqual(expected)
  })

  it.each([
    { name: 'another service', arn: 'arn:aws:s3:::my-bucket' },
    { name: 'a short account id', arn: 'arn:aws:iam::12345:user/Bob' },
    { name: 'a user in the aws pseudo-account', arn: 'arn:aws:iam::aws:user/Bob' },
    { name: 'the aws pseudo-account root', arn: 'arn:aws:iam::aws:root' },
    { name: 'an unknown resource type', arn: 'arn:aws:iam::123456789012:server-certificate/cert' },
    { name: 'no name', arn: 'arn:aws:iam::123456789012:user/' },
    { name: 'another partition', arn: 'arn:aws-cn:iam::123456789012:user/Bob' },
    { name: 'a region on IAM', arn: 'arn:aws:iam:us-east-1:123456789012:user/Bob' },
    { name: 'an assumed role without a session', arn: 'arn:aws:sts::123456789012:assumed-role/Admin' },
  ])('rejects $name', ({ arn }) => {
    expect(parseIamArn(arn)).toBeNull()
  })

  it('round-trips what the builders make', () => {
    const arn = userArn(ACCOUNT, '/a/b/', 'x+y=z,w.v@u-t')
    const parsed = parseIamArn(arn)
    expect(parsed && parsed.resourceType === 'user' && userArn(parsed.accountId, parsed.path, parsed.name)).toBe(arn)
  })
})

describe('parsePolicyArn and isVirtualMfaSerial', () => {
  it.each([
    { name: 'an AWS managed policy', arn: 'arn:aws:iam::aws:policy/service-role/AWSLambdaRole', policy: { accountId: 'aws', path: '/service-role/', name: 'AWSLambdaRole' }, virtualMfa: false },
    { name: 'a customer managed policy', arn: 'arn:aws:iam::123456789012:policy/Mine', policy: { accountId: ACCOUNT, path: '/', name: 'Mine' }, virtualMfa: false },
    { name: 'a user', arn: 'arn:aws:iam::123456789012:user/Mine', policy: null, virtualMfa: false },
    { name: 'an inline policy name', arn: 'MyInlinePolicy', policy: null, virtualMfa: false },
    { name: 'a virtual MFA device', arn: 'arn:aws:iam::123456789012:mfa/alice', policy: null, virtualMfa: true },
    { name: 'a security key', arn: 'arn:aws:iam::123456789012:u2f/user/alice/Key-ABC', policy: null, virtualMfa: false },
    { name: 'a hardware device serial', arn: 'GAHT12345678', policy: null, virtualMfa: false },
  ])('$name', ({ arn, policy, virtualMfa }) => {
    expect(parsePolicyArn(arn)).toEqual(policy)
    expect(isVirtualMfaSerial(arn)).toBe(virtualMfa)
  })
})
