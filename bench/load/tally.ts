// Latencies and outcomes of one phase, by request kind ("pages", "writes", ...) and by
// the finer label under it ("GET /users", "create user", ...), so that a slow page or a
// failing write shows by name.
export type Outcome = 'ok' | 'denied' | 'error'

interface Series {
  ms: number[]
  denied: number
  errors: number
}

export interface SeriesSummary {
  count: number
  perSecond: number
  p50: number
  p95: number
  p99: number
  denied: number
  errors: number
}

const percentile = (sorted: number[], q: number) => (sorted.length ? sorted[Math.min(sorted.length - 1, Math.ceil(q * sorted.length) - 1)]! : NaN)

function summarize(series: Series, seconds: number): SeriesSummary {
  const sorted = [...series.ms].sort((a, b) => a - b)
  return {
    count: sorted.length,
    perSecond: sorted.length / seconds,
    p50: percentile(sorted, 0.5),
    p95: percentile(sorted, 0.95),
    p99: percentile(sorted, 0.99),
    denied: series.denied,
    errors: series.errors,
  }
}

export class Tally {
  private readonly series = new Map<string, Series>()
  /** The first few error descriptions, to say what failed. */
  readonly errorSamples: string[] = []

  record(kind: string, label: string, ms: number, outcome: Outcome, detail?: string): void {
    for (const key of [kind, `${kind}\t${label}`]) {
      const s = this.series.get(key) ?? { ms: [], denied: 0, errors: 0 }
      this.series.set(key, s)
      s.ms.push(ms)
      if (outcome === 'denied') s.denied++
      if (outcome === 'error') s.errors++
    }
    if (outcome === 'error' && this.errorSamples.length < 5) this.errorSamples.push(`${label}: ${detail ?? 'error'}`)
  }

  summary(kind: string, seconds: number): SeriesSummary | undefined {
    const s = this.series.get(kind)
    return s && summarize(s, seconds)
  }

  /** Requests of every kind. */
  count(): number {
    return [...this.series].filter(([key]) => !key.includes('\t')).reduce((n, [, s]) => n + s.ms.length, 0)
  }

  /** Rows of the table: each kind, then its labels indented. */
  rows(seconds: number): [label: string, summary: SeriesSummary][] {
    const kinds = [...this.series.keys()].filter((k) => !k.includes('\t')).sort()
    return kinds.flatMap((kind) => [
      [kind, summarize(this.series.get(kind)!, seconds)] as [string, SeriesSummary],
      ...[...this.series.keys()]
        .filter((k) => k.startsWith(`${kind}\t`))
        .sort()
        .map((k): [string, SeriesSummary] => [`  ${k.slice(kind.length + 1)}`, summarize(this.series.get(k)!, seconds)]),
    ])
  }
}

const ms = (v: number) => (Number.isNaN(v) ? '-' : v.toFixed(1))

export function formatTally(tally: Tally, seconds: number): string {
  const header = `${'kind'.padEnd(40)}${'requests'.padStart(9)}${'req/s'.padStart(8)}${'p50 ms'.padStart(9)}${'p95 ms'.padStart(9)}${'p99 ms'.padStart(9)}${'errors'.padStart(8)}${'denied'.padStart(8)}`
  const lines = tally.rows(seconds).map(
    ([label, s]) =>
      `${label.padEnd(40)}${String(s.count).padStart(9)}${s.perSecond.toFixed(1).padStart(8)}${ms(s.p50).padStart(9)}${ms(s.p95).padStart(9)}${ms(s.p99).padStart(9)}${String(s.errors).padStart(8)}${String(s.denied).padStart(8)}`,
  )
  return [header, ...lines, ...tally.errorSamples.map((e) => `  error: ${e}`)].join('\n')
}
