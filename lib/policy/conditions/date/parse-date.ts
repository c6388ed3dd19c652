import type { ContextKeyType } from '../../types'

// W3C's profile of ISO 8601 (https://www.w3.org/TR/NOTE-datetime), which AWS names for dates:
// YYYY-MM, YYYY-MM-DD, YYYY-MM-DDThh:mm, YYYY-MM-DDThh:mm:ss, YYYY-MM-DDThh:mm:ss.s..., each time
// with a zone designator Z, +hh:mm or -hh:mm (also +hhmm / +hh, the basic ISO forms).
// A time without a zone is read as UTC rather than the machine's zone: the engine must decide the
// same way on every host, and AWS's clock (aws:CurrentTime) is UTC.
const W3C_DATE =
  /^(\d{4})-(\d{2})(?:-(\d{2})(?:[Tt](\d{2}):(\d{2})(?::(\d{2})(?:[.,](\d+))?)?([Zz]|[+-]\d{2}(?::?\d{2})?)?)?)?$/

// Epoch seconds, as aws:EpochTime gives them; a bare year such as "2024" is therefore read as
// epoch seconds, not as the W3C "YYYY" form (the two cannot both hold, and AWS documents epoch).
const EPOCH_SECONDS = /^-?\d+(?:\.\d+)?$/

const DAYS_IN_MONTH = [31, 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31]

function daysInMonth(year: number, month: number): number {
  const leap = (year % 4 === 0 && year % 100 !== 0) || year % 400 === 0
  return month === 2 && leap ? 29 : DAYS_IN_MONTH[month - 1]
}

function digitsAt(text: string, start: number, count: number): number {
  let value = 0
  for (let i = start; i < start + count; i++) {
    const d = text.charCodeAt(i) - 48
    if (d < 0 || d > 9) return -1
    value = value * 10 + d
  }
  return value
}

function utcMillis(year: number, month: number, day: number, hour: number, minute: number, second: number, millis: number): number {
  const ms = Date.UTC(year, month - 1, day, hour, minute, second, millis)
  // Date.UTC maps years 0-99 to 1900-1999; W3C years are literal.
  if (year >= 100) return ms
  const date = new Date(ms)
  date.setUTCFullYear(year)
  return date.getTime()
}

/**
 * aws:CurrentTime arrives as YYYY-MM-DDThh:mm:ssZ on every request, so that form is read digit by
 * digit without a RegExp; anything else falls through to the general parser.
 */
function parseCanonical(value: string): number | undefined {
  if (value.length !== 20 || value.charCodeAt(19) !== 90 /* Z */) return undefined
  if (value[4] !== '-' || value[7] !== '-' || value[10] !== 'T' || value[13] !== ':' || value[16] !== ':') return undefined
  const year = digitsAt(value, 0, 4)
  const month = digitsAt(value, 5, 2)
  const day = digitsAt(value, 8, 2)
  const hour = digitsAt(value, 11, 2)
  const minute = digitsAt(value, 14, 2)
  const second = digitsAt(value, 17, 2)
  if (year < 0 || month < 1 || month > 12 || day < 1 || day > daysInMonth(year, month)) return undefined
  if (hour < 0 || hour > 23 || minute < 0 || minute > 59 || second < 0 || second > 59) return undefined
  return utcMillis(year, month, day, hour, minute, second, 0)
}

/**
 * Milliseconds since the epoch for an AWS date condition value, or undefined when it is neither
 * a W3C ISO 8601 date nor epoch seconds. "You must specify date/time values with one of the W3C
 * implementations of the ISO 8601 date formats or in epoch (UNIX) time."
 * https://docs.aws.amazon.com/IAM/latest/UserGuide/reference_policies_elements_condition_operators.html#Conditions_Date
 */
export function parseDate(value: string, _requestType?: ContextKeyType): number | undefined {
  const canonical = parseCanonical(value)
  if (canonical !== undefined) return canonical
  if (EPOCH_SECONDS.test(value)) {
    const ms = Number(value) * 1000
    return Number.isFinite(ms) ? Math.round(ms) : undefined
  }
  const m = W3C_DATE.exec(value)
  if (m === null) return undefined
  const year = Number(m[1])
  const month = Number(m[2])
  const day = m[3] === undefined ? 1 : Number(m[3])
  const hour = m[4] === undefined ? 0 : Number(m[4])
  const minute = m[5] === undefined ? 0 : Number(m[5])
  const second = m[6] === undefined ? 0 : Number(m[6])
  if (month < 1 || month > 12 || day < 1 || day > daysInMonth(year, month)) return undefined
  if (hour > 23 || minute > 59 || second > 59) return undefined
  const millis = m[7] === undefined ? 0 : Math.floor(Number(`0.${m[7]}`) * 1000)
  let offsetMinutes = 0
  const zone = m[8]
  if (zone !== undefined && zone !== 'Z' && zone !== 'z') {
    const sign = zone[0] === '-' ? -1 : 1
    const digits = zone.slice(1).replace(':', '')
    const zoneHours = Number(digits.slice(0, 2))
    const zoneMinutes = digits.length > 2 ? Number(digits.slice(2)) : 0
    if (zoneHours > 23 || zoneMinutes > 59) return undefined
    offsetMinutes = sign * (zoneHours * 60 + zoneMinutes)
  }
  return utcMillis(year, month, day, hour, minute, second, millis) - offsetMinutes * 60_000
}
