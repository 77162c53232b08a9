import { isApiError } from "../../api/ApiError";
import type { SaveEvent, TheirDraft } from "./saveMachine";

interface ConflictDetails {
  dialogue?: { draft?: unknown; draftRevision?: unknown; updatedBy?: { name?: unknown } | null };
}

/** What a failed PATCH means for autosave: their version on a conflict, offline, or a plain failure. */
export function saveErrorEvent(error: unknown): SaveEvent {
  if (!isApiError(error)) {
    return {
      type: "failed",
      message: error instanceof Error ? error.message : String(error),
      offline: false,
    };
  }
  if (error.code === "draft_conflict") {
    const theirs = theirDraftOf(error.details);
    if (theirs) return { type: "conflict", theirs };
  }
  return { type: "failed", message: error.message, offline: error.status === 0 };
}

function theirDraftOf(details: unknown): TheirDraft | null {
  const dialogue = (details as ConflictDetails | undefined)?.dialogue;
  if (!dialogue || typeof dialogue.draftRevision !== "number") return null;
  const name = dialogue.updatedBy?.name;
  return {
    draft: dialogue.draft,
    revision: dialogue.draftRevision,
    by: typeof name === "string" ? name : null,
  };
}
