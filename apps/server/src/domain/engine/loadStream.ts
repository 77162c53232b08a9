import { migrateStream } from "@parley/flow/migrateStream";
import type { Stream } from "@parley/flow/stream";
import type { Kysely } from "kysely";
import { notFound } from "../../errors";
import type { Database } from "../../store/schema";

// Published versions never change, so a parsed stream can be kept for the life of the process.
const cache = new Map<string, Stream>();
const MAX_CACHED = 2000;

export async function loadStream(db: Kysely<Database>, dialogueId: string, version: number): Promise<Stream> {
  const key = `${dialogueId}@${version}`;
  const hit = cache.get(key);
  if (hit) return hit;
  const row = await db
    .selectFrom("dialogue_versions")
    .select("stream")
    .where("dialogue_id", "=", dialogueId)
    .where("version", "=", version)
    .executeTakeFirst();
  if (!row) throw notFound("Dialogue version");
  const stream = migrateStream(JSON.parse(row.stream));
  if (cache.size >= MAX_CACHED) cache.delete(cache.keys().next().value as string);
  cache.set(key, stream);
  return stream;
}
