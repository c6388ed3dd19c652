const UNITS: [limitSeconds: number, unitSeconds: number, unit: string][] = [
  [60 * 60, 60, 'minute'],
  [24 * 60 * 60, 60 * 60, 'hour'],
  [365 * 24 * 60 * 60, 24 * 60 * 60, 'day'],
  [Infinity, 365 * 24 * 60 * 60, 'year'],
]

/** "5 minutes ago", like the console's time columns; the exact time is in the tooltip. */
export function relativeTimeText(iso: string, now: Date): string {
  const seconds = Math.max(0, Math.floor((now.getTime() - new Date(iso).getTime()) / 1000))
  if (seconds < 60) return 'Now'
  for (const [limit, size, unit] of UNITS) {
    if (seconds < limit) {
      const n = Math.floor(seconds / size)
      return `${n} ${unit}${n === 1 ? '' : 's'} ago`
    }
  }
  return iso
}

export function RelativeTime({ iso, now }: { iso: string; now: Date }) {
  return (
    <time dateTime={iso} title={new Date(iso).toUTCString()}>
      {relativeTimeText(iso, now)}
    </time>
  )
}
