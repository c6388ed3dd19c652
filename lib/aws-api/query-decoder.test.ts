import { describe, expect, test } from 'vitest'
import { decodeQuery, MAX_QUERY_PARAMETERS } from './query-decoder'

const decode = (form: string) => decodeQuery(new URLSearchParams(form))

describe('decodeQuery', () => {
  test.each([
    ['Action and Version are not input', 'Action=GetUser&Version=2010-05-08&UserName=bob', { UserName: 'bob' }],
    ['tags: Tags.member.N.Key/Value', 'Tags.member.1.Key=a&Tags.member.1.Value=1&Tags.member.2.Key=b&Tags.member.2.Value=2', { Tags: [{ Key: 'a', Value: '1' }, { Key: 'b', Value: '2' }] }],
    ['members ordered by index, not by arrival', 'TagKeys.member.2=second&TagKeys.member.10=tenth&TagKeys.member.1=first', { TagKeys: ['first', 'second', 'tenth'] }],
    ['PolicyArns.member.N', 'PolicyArns.member.1=arn%3Aaws%3Aiam%3A%3Aaws%3Apolicy%2FReadOnlyAccess', { PolicyArns: ['arn:aws:iam::aws:policy/ReadOnlyAccess'] }],
    ['MaxItems is a number', 'MaxItems=25&Marker=abc', { MaxItems: 25, Marker: 'abc' }],
    ['booleans by name', 'SetAsDefault=true&RequireSymbols=false', { SetAsDefault: true, RequireSymbols: false }],
    ['a name that looks like a number stays a string', 'UserName=123', { UserName: '123' }],
    ['a non-numeric MaxItems is left for validation', 'MaxItems=ten', { MaxItems: 'ten' }],
    ['nested structures', 'ContextEntries.member.1.ContextKeyName=aws%3ASourceIp&ContextEntries.member.1.ContextKeyValues.member.1=10.0.0.1', { ContextEntries: [{ ContextKeyName: 'aws:SourceIp', ContextKeyValues: ['10.0.0.1'] }] }],
    ['a policy document arrives decoded', 'PolicyDocument=%7B%22Version%22%3A%222012-10-17%22%7D', { PolicyDocument: '{"Version":"2012-10-17"}' }],
    ['X-Amz-* signing parameters are not input', 'X-Amz-Date=20150830T123600Z&UserName=a', { UserName: 'a' }],
  ])('%s', (_name, form, input) => {
    expect(decode(form).input).toEqual(input)
  })

  test('Action and Version are read', () => {
    expect(decode('Action=ListUsers&Version=2010-05-08')).toEqual({ action: 'ListUsers', version: '2010-05-08', input: {} })
  })

  test.each([
    ['index 0', 'Tags.member.0.Key=a'],
    ['a non-numeric index', 'Tags.member.x.Key=a'],
    ['an index past 1000', 'TagKeys.member.1001=a'],
    ['member with no index', 'TagKeys.member=a'],
    ['an empty path segment', 'Tags..Key=a'],
    ['__proto__', '__proto__.polluted=1'],
    ['a value and a structure at once', 'Tags.member.1=a&Tags.member.1.Key=b'],
    ['too deep', 'a.b.c.d.e.f.g=1'],
  ])('refuses %s: MalformedQueryString', (_name, form) => {
    expect(() => decode(form)).toThrow(expect.objectContaining({ code: 'MalformedQueryString' }))
    expect(({} as Record<string, unknown>).polluted).toBeUndefined()
  })

  test(`more than ${MAX_QUERY_PARAMETERS} parameters are refused before they are decoded`, () => {
    const params = Array.from({ length: MAX_QUERY_PARAMETERS + 1 }, (_, i): [string, string] => [`TagKeys.member.${(i % 1000) + 1}`, 'x'])
    expect(() => decodeQuery(params)).toThrow(expect.objectContaining({ code: 'ValidationError' }))
  })
})
