import type { Dialogue } from "@parley/protocol/dialogues";
import { dialogueStatusLook } from "./dialogueStatusLook";

/** The status badge, and "Changed since published" when the draft moved on. */
export function DialogueStatusBadge({ dialogue }: { dialogue: Pick<Dialogue, "status" | "draftChanged"> }) {
  const { label, look, changed } = dialogueStatusLook(dialogue);
  return (
    <span className="dialogue-status">
      <span className={`badge ${look}`}>{label}</span>
      {changed && <span className="cell-sub dialogue-changed">Changed since published</span>}
    </span>
  );
}
