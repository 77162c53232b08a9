import { type DialogueStatusReason, type DialoguesStatus, Targeting } from "@parley/protocol/dialogues";
import type { Kysely } from "kysely";
import { notFound } from "../../errors";
import { nowIso } from "../../lib/clock";
import { parseJson } from "../../lib/json";
import type { Database } from "../../store/schema";
import { isOriginAllowed } from "../sites/isOriginAllowed";
import { inSchedule, matchesPage } from "../targeting/pickDialogue";
import { siteDialoguesFor } from "../targeting/siteDialoguesFor";

/** No visitor has this id: siteDialoguesFor then reads the published dialogues as a new visitor meets them. */
const NEW_VISITOR = "";

/**
 * Whether the site's snippet would show a new visitor a dialogue, decided with the same pieces as the
 * widget's bootstrap (chat enabled, the allowed domains the visitor's origin is checked against, the
 * published dialogues read by siteDialoguesFor, pickDialogue's schedule and page matching), and every
 * reason why not. An audience can still narrow who sees a dialogue; that depends on the visitor.
 */
export async function dialoguesStatus(
  db: Kysely<Database>,
  siteId: string,
  url: string | null,
): Promise<DialoguesStatus> {
  const site = await db
    .selectFrom("sites")
    .select(["chat_enabled", "allowed_domains"])
    .where("id", "=", siteId)
    .executeTakeFirst();
  if (!site) throw notFound("Site");
  const reasons: DialogueStatusReason[] = [];
  const reason = (r: Omit<DialogueStatusReason, "dialogueIds">, dialogueIds: string[] = []) =>
    reasons.push({ ...r, dialogueIds });

  if (site.chat_enabled !== 1)
    reason({
      code: "chat_disabled",
      fix: "site_settings",
      message: "Chat is turned off for this site, so the snippet shows nothing on any page.",
    });
  const domains = parseJson<string[]>(site.allowed_domains, []);
  if (domains.length === 0)
    reason({
      code: "no_allowed_domains",
      fix: "site_settings",
      message: "The site has no allowed domains, so the snippet is refused on every website.",
    });
  else if (url !== null && !isOriginAllowed(domains, new URL(url).origin))
    reason({
      code: "domain_not_allowed",
      fix: "site_settings",
      message: `${new URL(url).host} is not one of the site's allowed domains, so the snippet is refused there.`,
    });

  const rows = await siteDialoguesFor(db, { siteId, visitorId: NEW_VISITOR });
  const published = rows.filter((r) => r.status === "published" && r.published_version !== null);
  const dialogues = published.filter((r) => r.kind === "dialogue");
  const now = nowIso();
  let pageDialogue: DialoguesStatus["pageDialogue"] = null;
  const scheduled = dialogues.filter((r) => inSchedule(r, now));
  if (dialogues.length === 0)
    reason({
      code: "no_published_dialogue",
      fix: "publish",
      message: "No dialogue is published yet: publish one so that visitors meet it.",
    });
  else if (scheduled.length === 0)
    reason(
      {
        code: "all_outside_schedule",
        fix: "schedule",
        message:
          dialogues.length === 1
            ? "The one published dialogue is outside its schedule right now."
            : `All ${dialogues.length} published dialogues are outside their schedules right now.`,
      },
      dialogues.map((r) => r.id),
    );
  else if (url !== null) {
    const matching = scheduled.flatMap((r) => {
      const targeting = Targeting.safeParse(parseJson<object>(r.targeting, {}));
      return targeting.success && matchesPage(targeting.data, url)
        ? [{ id: r.id, name: r.name, hasAudience: targeting.data.audience !== null }]
        : [];
    });
    // Rows come highest priority first, as bootstrap reads them.
    pageDialogue = matching[0] ?? null;
    if (matching.length === 0)
      reason(
        {
          code: "no_page_match",
          fix: "targeting",
          message: `No published dialogue targets ${url}: their page patterns include other pages or exclude this one.`,
        },
        scheduled.map((r) => r.id),
      );
  }
  return {
    showsDialogue: reasons.length === 0,
    reasons,
    publishedDialogues: dialogues.length,
    publishedFlows: published.length - dialogues.length,
    url,
    pageDialogue: reasons.length === 0 ? pageDialogue : null,
  };
}
