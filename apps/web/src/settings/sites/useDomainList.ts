import { useCallback, useState } from "react";

export interface DomainList {
  values: string[];
  setValues(next: string[]): void;
  /** What is typed in the input but not added yet. */
  draft: string;
  setDraft(draft: string): void;
  /** Adds the draft (one or more domains) to the list and returns the new list. */
  commit(): string[];
}

/**
 * The state of a domain list editor. Forms send `commit()` on submit, so a domain typed but not yet
 * added is saved too (adding it on blur instead would shift the layout under the pointer).
 */
export function useDomainList(initial: readonly string[]): DomainList {
  const [values, setValues] = useState<string[]>(() => [...initial]);
  const [draft, setDraft] = useState("");

  const commit = useCallback(() => {
    const incoming = splitDomains(draft);
    if (incoming.length === 0) return values;
    const next = [...new Set([...values, ...incoming])];
    setValues(next);
    setDraft("");
    return next;
  }, [draft, values]);

  return { values, setValues, draft, setDraft, commit };
}

/** "https://Example.com/path, *.b.org" → ["example.com", "*.b.org"]: people paste URLs and lists. */
export function splitDomains(text: string): string[] {
  return text
    .split(/[\s,;]+/)
    .map((d) =>
      d
        .trim()
        .toLowerCase()
        .replace(/^https?:\/\//, "")
        .replace(/\/.*$/, ""),
    )
    .filter(Boolean);
}
