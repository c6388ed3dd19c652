// Gathers the server-action gate-coverage cases of every *.cases.ts file into one table.
// A key (app/<route>/actions.ts#<export>) given by two files is reported, never silently
// overwritten: the second case would replace the first without anyone noticing which
// one ran.
import type { Caller } from '@/lib/iam/caller'

export type ActionCase = (caller: Caller) => Promise<unknown>

export interface ActionCaseSource {
  /** The file (relative to the repository) the cases come from. */
  file: string
  /** The file's exports; those named *_ACTION_CASES hold cases. */
  exports: Record<string, unknown>
}

export interface MergedActionCases {
  cases: Record<string, ActionCase>
  /** "<key> in <file> and <file>" for each key given more than once. */
  duplicates: string[]
}

export function mergeActionCases(sources: ActionCaseSource[]): MergedActionCases {
  const cases: Record<string, ActionCase> = {}
  const origin: Record<string, string> = {}
  const duplicates: string[] = []
  for (const { file, exports } of sources) {
    for (const [name, table] of Object.entries(exports)) {
      if (!name.endsWith('_ACTION_CASES') || !table || typeof table !== 'object') continue
      for (const [key, call] of Object.entries(table as Record<string, ActionCase>)) {
        const where = `${file}#${name}`
        if (key in cases) {
          duplicates.push(`${key} in ${origin[key]} and ${where}`)
          continue
        }
        cases[key] = call
        origin[key] = where
      }
    }
  }
  return { cases, duplicates }
}
