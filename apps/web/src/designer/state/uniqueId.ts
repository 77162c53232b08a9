/** Card ids allow 64 characters (flow CardId); room is left for a `-<n>` suffix. */
const MAX_STEM = 56;

/**
 * `base` if no id in `taken` has it, else `<stem>-2`, `<stem>-3` … — the first free one, where the
 * stem is `base` without a trailing `-<n>` (a copy of `ask-2` is `ask-3`, not `ask-2-2`). Derived
 * from the ids only, so the reducer that calls it stays pure and repeatable.
 */
export function uniqueId(base: string, taken: ReadonlySet<string>): string {
  const clean = base.replace(/[^A-Za-z0-9_-]/g, "-").slice(0, MAX_STEM) || "card";
  if (!taken.has(clean)) return clean;
  const stem = clean.replace(/-\d+$/, "") || clean;
  for (let n = 2; ; n++) {
    const id = `${stem}-${n}`;
    if (!taken.has(id)) return id;
  }
}
