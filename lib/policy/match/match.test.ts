import { describe, expect, it } from 'vitest'
import { actionMatches } from './action-matcher'
import { parseTemplate, resolveTemplate } from './policy-variables'
import { describePrincipal, isExcludedByNotPrincipal, matchPrincipal } from './principal-matcher'
import { resourceMatches } from './resource-matcher'
import { protectWildcards } from './wildcard'

describe('actionMatches (reference_policies_elements_action: case-insensitive, * and ?)', () => {
  const cases: [string, string, string, boolean][] = [
    ['exact', 's3:GetObject', 's3:GetObject', true],
    ['other letter case', 'S3:getobject', 's3:GetObject', true],
    ['prefix wildcard', 's3:Get*', 's3:GetObjectAcl', true],
    ['prefix wildcard, other action', 's3:Get*', 's3:PutObject', false],
    ['infix wildcard', 'ec2:*Instances', 'ec2:DescribeInstances', true],
    ['question mark is one character', 'iam:?etUser', 'iam:GetUser', true],
    ['question mark is not zero characters', 'iam:?GetUser', 'iam:GetUser', false],
    ['star across the colon', 's3*', 's3:ListBucket', true],
    ['everything', '*', 'kms:Decrypt', true],
    ['another service', 's3:*', 's3control:GetJob', false],
    ['regex characters are literal', 's3:Get.bject', 's3:GetObject', false],
  ]
  for (const [name, p, a, want] of cases) it(name, () => expect(actionMatches(p, a)).toBe(want))
})

describe('resourceMatches (reference_policies_elements_resource: case-sensitive, per ARN segment)', () => {
  const cases: [string, string, string, boolean][] = [
    ['exact', 'arn:aws:s3:::bucket', 'arn:aws:s3:::bucket', true],
    ['case-sensitive', 'arn:aws:s3:::Bucket', 'arn:aws:s3:::bucket', false],
    ['object wildcard', 'arn:aws:s3:::bucket/*', 'arn:aws:s3:::bucket/a/b.txt', true],
    ['bucket pattern does not match objects', 'arn:aws:s3:::bucket', 'arn:aws:s3:::bucket/a', false],
    ['? is one character', 'arn:aws:s3:::acme-???-dev/*', 'arn:aws:s3:::acme-pay-dev/k', true],
    ['? does not match two', 'arn:aws:s3:::acme-???-dev/*', 'arn:aws:s3:::acme-paym-dev/k', false],
    ['region wildcard in its segment', 'arn:aws:ec2:us-????-?:123456789012:instance/*', 'arn:aws:ec2:us-east-1:123456789012:instance/i-1', true],
    ['region ? does not cross a colon', 'arn:aws:ec2:us-????-?:123456789012:instance/*', 'arn:aws:ec2:eu-west-1:123456789012:instance/i-1', false],
    ['mid-segment * stays in its segment', 'arn:aws:ec2:us-*1:123456789012:instance/*', 'arn:aws:ec2:us-east-1:123456789012:instance/i', true],
    ['segment-final * runs past colons', 'arn:aws:ec2:*', 'arn:aws:ec2:us-east-1:123456789012:instance/i-1', true],
    ['resource part may hold colons', 'arn:aws:logs:us-east-1:123456789012:log-group:/app/*', 'arn:aws:logs:us-east-1:123456789012:log-group:/app/x:log-stream:s', true],
    ['* matches everything', '*', 'arn:aws:s3:::b', true],
    ['request "*" matched by policy "*"', '*', '*', true],
    ['request "*" not matched by an ARN pattern', 'arn:aws:s3:::*', '*', false],
    ['request "*" not matched by a partial wildcard', 'arn:*', '*', false],
    ['a protected (literal) * is not a wildcard', `arn:aws:s3:::b/${protectWildcards('*')}`, 'arn:aws:s3:::b/x', false],
    ['a protected * matches a literal *', `arn:aws:s3:::b/${protectWildcards('*')}`, 'arn:aws:s3:::b/*', true],
  ]
  for (const [name, p, r, want] of cases) it(name, () => expect(resourceMatches(p, r)).toBe(want))
})

describe('policy variables (reference_policies_variables)', () => {
  const ctx: Record<string, string[]> = { 'aws:username': ['maya'], 'aws:principaltag/team': ['pay'], 'aws:tagkeys': ['a', 'b'] }
  const lookup = (_k: string, lower: string) => ctx[lower]
  const cases: [string, string, string | undefined][] = [
    ['a variable is replaced', 'home/${aws:username}/*', 'home/maya/*'],
    ['keys are case-insensitive', '${AWS:UserName}', 'maya'],
    ['tag variable', 'team-${aws:PrincipalTag/team}', 'team-pay'],
    ['absent key without default: unresolved', '${aws:PrincipalTag/missing}', undefined],
    ['default value', "${aws:PrincipalTag/missing, 'company-wide'}", 'company-wide'],
    ['default with a doubled quote', "${aws:x, 'it''s'}", "it's"],
    ['default not used when the key has a value', "${aws:username, 'nobody'}", 'maya'],
    ['multivalued key: no value', '${aws:TagKeys}', undefined],
    ['special characters', 'a${*}b${?}c${$}', 'a*b?c$'],
    ['no variables', 'plain', 'plain'],
    ['unterminated is literal', '${aws:username', '${aws:username'],
  ]
  for (const [name, src, want] of cases) it(name, () => expect(resolveTemplate(parseTemplate(src), lookup)).toBe(want))
})

describe('Principal matching (reference_policies_elements_principal)', () => {
  const user = describePrincipal({ arn: 'arn:aws:iam::111122223333:user/dev/alice', accountId: '111122223333' })
  const session = describePrincipal({ arn: 'arn:aws:sts::111122223333:assumed-role/Admin/bob', accountId: '111122223333' })
  const service = describePrincipal({ arn: 'lambda.amazonaws.com', accountId: '111122223333' })
  const cases: [string, Parameters<typeof matchPrincipal>[0], ReturnType<typeof describePrincipal>, string | undefined][] = [
    ['"*" names everyone', '*', user, 'wildcard'],
    ['AWS "*"', { AWS: ['*'] }, user, 'wildcard'],
    ['the user ARN', { AWS: ['arn:aws:iam::111122223333:user/dev/alice'] }, user, 'direct'],
    ['another user', { AWS: ['arn:aws:iam::111122223333:user/alice'] }, user, undefined],
    ['the account id delegates', { AWS: ['111122223333'] }, user, 'account'],
    ['the account root ARN delegates', { AWS: ['arn:aws:iam::111122223333:root'] }, user, 'account'],
    ['another account', { AWS: ['arn:aws:iam::444455556666:root'] }, user, undefined],
    ['a role ARN names its sessions', { AWS: ['arn:aws:iam::111122223333:role/ops/Admin'] }, session, 'role'],
    ['the session ARN', { AWS: ['arn:aws:sts::111122223333:assumed-role/Admin/bob'] }, session, 'direct'],
    ['strongest match wins', { AWS: ['111122223333', 'arn:aws:iam::111122223333:user/dev/alice'] }, user, 'direct'],
    ['a service principal', { Service: ['lambda.amazonaws.com'] }, service, 'direct'],
    ['a service is not an AWS principal', { AWS: ['lambda.amazonaws.com'] }, service, undefined],
    ['no wildcards inside ARNs', { AWS: ['arn:aws:iam::111122223333:user/*'] }, user, undefined],
  ]
  for (const [name, el, who, want] of cases) it(name, () => expect(matchPrincipal(el, who)).toBe(want))

  const notCases: [string, Parameters<typeof isExcludedByNotPrincipal>[0], ReturnType<typeof describePrincipal>, boolean][] = [
    ['user ARN alone does not exclude (account not listed)', { AWS: ['arn:aws:iam::111122223333:user/dev/alice'] }, user, false],
    ['user ARN and account exclude', { AWS: ['arn:aws:iam::111122223333:user/dev/alice', 'arn:aws:iam::111122223333:root'] }, user, true],
    ['session needs role, session and account', { AWS: ['arn:aws:iam::111122223333:role/Admin', 'arn:aws:sts::111122223333:assumed-role/Admin/bob', '111122223333'] }, session, true],
    ['session without the role ARN is not excluded', { AWS: ['arn:aws:sts::111122223333:assumed-role/Admin/bob', '111122223333'] }, session, false],
    ['a service is excluded by naming it', { Service: ['lambda.amazonaws.com'] }, service, true],
  ]
  for (const [name, el, who, want] of notCases) it(`NotPrincipal: ${name}`, () => expect(isExcludedByNotPrincipal(el, who)).toBe(want))
})
