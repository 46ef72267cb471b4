/**
 * Lookups built once per collection rather than a scan per page. A page that
 * searched the whole collection for its own entries made the build grow with
 * the square of the number of entries. Each index is
 * kept against the array it was built from, so pure functions stay pure and a
 * test's fixture array gets its own index.
 */
type Ref = { id: string };

const idIndexes = new WeakMap<readonly Ref[], Map<string, Ref>>();

/** The entry with `id`, from a map built on first use. */
export function byId<T extends Ref>(items: readonly T[], id: string): T | undefined {
  let index = idIndexes.get(items);
  if (!index) {
    index = new Map(items.map((item) => [item.id, item]));
    idIndexes.set(items, index);
  }
  return index.get(id) as T | undefined;
}

type Linked = { id: string; data: { decisions: readonly Ref[] } };

const decisionIndexes = new WeakMap<readonly Linked[], Map<string, Linked[]>>();

/**
 * The items that name decision `decisionId` in their `decisions` list, in the
 * order of `items`. A fresh array each call, so callers may sort or filter it.
 */
export function linkedTo<T extends Linked>(items: readonly T[], decisionId: string): T[] {
  let index = decisionIndexes.get(items);
  if (!index) {
    index = new Map();
    for (const item of items) {
      for (const ref of item.data.decisions) {
        const list = index.get(ref.id);
        if (!list) index.set(ref.id, [item]);
        else if (list.at(-1) !== item) list.push(item);
      }
    }
    decisionIndexes.set(items, index);
  }
  return [...((index.get(decisionId) ?? []) as T[])];
}
