// A Map that forgets everything once it holds `limit` entries. Used for per-pattern
// caches of variable-substituted matchers, where the keys (user names, tag values) come
// from requests and must not grow without bound; clearing beats LRU bookkeeping there
// because a refill costs one regex compile per entry.
export class BoundedCache<K, V> {
  private map = new Map<K, V>()
  constructor(private readonly limit: number) {}
  get(k: K): V | undefined {
    return this.map.get(k)
  }
  set(k: K, v: V): void {
    if (this.map.size >= this.limit) this.map.clear()
    this.map.set(k, v)
  }
}
