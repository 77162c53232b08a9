/**
 * Reads `a.b.c` from a plain object, following own properties only, so a path such as
 * `person.__proto__` or `person.constructor` can never reach the prototype chain.
 */
export function lookupPath(root: unknown, path: string): unknown {
  let current: unknown = root;
  for (const key of path.split(".")) {
    if (current === null || typeof current !== "object") return undefined;
    if (!Object.hasOwn(current, key)) return undefined;
    current = (current as Record<string, unknown>)[key];
  }
  return current;
}
