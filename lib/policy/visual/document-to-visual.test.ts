// Document <-> visual model, as tables: a document the visual editor can show comes back
// from the model unchanged (as JSON; a one-element list may come back as its element), and
// a document it cannot show is refused with the reason, never shown with a part missing.
import { describe, expect, it } from 'vitest'
import { documentToVisual } from './document-to-visual'
import { emptyVisualStatement, type VisualPolicy } from './visual-model'
import { visualToDocument } from './visual-to-document'

const S3_STORY = {
  Version: '2012-10-17',
  Statement: [{
    Effect: 'Allow', Action: ['s3:GetObject', 's3:ListBucket'], Resource: ['arn:aws:s3:::example-bucket', 'arn:aws:s3:::example-bucket/*'],
    Condition: { IpAddress: { 'aws:SourceIp': '203.0.113.0/24' } },
  }],
}

// Written the way the visual editor writes: the text itself survives the round trip.
const exact: { name: string; doc: object }[] = [
  { name: 'the S3 story: two actions, a bucket and its objects, a source IP condition', doc: S3_STORY },
  { name: 'the new-policy template (no service chosen yet)', doc: { Version: '2012-10-17', Statement: [{ Sid: 'Statement1', Effect: 'Allow', Action: [], Resource: [] }] } },
  { name: 'all actions of a service on all resources', doc: { Version: '2012-10-17', Statement: [{ Effect: 'Allow', Action: 'iam:*', Resource: '*' }] } },
  {
    name: 'an Allow and a Deny block, Sids kept, several operators and values',
    doc: {
      Version: '2012-10-17',
      Id: 'Example',
      Statement: [
        { Sid: 'Read', Effect: 'Allow', Action: 'ec2:DescribeInstances', Resource: '*' },
        {
          Sid: 'NoDelete',
          Effect: 'Deny',
          Action: ['s3:DeleteBucket', 's3:DeleteObject'],
          Resource: 'arn:aws:s3:::example-bucket',
          Condition: { StringNotEquals: { 'aws:PrincipalTag/team': ['ops', 'security'] }, Bool: { 'aws:MultiFactorAuthPresent': 'false' } },
        },
      ],
    },
  },
  { name: 'a document without Version', doc: { Statement: [{ Effect: 'Allow', Action: 'sqs:SendMessage', Resource: '*' }] } },
  { name: 'an unknown action of a known service is kept as written', doc: { Version: '2012-10-17', Statement: [{ Effect: 'Allow', Action: 's3:GetObjekt', Resource: '*' }] } },
]

// Accepted, and equal as JSON after normalizing "X" and ["X"].
const normalized: { name: string; doc: object; back: object }[] = [
  {
    name: 'one-element lists come back as the element',
    doc: { Version: '2012-10-17', Statement: [{ Effect: 'Allow', Action: ['s3:GetObject'], Resource: ['*'], Condition: { IpAddress: { 'aws:SourceIp': ['203.0.113.0/24'] } } }] },
    back: { Version: '2012-10-17', Statement: [{ Effect: 'Allow', Action: 's3:GetObject', Resource: '*', Condition: { IpAddress: { 'aws:SourceIp': '203.0.113.0/24' } } }] },
  },
  {
    name: 'a Statement object comes back as a list of one',
    doc: { Version: '2012-10-17', Statement: { Effect: 'Deny', Action: 'iam:DeleteUser', Resource: '*' } },
    back: { Version: '2012-10-17', Statement: [{ Effect: 'Deny', Action: 'iam:DeleteUser', Resource: '*' }] },
  },
]

const refused: { name: string; text: string; reason: RegExp }[] = [
  { name: 'not JSON', text: '{"Version": "2012-10-17", "Statement": [', reason: /not valid JSON/ },
  { name: 'NotAction', text: JSON.stringify({ Statement: [{ Effect: 'Allow', NotAction: 'iam:*', Resource: '*' }] }), reason: /Statement 1 has NotAction/ },
  { name: 'NotResource', text: JSON.stringify({ Statement: [{ Effect: 'Deny', Action: 's3:GetObject', NotResource: 'arn:aws:s3:::x/*' }] }), reason: /NotResource/ },
  { name: 'Principal', text: JSON.stringify({ Statement: [{ Effect: 'Allow', Principal: '*', Action: 's3:GetObject', Resource: '*' }] }), reason: /Principal/ },
  { name: 'two services in one statement', text: JSON.stringify({ Statement: [{ Effect: 'Allow', Action: ['s3:GetObject', 'sqs:SendMessage'], Resource: '*' }] }), reason: /more than one service/ },
  { name: 'every service ("*")', text: JSON.stringify({ Statement: [{ Effect: 'Allow', Action: '*', Resource: '*' }] }), reason: /every service/ },
  { name: 'an action pattern', text: JSON.stringify({ Statement: [{ Effect: 'Allow', Action: 's3:Get*', Resource: '*' }] }), reason: /action pattern "s3:Get\*"/ },
  { name: 'an Effect that is neither Allow nor Deny', text: JSON.stringify({ Statement: [{ Effect: 'Allowed', Action: 's3:GetObject', Resource: '*' }] }), reason: /neither Allow nor Deny/ },
  { name: 'a boolean condition value', text: JSON.stringify({ Statement: [{ Effect: 'Allow', Action: 's3:GetObject', Resource: '*', Condition: { Bool: { 'aws:SecureTransport': true } } }] }), reason: /not a string/ },
  { name: 'an unknown top-level element', text: JSON.stringify({ Version: '2012-10-17', Statment: [] }), reason: /Statment/ },
  { name: 'a statement without Resource', text: JSON.stringify({ Statement: [{ Effect: 'Allow', Action: 's3:GetObject' }] }), reason: /no Resource/ },
  { name: '"*" beside other resources', text: JSON.stringify({ Statement: [{ Effect: 'Allow', Action: 's3:GetObject', Resource: ['*', 'arn:aws:s3:::x'] }] }), reason: /"\*" beside/ },
  { name: 'the second statement is the one it cannot show', text: JSON.stringify({ Statement: [{ Effect: 'Allow', Action: 's3:GetObject', Resource: '*' }, { Effect: 'Allow', NotAction: 's3:*', Resource: '*' }] }), reason: /Statement 2/ },
]

describe('document -> visual model -> document', () => {
  it.each(exact)('$name keeps its text', ({ doc }) => {
    const text = JSON.stringify(doc, null, 4)
    const result = documentToVisual(text)
    expect(result).toMatchObject({ ok: true })
    if (result.ok) expect(visualToDocument(result.policy)).toBe(text)
  })

  it.each(normalized)('$name', ({ doc, back }) => {
    const result = documentToVisual(JSON.stringify(doc))
    expect(result).toMatchObject({ ok: true })
    if (result.ok) expect(JSON.parse(visualToDocument(result.policy))).toEqual(back)
  })

  it.each(refused)('refuses $name, saying why', ({ text, reason }) => {
    const result = documentToVisual(text)
    expect(result.ok).toBe(false)
    if (!result.ok) expect(result.reason).toMatch(reason)
  })
})

describe('visual model -> document', () => {
  it('writes the S3 story from the choices the visual editor makes', () => {
    const policy: VisualPolicy = {
      version: '2012-10-17',
      statements: [
        {
          ...emptyVisualStatement(),
          service: 's3',
          actions: ['GetObject', 'ListBucket'],
          resources: ['arn:aws:s3:::example-bucket', 'arn:aws:s3:::example-bucket/*'],
          conditions: [{ operator: 'IpAddress', key: 'aws:SourceIp', values: ['203.0.113.0/24'] }],
        },
      ],
    }
    expect(JSON.parse(visualToDocument(policy))).toEqual(S3_STORY)
  })

  it('puts two keys of one operator in one block', () => {
    const policy: VisualPolicy = {
      statements: [
        {
          ...emptyVisualStatement('Deny'),
          service: 's3',
          actions: ['*'],
          resources: '*',
          conditions: [
            { operator: 'StringEquals', key: 'aws:RequestedRegion', values: ['eu-west-1'] },
            { operator: 'StringEquals', key: 'aws:PrincipalAccount', values: ['123456789012'] },
          ],
        },
      ],
    }
    expect(JSON.parse(visualToDocument(policy)).Statement[0].Condition).toEqual({ StringEquals: { 'aws:RequestedRegion': 'eu-west-1', 'aws:PrincipalAccount': '123456789012' } })
  })
})
