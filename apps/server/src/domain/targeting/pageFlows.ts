import { FlowSettings, Targeting } from "@parley/protocol/dialogues";
import { parseJson } from "../../lib/json";
import { matchesPage } from "./pickDialogue";
import type { TargetableDialogue } from "./siteDialoguesFor";

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
export function pageFlows(dialogues: readonly TargetableDialogue[], url: string): PageFlow[] {
  return dialogues
    .filter((row) => row.kind === "flow" && row.status === "published")
    .map((row) => {
      const settings = FlowSettings.catch({ delivery: "chat", onPageLoad: false }).parse(
        parseJson<object>(row.flow_settings, {}),
      );
      const targeting = Targeting.safeParse(parseJson<object>(row.targeting, {}));
      return {
        id: row.id,
        name: row.name,
        delivery: settings.delivery,
        startOnLoad:
          settings.onPageLoad && row.seen === null && targeting.success && matchesPage(targeting.data, url),
      };
    });
}
