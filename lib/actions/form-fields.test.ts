import { describe, expect, it } from 'vitest'
import type { z } from 'zod'
import { checkbox, list, oneOf, optionalText, tagsOfRows, text } from './form-fields'

const choice = oneOf(['group', 'copy', 'attach'], 'group')

// undefined = the form left the field out.
const cases: { name: string; field: z.ZodType; value: unknown; expected?: unknown; refused?: true }[] = [
  { name: 'checkbox ticked', field: checkbox, value: 'on', expected: true },
  { name: 'checkbox not ticked', field: checkbox, value: undefined, expected: false },
  { name: 'checkbox with a value no checkbox sends', field: checkbox, value: 'off', refused: true },
  { name: 'checkbox sent empty', field: checkbox, value: '', refused: true },
  { name: 'checkbox sent twice', field: checkbox, value: ['on', 'on'], refused: true },
  { name: 'list absent', field: list, value: undefined, expected: [] },
  { name: 'list of one', field: list, value: ['Admins'], expected: ['Admins'] },
  { name: 'list keeps form order', field: list, value: ['b', 'a'], expected: ['b', 'a'] },
  { name: 'list sent as one string', field: list, value: 'Admins', refused: true },
  { name: 'text absent', field: text, value: undefined, expected: '' },
  { name: 'text kept as typed', field: text, value: ' x ', expected: ' x ' },
  { name: 'optional text absent', field: optionalText, value: undefined, expected: undefined },
  { name: 'optional text empty means not given', field: optionalText, value: '', expected: undefined },
  { name: 'optional text given', field: optionalText, value: '/eng/', expected: '/eng/' },
  { name: 'choice absent takes its fallback', field: choice, value: undefined, expected: 'group' },
  { name: 'choice of one of its values', field: choice, value: 'attach', expected: 'attach' },
  { name: 'choice outside its values', field: choice, value: 'everything', refused: true },
  { name: 'choice in another letter case', field: choice, value: 'Copy', refused: true },
]

describe('form fields', () => {
  it.each(cases)('$name', ({ field, value, expected, refused }) => {
    const parsed = field.safeParse(value)
    expect(parsed.success).toBe(!refused)
    if (!refused) expect(parsed.data).toEqual(expected)
  })
})

describe('tagsOfRows', () => {
  it.each([
    { name: 'no rows', keys: [], values: [], expected: [] },
    { name: 'a row', keys: ['team'], values: ['iam'], expected: [{ Key: 'team', Value: 'iam' }] },
    { name: 'an untouched new row is left out', keys: ['team', ''], values: ['iam', ''], expected: [{ Key: 'team', Value: 'iam' }] },
    { name: 'a key of spaces is an empty row', keys: ['  '], values: ['x'], expected: [] },
    { name: 'keys and values are trimmed', keys: [' team '], values: [' iam '], expected: [{ Key: 'team', Value: 'iam' }] },
    { name: 'a key without a value field gets ""', keys: ['team'], values: [], expected: [{ Key: 'team', Value: '' }] },
  ])('$name', ({ keys, values, expected }) => {
    expect(tagsOfRows({ 'tagKeys[]': keys, 'tagValues[]': values })).toEqual(expected)
  })
})
