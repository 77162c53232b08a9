import type { Dialogue } from "@parley/protocol/dialogues";
import type { Report } from "@parley/protocol/reports";
import type { Site } from "@parley/protocol/sites";
import { useNavigate, useSearch } from "@tanstack/react-router";
import { siteLocale } from "../../reports/formatReportValue";
import { ReportChart } from "../../reports/ReportChart";
import { ReportFilters } from "../../reports/ReportFilters";
import { todayIn } from "../../reports/reportDates";
import { type ReportSearch, reportQueryOf } from "../../reports/reportSearch";
import { ReportTotals } from "../../reports/ReportTotals";
import { useReport } from "../../reports/useReport";
import { useSession } from "../../session/SessionContext";
import { useSelectedSite } from "../../shell/SelectedSiteContext";
import { EmptyState } from "../../ui/EmptyState";
import { QueryState } from "../../ui/QueryState";
import { KIND_WORDS } from "../dialogueKind";
import { useDialogue, useDialogueVersions } from "../useDialogue";
import { useDialogueRouteParams } from "../useDialogueRouteParams";
import { FunnelOnStream } from "./FunnelOnStream";
import { VersionPicker } from "./VersionPicker";
import "./dialogueReport.css";

/**
 * …/dialogues/$dialogueId/report and …/flows/$dialogueId/report: one dialogue's or flow's report —
 * its number cards, the funnel drawn on the version's stream (the designer's canvas, read-only) with
 * its data table, the trend, the A/B splits with their significance note, and the versions.
 */
export function DialogueReportPage() {
  const { can } = useSession();
  const { site } = useSelectedSite();
  const { dialogueId, kind } = useDialogueRouteParams();
  // The layout renders this tab only once the dialogue is loaded on the selected site.
  const dialogue = useDialogue(site?.id ?? "", dialogueId).data;
  if (!can("reports.view")) {
    return (
      <EmptyState title="You don't have access to reports">
        <p>Your role does not include reading reports. If you need them, ask an admin to change your role.</p>
      </EmptyState>
    );
  }
  if (!site || !dialogue) return null;
  return <ReportOfDialogue key={`${site.id}/${dialogue.id}`} site={site} dialogue={dialogue} kind={kind} />;
}

function ReportOfDialogue({
  site,
  dialogue,
  kind,
}: {
  site: Site;
  dialogue: Dialogue;
  kind: Dialogue["kind"];
}) {
  const search = useSearch({ strict: false }) as ReportSearch;
  const navigate = useNavigate();
  const locale = siteLocale(site);
  const today = todayIn(site.timeZone, Date.now());
  const version = search.version ?? dialogue.publishedVersion ?? undefined;
  const query = reportQueryOf({ ...search, dialogueId: dialogue.id, version }, today);
  const report = useReport(site.id, "dialogue", query);
  const versions = useDialogueVersions(site.id, dialogue.id);
  const words = KIND_WORDS[kind];
  const change = (patch: Partial<ReportSearch>) =>
    void navigate({ to: ".", search: (before: ReportSearch) => ({ ...before, ...patch }), replace: true });

  return (
    <div className="dialogue-report stack">
      <h2 className="visually-hidden">Report</h2>
      <ReportFilters
        siteId={site.id}
        timeZone={site.timeZone}
        today={today}
        search={search}
        onChange={change}
        locale={locale}
        dialoguePicker={false}
      >
        <VersionPicker
          versions={versions.data ?? []}
          live={dialogue.status === "published" ? dialogue.publishedVersion : null}
          value={version}
          onChange={(picked) =>
            change({ version: picked === dialogue.publishedVersion ? undefined : picked })
          }
        />
      </ReportFilters>
      <QueryState query={report} what="the report">
        {(data) => (
          <div
            className={`stack${report.isPlaceholderData ? " report-stale" : ""}`}
            aria-busy={report.isFetching}
          >
            <ReportTotals totals={data.totals} locale={locale} label={`The ${words.one}'s totals`} />
            <QueryState query={versions} what="the versions">
              {(list) => (
                <FunnelOnStream
                  siteId={site.id}
                  query={query}
                  report={data}
                  versions={list}
                  version={version}
                  locale={locale}
                  kindWord={words.one}
                />
              )}
            </QueryState>
            <Tables siteId={site.id} query={query} report={data} locale={locale} />
          </div>
        )}
      </QueryState>
    </div>
  );
}

const EMPTY: Record<string, string> = {
  trend: "Nobody met it in these days.",
  splits: "The version has no A/B split card, or no conversation reached one in these days.",
  versions: "No published version was met in these days.",
};

function Tables({
  siteId,
  query,
  report,
  locale,
}: {
  siteId: string;
  query: Parameters<typeof ReportChart>[0]["query"];
  report: Report;
  locale: string | undefined;
}) {
  return (
    <>
      {["trend", "splits", "versions"].map((id) => {
        const table = report.tables.find((t) => t.id === id);
        return (
          table && (
            <ReportChart
              key={id}
              siteId={siteId}
              report="dialogue"
              query={query}
              table={table}
              locale={locale}
              empty={<p>{EMPTY[id]}</p>}
            />
          )
        );
      })}
    </>
  );
}
