/**
 * Values worked out once per object and name, and kept against the object,
 * such as a sorted list that many pages show. Content changed in `astro dev` comes as new objects, so it is
 * never served a value kept for the old ones, and a test's fixture gets its own.
 */
export function memo<K extends object, V>() {
  const cache = new WeakMap<K, Map<string, V>>();
  return (key: K, name: string, make: () => V): V => {
    let byName = cache.get(key);
    if (!byName) cache.set(key, (byName = new Map()));
    let value = byName.get(name);
    if (value === undefined) byName.set(name, (value = make()));
    return value;
  };
}
