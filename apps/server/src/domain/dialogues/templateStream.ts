import { STREAM_SCHEMA_VERSION } from "@parley/flow/schemaVersion";
import type { Stream } from "@parley/flow/stream";
import { STREAM_TEMPLATES } from "@parley/flow/templates/streamTemplates";
import type { TEMPLATES } from "@parley/protocol/dialogues";

/** The stream a new dialogue starts with: a copy of a template's, or a one-card greeting for a blank one. */
export function templateStream(template: (typeof TEMPLATES)[number] | null): Stream {
  if (template === null) {
    return {
      schemaVersion: STREAM_SCHEMA_VERSION,
      startCardId: "welcome",
      cards: [
        {
          id: "welcome",
          type: "message",
          text: 'Hi {{person.firstName | "there"}}! How can we help?',
          next: null,
        },
      ],
    };
  }
  const found = STREAM_TEMPLATES.find((t) => t.id === template);
  if (!found) throw new Error(`unknown template ${template}`);
  return structuredClone(found.stream);
}
