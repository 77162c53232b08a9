import type { Stream } from "@parley/flow/stream";
import { loadStream } from "../engine/loadStream";
import { countsBy, metricsOf, metricTotals, METRIC_TYPES, totalCounts } from "./dialogueMetrics";
import { versionsTable } from "./dialoguesReport";
import { countEvents } from "./eventCounts";
import { funnelTable } from "./funnelTable";
import type { ReportBody, ReportInput } from "./reportInput";
import { DELETED_DIALOGUE, siteDialogues } from "./siteDialogues";
import { splitsTable } from "./splitsTable";
import { trendTable } from "./trendTable";

/**
 * One dialogue (buildReport checked it is the site's): the eight metrics, the trend, the funnel and
 * the A/B splits of one version (filters.version, else the published one, else the latest counted),
 * and one row per version.
 */
export async function dialogueReport(input: ReportInput): Promise<ReportBody> {
  const dialogueId = input.filters.dialogueId!;
  // Versions are listed whatever version the filter names; the other tables keep it.
  const allVersions = { ...input, filters: { ...input.filters, version: null } };
  const [byDay, byVersion, dialogues] = await Promise.all([
    countEvents(input, [], { byDay: true, types: METRIC_TYPES }),
    countEvents(allVersions, ["version"], { types: METRIC_TYPES }),
    siteDialogues(input.db, input.siteId),
  ]);
  const dialogue = dialogues.get(dialogueId);
  const counted = [...new Set(byVersion.map((r) => r.version))].sort((a, b) => a - b);
  const version = input.filters.version ?? dialogue?.publishedVersion ?? counted.at(-1) ?? null;
  const stream = version === null ? null : await streamOf(input, dialogueId, version);
  const [cards, branches] =
    version === null
      ? [[], []]
      : await Promise.all([
          countEvents(input, ["card_id"], { types: ["card_visited", "dropped"], version }),
          countEvents(input, ["branch", "card_id"], { types: [...METRIC_TYPES, "split_assigned"], version }),
        ]);
  const versions = [...countsBy(byVersion, (r) => String(r.version))]
    .map(([v, counts]) => ({ id: dialogueId, version: Number(v), counts }))
    .sort((a, b) => a.version - b.version);
  return {
    totals: metricTotals(metricsOf(totalCounts(byDay))),
    tables: [
      trendTable(input, byDay),
      funnelTable(version, stream, cards),
      splitsTable(stream, branches),
      versionsTable(versions, () => dialogue?.name ?? DELETED_DIALOGUE),
    ],
  };
}

async function streamOf(input: ReportInput, dialogueId: string, version: number): Promise<Stream | null> {
  const exists = await input.db
    .selectFrom("dialogue_versions")
    .select("version")
    .where("dialogue_id", "=", dialogueId)
    .where("version", "=", version)
    .executeTakeFirst();
  return exists ? loadStream(input.db, dialogueId, version) : null;
}
