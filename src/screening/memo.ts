/**
 * Work done once per compiled engine (or pair of engines) and kept as long as the engine lives:
 * text plans, improvement-search plans, what carries over between two versions.
 */

/** `build(key)`, made on first use and kept while `key` is alive. */
export function memoByObject<K extends object, T>(build: (key: K) => T): (key: K) => T {
  const made = new WeakMap<K, T>();
  return (key) => {
    let value = made.get(key);
    if (value === undefined) {
      value = build(key);
      made.set(key, value);
    }
    return value;
  };
}

/** `build(a, b)`, made on first use and kept while both `a` and `b` are alive. */
export function memoByPair<A extends object, B extends object, T>(
  build: (a: A, b: B) => T,
): (a: A, b: B) => T {
  const byA = memoByObject((a: A) => memoByObject((b: B) => build(a, b)));
  return (a, b) => byA(a)(b);
}
