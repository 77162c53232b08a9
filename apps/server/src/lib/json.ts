/** Parses a JSON column written by Parley itself; a corrupt value is a bug worth a loud error. */
export function parseJson<T>(text: string | null, fallback: T): T {
  if (text === null) return fallback;
  return JSON.parse(text) as T;
}

export const toJson = (value: unknown): string => JSON.stringify(value);
