// tagKey[] / tagValue[] rows (TagFields) -> IAM's Tags list; rows with an empty key are
// ignored, as the console ignores an untouched new row.
import { z } from 'zod'

export const ZTagRows = {
  'tagKey[]': z.array(z.string()).optional(),
  'tagValue[]': z.array(z.string()).optional(),
}

export function tagsFromForm(input: { 'tagKey[]'?: string[] | undefined; 'tagValue[]'?: string[] | undefined }): { Key: string; Value: string }[] {
  const keys = input['tagKey[]'] ?? []
  const values = input['tagValue[]'] ?? []
  return keys.map((Key, i) => ({ Key: Key.trim(), Value: (values[i] ?? '').trim() })).filter((t) => t.Key !== '')
}
