import { describe, expect, it } from 'vitest'
import { QueueFullError, createBoundedQueue } from './bounded-queue'

/** A task that finishes when the test says so, recording when it started. */
function controlledTask(log: string[], name: string) {
  let finish!: () => void
  const done = new Promise<void>((resolve) => (finish = resolve))
  return { task: () => (log.push(`start ${name}`), done.then(() => name)), finish }
}

describe('bounded queue', () => {
  const cases: { name: string; concurrency: number; maxWaiting: number; tasks: number; running: number; waiting: number; refused: number }[] = [
    { name: 'runs up to the concurrency at once', concurrency: 2, maxWaiting: 10, tasks: 2, running: 2, waiting: 0, refused: 0 },
    { name: 'lines up the rest', concurrency: 2, maxWaiting: 10, tasks: 5, running: 2, waiting: 3, refused: 0 },
    { name: 'refuses beyond the line', concurrency: 2, maxWaiting: 3, tasks: 8, running: 2, waiting: 3, refused: 3 },
    { name: 'a line of zero refuses every task past the running ones', concurrency: 1, maxWaiting: 0, tasks: 3, running: 1, waiting: 0, refused: 2 },
  ]
  for (const c of cases) {
    it(c.name, async () => {
      const queue = createBoundedQueue({ concurrency: c.concurrency, maxWaiting: c.maxWaiting, what: 'tasks' })
      const log: string[] = []
      const tasks = Array.from({ length: c.tasks }, (_, i) => controlledTask(log, String(i)))
      const results = tasks.map((t) => queue.run(t.task).then((v) => ({ ok: v }), (e: unknown) => ({ error: e })))
      await Promise.resolve()
      expect({ running: queue.running, waiting: queue.waiting, started: log.length }).toEqual({ running: c.running, waiting: c.waiting, started: c.running })
      tasks.forEach((t) => t.finish())
      const settled = await Promise.all(results)
      const refused = settled.filter((r) => 'error' in r)
      expect(refused).toHaveLength(c.refused)
      for (const r of refused) expect((r as { error: unknown }).error).toBeInstanceOf(QueueFullError)
      expect({ running: queue.running, waiting: queue.waiting }).toEqual({ running: 0, waiting: 0 })
    })
  }

  it('starts waiting tasks in arrival order, never more than the concurrency at once', async () => {
    const queue = createBoundedQueue({ concurrency: 2, maxWaiting: 10, what: 'tasks' })
    const log: string[] = []
    let peak = 0
    const tasks = Array.from({ length: 6 }, (_, i) => controlledTask(log, String(i)))
    const results = tasks.map((t) =>
      queue.run(() => {
        peak = Math.max(peak, queue.running)
        return t.task()
      }),
    )
    // Finish them out of order: the line still starts 2, 3, 4, 5 as slots free up.
    for (const i of [1, 0, 3, 2, 5, 4]) {
      tasks[i]!.finish()
      await new Promise((resolve) => setImmediate(resolve))
    }
    expect(await Promise.all(results)).toEqual(['0', '1', '2', '3', '4', '5'])
    expect(log).toEqual(['start 0', 'start 1', 'start 2', 'start 3', 'start 4', 'start 5'])
    expect(peak).toBe(2)
  })

  it('frees the slot of a task that fails', async () => {
    const queue = createBoundedQueue({ concurrency: 1, maxWaiting: 1, what: 'tasks' })
    await expect(queue.run(() => Promise.reject(new Error('boom')))).rejects.toThrow('boom')
    expect(await queue.run(() => Promise.resolve('next'))).toBe('next')
    expect(queue.running).toBe(0)
  })

  it('says what to do when full', () => {
    expect(new QueueFullError('sign-in requests').message).toBe('Too many sign-in requests in progress. Try again in a moment.')
  })
})
