import type { Kysely } from "kysely";

// eslint-disable-next-line @typescript-eslint/no-explicit-any -- migrations must not depend on today's schema types
type AnyDb = Kysely<any>;

/** OWNED BY h12-retention: retention settings per data class and the purge runs' reports. */
export async function up(_db: AnyDb): Promise<void> {
  // placeholder of the contract; h12-retention writes it
}
