import { describe, expect, it } from 'vitest'
import {
  assertValidIamPath,
  assumedRoleArn,
  awsManagedPolicyArn,
  groupArn,
  isValidIamPath,
  mfaArn,
  parseIamArn,
  policyArn,
  roleArn,
  rootArn,
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
  ])('$name', ({ arn, expected }) => {
    expect(arn).toBe(expected)
  })

  it.each([
    { name: 'no leading slash', path: 'engineering/' },
    { name: 'no trailing slash', path: '/engineering' },
    { name: 'empty', path: '' },
    { name: 'a space', path: '/my team/' },
    { name: 'non-ASCII', path: '/équipe/' },
  ])('rejects a path with $name', ({ path }) => {
    expect(isValidIamPath(path)).toBe(false)
    expect(() => userArn(ACCOUNT, path, 'Bob')).toThrow(/failed to satisfy constraint: Member must satisfy regular expression pattern/)
  })

  it('rejects a path longer than 512 characters', () => {
    const path = `/${'a'.repeat(511)}/`
    expect(() => assertValidIamPath(path)).toThrow(/length less than or equal to 512/)
    expect(isValidIamPath(`/${'a'.repeat(510)}/`)).toBe(true)
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
