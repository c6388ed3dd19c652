import { describe, expect, it } from 'vitest'
import { parseDate } from './parse-date'

// W3C's ISO 8601 profile (https://www.w3.org/TR/NOTE-datetime) and epoch seconds, the forms AWS
// names for date conditions:
// https://docs.aws.amazon.com/IAM/latest/UserGuide/reference_policies_elements_condition_operators.html#Conditions_Date
const cases: { name: string; text: string; expected: string | undefined }[] = [
  { name: 'year and month', text: '2026-03', expected: '2026-03-01T00:00:00.000Z' },
  { name: 'complete date', text: '2026-03-04', expected: '2026-03-04T00:00:00.000Z' },
  { name: 'hours and minutes with Z', text: '2026-03-04T05:06Z', expected: '2026-03-04T05:06:00.000Z' },
  { name: 'seconds with Z', text: '2026-03-04T05:06:07Z', expected: '2026-03-04T05:06:07.000Z' },
  { name: 'fraction of a second', text: '2026-03-04T05:06:07.25Z', expected: '2026-03-04T05:06:07.250Z' },
  { name: 'positive offset', text: '2026-03-04T05:06:07+02:00', expected: '2026-03-04T03:06:07.000Z' },
  { name: 'negative offset', text: '2026-03-04T05:06:07-05:30', expected: '2026-03-04T10:36:07.000Z' },
  { name: 'basic offset without colon', text: '2026-03-04T05:06:07+0200', expected: '2026-03-04T03:06:07.000Z' },
  { name: 'no zone is read as UTC, never the host zone', text: '2026-03-04T05:06:07', expected: '2026-03-04T05:06:07.000Z' },
  { name: 'the canonical aws:CurrentTime form', text: '2026-12-31T23:59:59Z', expected: '2026-12-31T23:59:59.000Z' },
  { name: 'the canonical form with an impossible day', text: '2026-04-31T00:00:00Z', expected: undefined },
  { name: 'the canonical form with a non-digit', text: '2026-0x-01T00:00:00Z', expected: undefined },
  { name: 'a year below 100 is literal, not 19xx', text: '0050-01-01T00:00:00Z', expected: '0050-01-01T00:00:00.000Z' },
  { name: 'Feb 29 in a century year that is not a leap year', text: '2100-02-29', expected: undefined },
  { name: 'Feb 29 in 2000', text: '2000-02-29T00:00:00Z', expected: '2000-02-29T00:00:00.000Z' },
  { name: 'epoch seconds', text: '1767225600', expected: '2026-01-01T00:00:00.000Z' },
  { name: 'epoch zero', text: '0', expected: '1970-01-01T00:00:00.000Z' },
  { name: 'leap day in a leap year', text: '2024-02-29', expected: '2024-02-29T00:00:00.000Z' },
  { name: 'no leap day in 2025', text: '2025-02-29', expected: undefined },
  { name: 'month 13', text: '2026-13-01', expected: undefined },
  { name: 'hour 25', text: '2026-01-01T25:00:00Z', expected: undefined },
  { name: 'a blank instead of T', text: '2026-03-04 05:06:07Z', expected: undefined },
  { name: 'words', text: 'next Tuesday', expected: undefined },
  { name: 'the empty string', text: '', expected: undefined },
  { name: 'RFC 2822 form', text: 'Thu, 01 Jan 2026 00:00:00 GMT', expected: undefined },
]

describe('parseDate', () => {
  it.each(cases.map((c) => [c.name, c] as const))('%s', (_name, c) => {
    const ms = parseDate(c.text)
    expect(ms === undefined ? undefined : new Date(ms).toISOString()).toBe(c.expected)
  })
})
