import type { ContextKeyType } from '../../types'

// W3C's profile of ISO 8601 (https://www.w3.org/TR/NOTE-datetime), which AWS names for dates:
// YYYY-MM, YYYY-MM-DD, YYYY-MM-DDThh:mm, YYYY-MM-DDThh:mm:ss, YYYY-MM-DDThh:mm:ss.s..., each time
// with a zone designator Z, +hh:mm or -hh:mm (also +hhmm / +hh, the basic ISO forms).
// A time without a zone is read as UTC rather than the machine's zone: the engine must decide the
// same way on every host, and AWS's clock (aws:CurrentTime) is UTC.
const W3C_DATE =
  /^(\d{4})-(\d{2})(?:-(\d{2})(?:[Tt ](\d{2}):(\d{2})(?::(\d{2})(?:[.,](\d+))?)?([Zz]|[+-]\d{2}(?::?\d{2})?)?)?)?$/

// Epoch seconds, as aws:EpochTime gives them; a bare year such as "2024" is therefore read as
// epoch seconds, not as the W3C "YYYY" form (the two cannot both hold, and AWS documents epoch).
const EPOCH_SECONDS = /^-?\d+(?:\.\d+)?$/

function daysInMonth(year: number, month: number): number {
  return new Date(Date.UTC(year, month, 0)).getUTCDate()
}

/**
 * Milliseconds since the epoch for an AWS date condition value, or undefined when it is neither
 * a W3C ISO 8601 date nor epoch seconds. "You must specify date/time values with one of the W3C
 * implementations of the ISO 8601 date formats or in epoch (UNIX) time."
 * https://docs.aws.amazon.com/IAM/latest/UserGuide/reference_policies_elements_condition_operators.html#Conditions_Date
 */
export function parseDate(value: string, _requestType?: ContextKeyType): number | undefined {
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
  const utc = new Date(0)
  utc.setUTCFullYear(year, month - 1, day)
  utc.setUTCHours(hour, minute, second, millis)
  return utc.getTime() - offsetMinutes * 60_000
}
