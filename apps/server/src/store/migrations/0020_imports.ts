import type { Kysely } from "kysely";

// eslint-disable-next-line @typescript-eslint/no-explicit-any -- migrations must not depend on today's schema types
type AnyDb = Kysely<any>;

/** OWNED BY h12-csv: CSV imports (progress, counts, error file). */
export async function up(_db: AnyDb): Promise<void> {
  // placeholder of the contract; h12-csv writes it
}
