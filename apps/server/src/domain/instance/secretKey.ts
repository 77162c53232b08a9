import type { Kysely } from "kysely";
import { randomToken } from "../../lib/ids";
import type { Database } from "../../store/schema";
import { setSettingOnce } from "./settings";

/**
 * SECRET_KEY when configured; otherwise one generated on first start and kept in the database,
 * so every node sharing the database signs and checks tokens with the same key.
 */
export async function resolveSecretKey(db: Kysely<Database>, configured: string | null): Promise<string> {
  if (configured) return configured;
  return setSettingOnce(db, "secret_key", randomToken(48));
}
