// Building an ARN from a resource type's ARN format (the Service Authorization
// Reference's, through the visual editor's catalogue), as a table.
import { describe, expect, it } from 'vitest'
import { arnPartLabel, arnParts, buildArn } from './arn-builder'
import { resourceTypesForActions } from './visual-catalogue'

const formatOf = (service: string, action: string, type: string) => resourceTypesForActions(service, [action]).find((t) => t.resourceType === type)!.arn

const cases: { name: string; service: string; action: string; type: string; parts: string[]; values: Record<string, string>; arn: string }[] = [
  { name: 'an S3 bucket', service: 's3', action: 'ListBucket', type: 'bucket', parts: ['Partition', 'BucketName'], values: { Partition: 'aws', BucketName: 'example-bucket' }, arn: 'arn:aws:s3:::example-bucket' },
  { name: 'any object of a bucket', service: 's3', action: 'GetObject', type: 'object', parts: ['Partition', 'BucketName', 'ObjectName'], values: { Partition: 'aws', BucketName: 'example-bucket' }, arn: 'arn:aws:s3:::example-bucket/*' },
  { name: 'one object', service: 's3', action: 'GetObject', type: 'object', parts: ['Partition', 'BucketName', 'ObjectName'], values: { Partition: 'aws', BucketName: 'b', ObjectName: 'reports/2026.csv' }, arn: 'arn:aws:s3:::b/reports/2026.csv' },
  { name: 'an IAM user with its path', service: 'iam', action: 'CreateUser', type: 'user', parts: ['Partition', 'Account', 'UserNameWithPath'], values: { Partition: 'aws', Account: '123456789012', UserNameWithPath: 'division/alice' }, arn: 'arn:aws:iam::123456789012:user/division/alice' },
  { name: 'an EC2 instance in any region', service: 'ec2', action: 'StartInstances', type: 'instance', parts: ['Partition', 'Region', 'Account', 'InstanceId'], values: { Partition: 'aws', Account: '123456789012', InstanceId: 'i-0abc' }, arn: 'arn:aws:ec2:*:123456789012:instance/i-0abc' },
  { name: 'a queue of another partition', service: 'sqs', action: 'SendMessage', type: 'queue', parts: ['Partition', 'Region', 'Account', 'QueueName'], values: { Partition: 'aws-cn', Region: 'cn-north-1', Account: '123456789012', QueueName: 'jobs' }, arn: 'arn:aws-cn:sqs:cn-north-1:123456789012:jobs' },
  { name: 'every part Any', service: 's3', action: 'ListBucket', type: 'bucket', parts: ['Partition', 'BucketName'], values: {}, arn: 'arn:*:s3:::*' },
]

describe('ARN from a resource type ARN format', () => {
  it.each(cases)('$name', ({ service, action, type, parts, values, arn }) => {
    const format = formatOf(service, action, type)
    expect(arnParts(format)).toEqual(parts)
    expect(buildArn(format, values)).toBe(arn)
  })

  it('keeps text after the last placeholder and a placeholder named twice is asked once', () => {
    expect(arnParts('arn:${Partition}:x::${Account}:thing/${Name}/${Name}-copy')).toEqual(['Partition', 'Account', 'Name'])
    expect(buildArn('arn:${Partition}:x::${Account}:thing/${Name}/${Name}-copy', { Partition: 'aws', Name: 'n' })).toBe('arn:aws:x::*:thing/n/n-copy')
  })
})

describe('part labels', () => {
  it.each([
    ['BucketName', 'Bucket name'],
    ['UserNameWithPath', 'User name with path'],
    ['Region', 'Region'],
    ['InstanceId', 'Instance id'],
    ['DBInstanceName', 'DB instance name'],
  ])('%s reads %s', (part, label) => expect(arnPartLabel(part)).toBe(label))
})
