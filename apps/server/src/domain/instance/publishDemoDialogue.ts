import { demoStream } from "@parley/flow/templates/demoStream";
import type { Kysely } from "kysely";
import { toJson } from "../../lib/json";
import type { Database } from "../../store/schema";
import { createDialogue } from "../dialogues/dialogueStore";
import { publishDialogue } from "../dialogues/publishDialogue";

/** The demo site's sample dialogue (qualify → capture email → goal → thanks), published so /demo works at once. */
export async function publishDemoDialogue(db: Kysely<Database>, siteId: string): Promise<void> {
  const dialogue = await createDialogue(db, siteId, {
    kind: "dialogue",
    name: "Welcome to Parley",
    description: "The sample dialogue of the demo page.",
    template: null,
    priority: 10,
    schedule: { start: null, end: null },
    targeting: { include: [], exclude: [], audience: null, trigger: { kind: "seconds_on_page", seconds: 2 } },
    flowSettings: { delivery: "chat", onPageLoad: false },
  });
  await db
    .updateTable("dialogues")
    .set({ draft: toJson(demoStream) })
    .where("id", "=", dialogue.id)
    .execute();
  await publishDialogue(db, siteId, dialogue.id, null);
}
