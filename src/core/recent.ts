// Bounded per-key memory. A daemon makes new SAs (new SPIs, cookies, unique ids, state numbers)
// for as long as it runs, and meets new peers: a parser or the analyzer that remembered every one
// would grow with the length of the log (issue 2). These keep the most recently used keys.

/** How many keys a parser remembers per kind of key (SAs, peers, SPIs) unless it says otherwise. */
export const RECENT_CAP = 4096;

/**
 * A Map that keeps its `cap` most recently used keys: `get` of a present key and `set` both make
 * that key the newest; past the cap the least recently used key goes. An SA that is still talking
 * stays however old it is.
 */
export class RecentMap<K, V> extends Map<K, V> {
  /** The key last used: consecutive uses of one key (lines of one SA) cost no reordering. */
  private newest?: K = undefined;

  constructor(readonly cap: number = RECENT_CAP) {
    super();
  }

  override get(key: K): V | undefined {
    const v = super.get(key);
    if (v !== undefined && key !== this.newest) {
      super.delete(key);
      super.set(key, v);
      this.newest = key;
    }
    return v;
  }

  override set(key: K, value: V): this {
    if (key !== this.newest) super.delete(key);
    super.set(key, value);
    this.newest = key;
    if (this.size > this.cap) super.delete(this.keys().next().value as K);
    return this;
  }

  /** A key's value without making it the newest (a scan over many keys is not their use). */
  peek(key: K): V | undefined {
    return super.get(key);
  }

  /** Give a present key another value without making it the newest (bookkeeping, not use). */
  replace(key: K, value: V): void {
    if (super.has(key)) super.set(key, value);
  }
}

/**
 * A Set that keeps its `cap` most recently added members (`add` of a present member makes it the
 * newest; `has` does not): for members that mark something seen, such as a reported SPI.
 */
export class RecentSet<T> extends Set<T> {
  constructor(readonly cap: number = RECENT_CAP) {
    super();
  }

  override add(value: T): this {
    super.delete(value);
    super.add(value);
    if (this.size > this.cap) super.delete(this.values().next().value as T);
    return this;
  }
}
