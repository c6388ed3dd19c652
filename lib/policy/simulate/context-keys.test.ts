import { describe, expect, it } from 'vitest'
import { parsePolicy } from '../parse/parse-policy'
import { contextKeysOf } from './context-keys'

const policy = (text: object) => parsePolicy(JSON.stringify(text)).policy!
const v2012 = (...Statement: object[]) => policy({ Version: '2012-10-17', Statement })

describe('contextKeysOf', () => {
  it.each([
    {
      name: "AWS's example: the Resource's variable, then the condition key, as written",
      policies: [v2012({ Effect: 'Allow', Action: 'dynamodb:*', Resource: 'arn:aws:dynamodb:us-west-2:123456789012:table/${aws:username}', Condition: { DateGreaterThan: { 'aws:CurrentTime': '2015-08-16T12:00:00Z' } } })],
      keys: ['aws:username', 'aws:CurrentTime'],
    },
    {
      name: 'a policy without conditions or variables uses none',
      policies: [v2012({ Effect: 'Allow', Action: 's3:GetObject', Resource: '*' })],
      keys: [],
    },
    {
      name: 'every operator and key of a condition block, and variables in condition values and NotResource',
      policies: [v2012({ Effect: 'Deny', Action: '*', NotResource: 'arn:aws:s3:::${aws:PrincipalTag/team}/*', Condition: { NotIpAddress: { 'aws:SourceIp': '10.0.0.0/8' }, StringEquals: { 's3:prefix': '${aws:userid}/', 'aws:RequestedRegion': 'eu-west-1' } } })],
      keys: ['aws:PrincipalTag/team', 'aws:SourceIp', 's3:prefix', 'aws:userid', 'aws:RequestedRegion'],
    },
    {
      name: 'a key written twice in different case, across policies, is listed once as first written',
      policies: [
        v2012({ Effect: 'Allow', Action: '*', Resource: '*', Condition: { Bool: { 'aws:MultiFactorAuthPresent': 'true' } } }),
        v2012({ Effect: 'Deny', Action: '*', Resource: '*', Condition: { BoolIfExists: { 'AWS:multifactorauthpresent': 'false' } } }),
      ],
      keys: ['aws:MultiFactorAuthPresent'],
    },
    {
      name: '${*}-style characters and a default value: the key only',
      policies: [v2012({ Effect: 'Allow', Action: 's3:GetObject', Resource: ["arn:aws:s3:::b/${*}", "arn:aws:s3:::b/${aws:username, 'anyone'}"] })],
      keys: ['aws:username'],
    },
    {
      name: 'a 2008-10-17 policy has no variables, only condition keys',
      policies: [policy({ Version: '2008-10-17', Statement: [{ Effect: 'Allow', Action: 's3:GetObject', Resource: 'arn:aws:s3:::b/${aws:username}', Condition: { Bool: { 'aws:SecureTransport': 'true' } } }] })],
      keys: ['aws:SecureTransport'],
    },
  ])('$name', ({ policies, keys }) => {
    expect(contextKeysOf(policies)).toEqual(keys)
  })
})
