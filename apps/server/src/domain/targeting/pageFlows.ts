import { FlowSettings, Targeting } from "@parley/protocol/dialogues";
import type { Kysely } from "kysely";
import { parseJson } from "../../lib/json";
import type { Database } from "../../store/schema";
import { matchesPage } from "./pickDialogue";

export interface PageFlow {
  id: string;
  name: string;
  delivery: FlowSettings["delivery"];
  /** Start it as the page loads: set to, on a page its targeting includes, for a visitor who never met it. */
  startOnLoad: boolean;
}

/**
 * The site's published conversational flows, for links, forms and inline places on any page, and which
 * of them start by themselves on this page (product.md §3: flows are triggered, not targeted; the
 * "on page load" setting uses the flow's include/exclude URL patterns, and starts once per visitor).
 */
export async function pageFlows(
  db: Kysely<Database>,
  input: { siteId: string; visitorId: string; url: string },
): Promise<PageFlow[]> {
  const rows = await db
    .selectFrom("dialogues")
    .leftJoin("visitor_dialogues", (join) =>
      join
        .onRef("visitor_dialogues.dialogue_id", "=", "dialogues.id")
        .on("visitor_dialogues.visitor_id", "=", input.visitorId),
    )
    .select([
      "dialogues.id",
      "dialogues.name",
      "dialogues.flow_settings",
      "dialogues.targeting",
      "visitor_dialogues.status as met",
    ])
    .where("dialogues.site_id", "=", input.siteId)
    .where("dialogues.kind", "=", "flow")
    .where("dialogues.status", "=", "published")
    .orderBy("dialogues.priority", "desc")
    .orderBy("dialogues.created_at")
    .execute();
  return rows.map((row) => {
    const settings = FlowSettings.catch({ delivery: "chat", onPageLoad: false }).parse(
      parseJson<object>(row.flow_settings, {}),
    );
    const targeting = Targeting.safeParse(parseJson<object>(row.targeting, {}));
    return {
      id: row.id,
      name: row.name,
      delivery: settings.delivery,
      startOnLoad:
        settings.onPageLoad &&
        row.met === null &&
        targeting.success &&
        matchesPage(targeting.data, input.url),
    };
  });
}
