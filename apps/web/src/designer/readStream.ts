import { migrateStream } from "@parley/flow/migrateStream";
import type { Stream } from "@parley/flow/stream";

/**
 * A stored stream document (a draft, a published version) read for the canvas, or null when it is
 * damaged or from a newer Parley (logged; the page says it cannot be opened instead of crashing).
 */
export function readStream(stored: unknown, what: string): Stream | null {
  try {
    return migrateStream(stored);
  } catch (error) {
    console.error(`Could not read ${what}`, error);
    return null;
  }
}
