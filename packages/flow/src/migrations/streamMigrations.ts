import { STREAM_SCHEMA_VERSION } from "../schemaVersion";
import { StreamDocumentError } from "../streamDocumentError";
import { migrateV0ToV1 } from "./migrateV0ToV1";

/**
 * `STREAM_MIGRATIONS[n]` turns a version-n document into version n+1. To change the document:
 * bump STREAM_SCHEMA_VERSION, add `migrations/migrateVnToVn1.ts` and register it here, with tests.
 */
export const STREAM_MIGRATIONS: Readonly<Record<number, (doc: unknown) => unknown>> = {
  0: migrateV0ToV1,
};

/** The schema version a raw document claims: `schemaVersion`, or 0 for the unlabelled prototype shape. */
export function detectSchemaVersion(doc: unknown): number | null {
  if (doc === null || typeof doc !== "object" || Array.isArray(doc)) return null;
  const record = doc as Record<string, unknown>;
  if (typeof record.schemaVersion === "number") return record.schemaVersion;
  if ("nodes" in record && "start" in record) return 0;
  return null;
}

/**
 * Runs every migration from the document's version up to the current one, without checking the
 * result against the current schema (migrateStream does that). Throws StreamDocumentError.
 */
export function upgradeDocument(doc: unknown): unknown {
  const from = detectSchemaVersion(doc);
  if (from === null) {
    throw new StreamDocumentError("invalid_stream", "The stream document has no schemaVersion");
  }
  if (!Number.isInteger(from) || from < 0 || from > STREAM_SCHEMA_VERSION) {
    throw new StreamDocumentError(
      "unsupported_schema_version",
      `Stream schema version ${from} is not supported (this build reads 0 to ${STREAM_SCHEMA_VERSION})`,
    );
  }
  let current = doc;
  for (let version = from; version < STREAM_SCHEMA_VERSION; version++) {
    const migrate = STREAM_MIGRATIONS[version];
    if (!migrate)
      throw new StreamDocumentError("unsupported_schema_version", `No migration from version ${version}`);
    current = migrate(current);
  }
  return current;
}
