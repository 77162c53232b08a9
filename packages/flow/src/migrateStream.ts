import { upgradeDocument } from "./migrations/streamMigrations";
import { Stream } from "./stream";
import { StreamDocumentError } from "./streamDocumentError";

/**
 * Reads a stored or submitted stream document of any supported schema version and returns it
 * in the current shape. Throws StreamDocumentError (`unsupported_schema_version`,
 * `invalid_stream` with zod issues as details). Shape only: run validateStream before publishing.
 */
export function migrateStream(doc: unknown): Stream {
  const upgraded = upgradeDocument(doc);
  const parsed = Stream.safeParse(upgraded);
  if (!parsed.success) {
    throw new StreamDocumentError("invalid_stream", "The stream document is malformed", parsed.error.issues);
  }
  return parsed.data;
}
