import { migrateStream } from "@parley/flow/migrateStream";
import type { Stream } from "@parley/flow/stream";
import { StreamDocumentError } from "@parley/flow/streamDocumentError";
import { badRequest } from "../../errors";

/**
 * Reads a stream document sent by the designer: migrated to the current schema version, checked for
 * shape. Shape errors are a 400 naming the place; graph problems (unreachable cards …) are allowed in a
 * draft and reported by validate/publish.
 */
export function readDraft(doc: unknown): Stream {
  try {
    return migrateStream(doc);
  } catch (error) {
    if (error instanceof StreamDocumentError) {
      throw badRequest(error.message, { code: error.code, issues: error.details });
    }
    throw error;
  }
}
