// The fields of console forms, as server actions read them from formDataToObject (one
// value = a string, a repeated name or a name ending in [] = an array). Every action's
// zod schema is built from these, so a checkbox, a list or a choice reads the same in
// every form, and a value the form cannot send is refused rather than read as "off".
import { z } from 'zod'

/** A checkbox: "on" when ticked (what a browser sends for a checkbox without a value), absent when not. */
export const checkbox = z.literal('on').optional().transform((v) => v === 'on')

/** A repeated field (name[]): its values in form order, none when absent. */
export const list = z.array(z.string()).optional().default([])

/** A text field; "" when the form leaves it out. */
export const text = z.string().optional().default('')

/** A text field whose empty value means "not given". */
export const optionalText = z
  .string()
  .optional()
  .transform((v) => (v ? v : undefined))

/** A choice (radio buttons, a select) that must be one of `values`; `fallback` when the form leaves it out. */
export function oneOf<const T extends readonly [string, ...string[]]>(values: T, fallback: T[number]) {
  return z.enum(values).optional().default(fallback)
}

/** The tag editor's rows (components/ui/tag-editor.tsx): a key and a value field per row. */
export const ZTagRows = { 'tagKeys[]': list, 'tagValues[]': list }

/**
 * Tag rows to IAM's Tags, trimmed; a row without a key is an untouched new row and is
 * left out, as the console leaves it out.
 */
export function tagsOfRows(rows: { 'tagKeys[]': string[]; 'tagValues[]': string[] }): { Key: string; Value: string }[] {
  const values = rows['tagValues[]']
  return rows['tagKeys[]'].map((key, i) => ({ Key: key.trim(), Value: (values[i] ?? '').trim() })).filter((t) => t.Key !== '')
}
