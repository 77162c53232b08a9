import type { Dialogue } from "@parley/protocol/dialogues";

export interface StatusLook {
  label: string;
  /** The badge class (styles.css / meetings badges.css). */
  look: string;
  /** Said after the badge when the draft moved on since the published version. */
  changed: boolean;
}

const LOOKS: Record<Dialogue["status"], Omit<StatusLook, "changed">> = {
  draft: { label: "Draft", look: "badge-quiet" },
  published: { label: "Published", look: "badge-success" },
  unpublished: { label: "Unpublished", look: "badge-warning" },
  archived: { label: "Archived", look: "badge-quiet" },
};

/** A dialogue's status as the lists and the header show it. */
export function dialogueStatusLook(dialogue: Pick<Dialogue, "status" | "draftChanged">): StatusLook {
  return {
    ...LOOKS[dialogue.status],
    changed: dialogue.status !== "archived" && dialogue.draftChanged === true,
  };
}

/** Whether publishing now would change what visitors get: never published, unpublished, or changed since. */
export function mayPublishNow(dialogue: Pick<Dialogue, "status" | "draftChanged">): boolean {
  if (dialogue.status === "archived") return false;
  return dialogue.status !== "published" || dialogue.draftChanged === true;
}
