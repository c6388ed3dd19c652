import { describe, expect, it } from 'vitest'
import { parsePolicy, positionOfPath } from './parse-policy'

describe('parsePolicy: typed policy', () => {
  const cases: { name: string; doc: unknown; expected: unknown }[] = [
    {
      name: 'absent Version means 2008-10-17',
      doc: { Statement: { Effect: 'Allow', Action: 's3:GetObject', Resource: '*' } },
      expected: { version: '2008-10-17', statements: [{ index: 0, effect: 'Allow', action: ['s3:GetObject'], resource: ['*'] }] },
    },
    {
      name: 'single strings become one-element arrays; arrays stay',
      doc: { Version: '2012-10-17', Id: 'p1', Statement: [{ Sid: 'A', Effect: 'Deny', NotAction: ['iam:*', 'sts:*'], NotResource: 'arn:aws:s3:::b' }] },
      expected: { version: '2012-10-17', id: 'p1', statements: [{ index: 0, sid: 'A', effect: 'Deny', notAction: ['iam:*', 'sts:*'], notResource: ['arn:aws:s3:::b'] }] },
    },
    {
      name: 'Principal "*" and maps; condition numbers and booleans become text',
      doc: { Version: '2012-10-17', Statement: [{ Effect: 'Allow', Principal: { AWS: '123456789012', Service: ['lambda.amazonaws.com'] }, Action: 'sts:AssumeRole', Condition: { Bool: { 'aws:SecureTransport': true }, NumericLessThan: { 's3:max-keys': [10, 1.5e1] } } }, { Effect: 'Allow', Principal: '*', Action: '*' }] },
      expected: { version: '2012-10-17', statements: [
        { index: 0, effect: 'Allow', principal: { AWS: ['123456789012'], Service: ['lambda.amazonaws.com'] }, action: ['sts:AssumeRole'], condition: { Bool: { 'aws:SecureTransport': ['true'] }, NumericLessThan: { 's3:max-keys': ['10', '15'] } } },
        { index: 1, effect: 'Allow', principal: '*', action: ['*'] },
      ] },
    },
    {
      name: 'element names are case-sensitive: "action" is not Action',
      doc: { Version: '2012-10-17', Statement: [{ Effect: 'Allow', action: 's3:*' }] },
      expected: { version: '2012-10-17', statements: [{ index: 0, effect: 'Allow' }] },
    },
    {
      name: 'a statement without a valid Effect is left out (the validator reports it)',
      doc: { Version: '2012-10-17', Statement: [{ Effect: 'allow', Action: '*' }, { Action: '*' }, { Effect: 'Deny', Action: '*' }] },
      expected: { version: '2012-10-17', statements: [{ index: 2, effect: 'Deny', action: ['*'] }] },
    },
    {
      name: 'absent Statement gives no statements',
      doc: { Version: '2012-10-17' },
      expected: { version: '2012-10-17', statements: [] },
    },
  ]
  const strip = (p: unknown) => JSON.parse(JSON.stringify(p, (k, v) => (k === 'position' || k === 'end' ? undefined : v)))
  for (const c of cases) {
    it(c.name, () => {
      const r = parsePolicy(JSON.stringify(c.doc, null, 2))
      expect(r.errors).toEqual([])
      expect(strip(r.policy)).toEqual(c.expected)
    })
  }

  it('every statement gets its start and end position', () => {
    const text = '{"Version":"2012-10-17","Statement":[\n  {"Effect":"Allow","Action":"*","Resource":"*"},\n  {"Effect":"Deny","Action":"*","Resource":"*"}\n]}'
    const r = parsePolicy(text)
    expect(r.policy?.statements.map((s) => [s.position, s.end])).toEqual([
      [{ line: 2, column: 3 }, { line: 2, column: 49 }],
      [{ line: 3, column: 3 }, { line: 3, column: 48 }],
    ])
  })
})

describe('parsePolicy: errors', () => {
  const cases: { name: string; text: string; issueCode: string; path: string; line: number; column: number }[] = [
    { name: 'invalid JSON', text: '{"Version": "2012-10-17",}', issueCode: 'JSON_SYNTAX_ERROR', path: '', line: 1, column: 26 },
    { name: 'duplicate key', text: '{"Version":"2012-10-17","Statement":[],"Statement":[]}', issueCode: 'JSON_SYNTAX_ERROR', path: 'Statement', line: 1, column: 40 },
    { name: 'document is an array', text: '[]', issueCode: 'DATA_TYPE_MISMATCH', path: '', line: 1, column: 1 },
    { name: 'Statement is a string', text: '{"Statement":"x"}', issueCode: 'DATA_TYPE_MISMATCH', path: 'Statement', line: 1, column: 14 },
    { name: 'statement is a number', text: '{"Statement":[{"Effect":"Allow"},7]}', issueCode: 'DATA_TYPE_MISMATCH', path: 'Statement[1]', line: 1, column: 34 },
    { name: 'Action is a number', text: '{"Statement":{"Effect":"Allow","Action":1}}', issueCode: 'DATA_TYPE_MISMATCH', path: 'Statement.Action', line: 1, column: 41 },
    { name: 'Resource item is null', text: '{"Statement":{"Effect":"Allow","Resource":["*",null]}}', issueCode: 'DATA_TYPE_MISMATCH', path: 'Statement.Resource[1]', line: 1, column: 48 },
    { name: 'Effect is a boolean', text: '{"Statement":{"Effect":true}}', issueCode: 'DATA_TYPE_MISMATCH', path: 'Statement.Effect', line: 1, column: 24 },
    { name: 'Version is a number', text: '{"Version":2012}', issueCode: 'DATA_TYPE_MISMATCH', path: 'Version', line: 1, column: 12 },
    { name: 'unknown Version', text: '{"Version":"2012-10-18"}', issueCode: 'INVALID_VERSION', path: 'Version', line: 1, column: 12 },
    { name: 'condition operator value not an object', text: '{"Statement":{"Effect":"Allow","Condition":{"StringEquals":"x"}}}', issueCode: 'DATA_TYPE_MISMATCH', path: 'Statement.Condition.StringEquals', line: 1, column: 60 },
    { name: 'condition value is an object', text: '{"Statement":{"Effect":"Allow","Condition":{"Bool":{"aws:SecureTransport":{}}}}}', issueCode: 'DATA_TYPE_MISMATCH', path: 'Statement.Condition.Bool.aws:SecureTransport', line: 1, column: 75 },
    { name: 'Principal is a number', text: '{"Statement":{"Effect":"Allow","Principal":5}}', issueCode: 'DATA_TYPE_MISMATCH', path: 'Statement.Principal', line: 1, column: 44 },
  ]
  for (const c of cases) {
    it(c.name, () => {
      const r = parsePolicy(c.text)
      expect(r.policy).toBeUndefined()
      expect(r.errors[0]).toMatchObject({ findingType: 'ERROR', issueCode: c.issueCode, path: c.path, start: { line: c.line, column: c.column } })
    })
  }
})

describe('positionOfPath', () => {
  const text = '{\n "Statement": {\n  "Effect": "Allow",\n  "Action": ["s3:GetObject", "s3:PutObject"],\n  "Condition": {"StringEquals": {"a.b:c": "x"}}\n }\n}'
  const ast = parsePolicy(text).ast!
  const cases: { name: string; path: string; start?: { line: number; column: number } }[] = [
    { name: 'a single Statement answers to [0]', path: 'Statement[0].Effect', start: { line: 3, column: 13 } },
    { name: 'an array item', path: 'Statement.Action[1]', start: { line: 4, column: 30 } },
    { name: 'a condition key containing a dot', path: 'Statement[0].Condition.StringEquals.a.b:c', start: { line: 5, column: 43 } },
    { name: 'a missing element', path: 'Statement.Resource' },
    { name: 'an index past the end', path: 'Statement.Action[2]' },
  ]
  for (const c of cases) it(c.name, () => expect(positionOfPath(ast, c.path)?.start).toEqual(c.start))
  it('gives the key position of an object member', () => {
    expect(positionOfPath(ast, 'Statement.Effect')?.keyStart).toEqual({ line: 3, column: 3 })
  })
})
