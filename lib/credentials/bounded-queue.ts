// A cap on how many of one kind of slow task run at once in this process, with a
// bounded line for the rest. scrypt runs on libuv's thread pool (4 threads), which file
// reads, DNS lookups and zlib share: a flood of sign-ins that each start a hash would
// take every thread and stall page loads that have nothing to do with signing in.
// Waiters start in arrival order; past the line's length a task is refused at once,
// since a caller that would wait seconds is better told to try again.

export class QueueFullError extends Error {
  constructor(what: string) {
    super(`Too many ${what} in progress. Try again in a moment.`)
    this.name = 'QueueFullError'
  }
}

export interface BoundedQueue {
  run<T>(task: () => Promise<T>): Promise<T>
  /** Tasks running now and waiting, for tests and benches. */
  readonly running: number
  readonly waiting: number
}

export function createBoundedQueue(options: { concurrency: number; maxWaiting: number; what: string }): BoundedQueue {
  let running = 0
  const waiting: (() => void)[] = []

  const release = () => {
    const next = waiting.shift()
    if (next) next()
    else running--
  }

  return {
    async run<T>(task: () => Promise<T>): Promise<T> {
      if (running < options.concurrency) running++
      else if (waiting.length >= options.maxWaiting) throw new QueueFullError(options.what)
      // The slot passes straight from the finishing task to the next waiter, so
      // `running` never dips and a newcomer cannot overtake the line.
      else await new Promise<void>((resolve) => waiting.push(resolve))
      try {
        return await task()
      } finally {
        release()
      }
    },
    get running() {
      return running
    },
    get waiting() {
      return waiting.length
    },
  }
}
