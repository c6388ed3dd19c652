// Which resource type an ARN in a policy names, as a table; and the effect a reader sees:
// each action of a service summary lists only the ARNs of its own resource types.
import { describe, expect, it } from 'vitest'
import { findService } from '../validate/iam-data/iam-data'
import { arnsForAction, resourceTypesOfArn } from './resource-types'
import { summarizePolicyText } from './summarize-policy'

const cases: { service: string; arn: string; types: string[] }[] = [
  { service: 's3', arn: 'arn:aws:s3:::example-bucket', types: ['bucket'] },
  { service: 's3', arn: 'arn:aws:s3:::example-bucket/*', types: ['object'] },
  { service: 's3', arn: 'arn:aws:s3:::example-bucket/reports/2026.csv', types: ['object'] },
  { service: 'iam', arn: 'arn:aws:iam::123456789012:user/alice', types: ['user'] },
  // A path puts '/' inside the name: only the loose reading finds the type.
  { service: 'iam', arn: 'arn:aws:iam::123456789012:user/division/alice', types: ['user'] },
  { service: 'iam', arn: 'arn:aws:iam::123456789012:role/ops', types: ['role'] },
  { service: 's3', arn: 'arn:aws:iam::123456789012:user/alice', types: [] },
]

describe('resource type of an ARN', () => {
  it.each(cases)('$arn is $types in $service', ({ service, arn, types }) => {
    expect(resourceTypesOfArn(findService(service)!, arn)).toEqual(expect.arrayContaining(types))
    if (types.length === 0) expect(resourceTypesOfArn(findService(service)!, arn)).toEqual([])
  })

  it('a bucket-wide wildcard names both buckets and objects', () => {
    expect(resourceTypesOfArn(findService('s3')!, 'arn:aws:s3:::*')).toEqual(expect.arrayContaining(['bucket', 'object']))
  })
})

describe('resources per action', () => {
  const both = ['arn:aws:s3:::example-bucket', 'arn:aws:s3:::example-bucket/*']
  it.each([
    { action: 'GetObject', arns: ['arn:aws:s3:::example-bucket/*'] },
    { action: 'ListBucket', arns: ['arn:aws:s3:::example-bucket'] },
    { action: 'PutObject', arns: ['arn:aws:s3:::example-bucket/*'] },
    // ListAllMyBuckets takes no resource type: what the policy wrote is kept.
    { action: 'ListAllMyBuckets', arns: both },
  ])('s3:$action on a bucket and its objects keeps $arns', ({ action, arns }) => {
    expect(arnsForAction(findService('s3')!, action, both)).toEqual(arns)
  })

  it('the service summary of S3 shows each action with its own resource', () => {
    const result = summarizePolicyText(JSON.stringify({
      Version: '2012-10-17',
      Statement: [{ Effect: 'Allow', Action: ['s3:GetObject', 's3:ListBucket'], Resource: both }],
    }))
    if (!result.ok) throw new Error(result.message)
    const s3 = result.summary.allow.find((r) => r.service === 'S3')!
    expect(s3.resource).toBe('Multiple')
    expect(s3.levels.flatMap((l) => l.actions.map((a) => [l.level, a.name, a.resource]))).toEqual([
      ['List', 'ListBucket', 'arn:aws:s3:::example-bucket'],
      ['Read', 'GetObject', 'arn:aws:s3:::example-bucket/*'],
    ])
  })

  it('an action none of whose resource types the policy names has no resources', () => {
    const result = summarizePolicyText(JSON.stringify({
      Version: '2012-10-17',
      Statement: [{ Effect: 'Allow', Action: 's3:ListBucket', Resource: 'arn:aws:s3:::example-bucket/*' }],
    }))
    if (!result.ok) throw new Error(result.message)
    expect(result.summary.allow[0]!.levels[0]!.actions[0]!.resource).toBe('None')
  })
})
