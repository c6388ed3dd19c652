// The gate-coverage test's table of server-action cases: a key given twice is reported.
import { describe, expect, test } from 'vitest'
import { mergeActionCases, type ActionCaseSource } from './merge-action-cases'

const call = async () => null
const KEY = 'app/x/actions.ts#doAction'

const cases: { name: string; sources: ActionCaseSource[]; keys: string[]; duplicates: string[] }[] = [
  {
    name: 'cases of two files are merged',
    sources: [
      { file: 'a.cases.ts', exports: { A_ACTION_CASES: { [KEY]: call } } },
      { file: 'b.cases.ts', exports: { B_ACTION_CASES: { 'app/y/actions.ts#other': call } } },
    ],
    keys: [KEY, 'app/y/actions.ts#other'],
    duplicates: [],
  },
  {
    name: 'a key in two files is a duplicate, the first one kept',
    sources: [
      { file: 'a.cases.ts', exports: { A_ACTION_CASES: { [KEY]: call } } },
      { file: 'b.cases.ts', exports: { B_ACTION_CASES: { [KEY]: call } } },
    ],
    keys: [KEY],
    duplicates: [`${KEY} in a.cases.ts#A_ACTION_CASES and b.cases.ts#B_ACTION_CASES`],
  },
  {
    name: 'a key in two tables of one file is a duplicate',
    sources: [{ file: 'a.cases.ts', exports: { A_ACTION_CASES: { [KEY]: call }, MORE_ACTION_CASES: { [KEY]: call } } }],
    keys: [KEY],
    duplicates: [`${KEY} in a.cases.ts#A_ACTION_CASES and a.cases.ts#MORE_ACTION_CASES`],
  },
  {
    name: 'exports not named *_ACTION_CASES are ignored',
    sources: [{ file: 'a.cases.ts', exports: { HELPERS: { [KEY]: call }, NOBODY: 'x' } }],
    keys: [],
    duplicates: [],
  },
]

describe('mergeActionCases', () => {
  for (const c of cases) {
    test(c.name, () => {
      const merged = mergeActionCases(c.sources)
      expect(Object.keys(merged.cases)).toEqual(c.keys)
      expect(merged.duplicates).toEqual(c.duplicates)
    })
  }
})
