import { describe, expect, test } from 'vitest'
import { IAM_XMLNS, queryErrorXml, queryResponseXml, xmlOfValue } from './query-xml'

describe('xmlOfValue', () => {
  test.each([
    ['a string', 'UserName', 'bob', '<UserName>bob</UserName>'],
    ['XML characters escaped', 'Description', 'a<b & "c"', '<Description>a&lt;b &amp; &quot;c&quot;</Description>'],
    ['a number', 'MaxSessionDuration', 3600, '<MaxSessionDuration>3600</MaxSessionDuration>'],
    ['a boolean', 'IsTruncated', false, '<IsTruncated>false</IsTruncated>'],
    ['a list as member', 'PolicyNames', ['a', 'b'], '<PolicyNames><member>a</member><member>b</member></PolicyNames>'],
    ['an empty list', 'PolicyNames', [], '<PolicyNames></PolicyNames>'],
    ['a list of structures', 'Tags', [{ Key: 'k', Value: 'v' }], '<Tags><member><Key>k</Key><Value>v</Value></member></Tags>'],
    ['undefined members are left out', 'User', { UserName: 'a', PasswordLastUsed: undefined }, '<User><UserName>a</UserName></User>'],
    ['PolicyDocument URL-encoded', 'PolicyDocument', '{"a": "b/c"}', '<PolicyDocument>%7B%22a%22%3A%20%22b%2Fc%22%7D</PolicyDocument>'],
    ['AssumeRolePolicyDocument URL-encoded', 'AssumeRolePolicyDocument', '{}', '<AssumeRolePolicyDocument>%7B%7D</AssumeRolePolicyDocument>'],
    ['Document URL-encoded', 'Document', '{ }', '<Document>%7B%20%7D</Document>'],
    ["RFC 3986: !'()* encoded too", 'PolicyDocument', "a(it)!*'", '<PolicyDocument>a%28it%29%21%2A%27</PolicyDocument>'],
    ['SummaryMap as entries', 'SummaryMap', { Users: 3, Groups: 1 }, '<SummaryMap><entry><key>Users</key><value>3</value></entry><entry><key>Groups</key><value>1</value></entry></SummaryMap>'],
    ['Base32StringSeed base64-encoded', 'Base32StringSeed', 'ABCD', '<Base32StringSeed>QUJDRA==</Base32StringSeed>'],
    ['QRCodePNG from a data: URL', 'QRCodePNG', 'data:image/png;base64,iVBORw0K', '<QRCodePNG>iVBORw0K</QRCodePNG>'],
  ])('%s', (_name, name, value, xml) => {
    expect(xmlOfValue(name, value)).toBe(xml)
  })

  test('a non-enumerable secret is answered (SecretAccessKey)', () => {
    const key = Object.defineProperty({ AccessKeyId: 'AKIA' }, 'SecretAccessKey', { value: 's3cret', enumerable: false })
    expect(xmlOfValue('AccessKey', key)).toBe('<AccessKey><AccessKeyId>AKIA</AccessKeyId><SecretAccessKey>s3cret</SecretAccessKey></AccessKey>')
  })
})

describe('envelopes', () => {
  test.each([
    ['a result', 'GetUser', { User: { UserName: 'a' } }, `<GetUserResponse xmlns="${IAM_XMLNS}"><GetUserResult><User><UserName>a</UserName></User></GetUserResult><ResponseMetadata><RequestId>r1</RequestId></ResponseMetadata></GetUserResponse>`],
    ['no result', 'DeleteUser', undefined, `<DeleteUserResponse xmlns="${IAM_XMLNS}"><ResponseMetadata><RequestId>r1</RequestId></ResponseMetadata></DeleteUserResponse>`],
  ])('%s', (_name, action, result, xml) => {
    expect(queryResponseXml(action, result, 'r1', IAM_XMLNS)).toBe(xml)
  })
  test('the error envelope', () => {
    expect(queryErrorXml({ type: 'Sender', code: 'NoSuchEntity', message: 'The user with name x cannot be found.' }, 'r2', IAM_XMLNS)).toBe(
      `<ErrorResponse xmlns="${IAM_XMLNS}"><Error><Type>Sender</Type><Code>NoSuchEntity</Code><Message>The user with name x cannot be found.</Message></Error><RequestId>r2</RequestId></ErrorResponse>`,
    )
  })
})
