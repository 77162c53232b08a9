import type { Kysely } from "kysely";
import type { Database } from "../../store/schema";

/** A dialogue or flow as targeting sees it, with this visitor's history of it (null: never met). */
export interface TargetableDialogue {
  id: string;
  kind: string;
  name: string;
  status: string;
  schedule_start: string | null;
  schedule_end: string | null;
  targeting: string;
  flow_settings: string;
  published_version: number | null;
  seen: { version: number; status: string; updatedAt: string } | null;
}

/**
 * In one statement, everything bootstrap's targeting needs: the site's published dialogues and
 * flows and any other the visitor has a history with (an engaged one follows them even when
 * unpublished), each with that history, highest priority first (then oldest).
 */
export async function siteDialoguesFor(
  db: Kysely<Database>,
  input: { siteId: string; visitorId: string },
): Promise<TargetableDialogue[]> {
  const rows = await db
    .selectFrom("dialogues")
    .leftJoin("visitor_dialogues", (join) =>
      join
        .onRef("visitor_dialogues.dialogue_id", "=", "dialogues.id")
        .on("visitor_dialogues.visitor_id", "=", input.visitorId),
    )
    .select([
      "dialogues.id",
      "dialogues.kind",
      "dialogues.name",
      "dialogues.status",
      "dialogues.schedule_start",
      "dialogues.schedule_end",
      "dialogues.targeting",
      "dialogues.flow_settings",
      "dialogues.published_version",
      "visitor_dialogues.version as seenVersion",
      "visitor_dialogues.status as seenStatus",
      "visitor_dialogues.updated_at as seenAt",
    ])
    .where("dialogues.site_id", "=", input.siteId)
    .where((eb) =>
      eb.or([eb("dialogues.status", "=", "published"), eb("visitor_dialogues.visitor_id", "is not", null)]),
    )
    .orderBy("dialogues.priority", "desc")
    .orderBy("dialogues.created_at")
    .execute();
  return rows.map(({ seenVersion, seenStatus, seenAt, ...row }) => ({
    ...row,
    seen:
      seenStatus !== null && seenVersion !== null && seenAt !== null
        ? { version: seenVersion, status: seenStatus, updatedAt: seenAt }
        : null,
  }));
}
