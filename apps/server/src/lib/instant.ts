/** An ISO 8601 instant with any offset as the stored form (UTC, milliseconds, `Z`), so text comparison orders it. */
export const storedInstant = (instant: string): string => new Date(Date.parse(instant)).toISOString();
