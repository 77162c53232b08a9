import type { Dialogue } from "@parley/protocol/dialogues";
import { DIALOGUE_METRICS } from "@parley/protocol/reports";
import type { Site } from "@parley/protocol/sites";
import { ReportBody, tableOf } from "../../reports/ReportBody";
import { ReportChart } from "../../reports/ReportChart";
import { ReportFilters } from "../../reports/ReportFilters";
import { type ReportView, useReportView } from "../../reports/ReportsFrame";
import { ReportTotals } from "../../reports/ReportTotals";
import { useSession } from "../../session/SessionContext";
import { useSelectedSite } from "../../shell/SelectedSiteContext";
import { EmptyState } from "../../ui/EmptyState";
import { QueryState } from "../../ui/QueryState";
import { KIND_WORDS } from "../dialogueKind";
import { useDialogue, useDialogueVersions } from "../useDialogue";
import { useDialogueRouteParams } from "../useDialogueRouteParams";
import { tableForDialogue } from "./dialogueTables";
import { FunnelOnStream } from "./FunnelOnStream";
import { VersionPicker } from "./VersionPicker";
import "../../reports/reports.css";
import "./dialogueReport.css";

/**
 * …/dialogues/$dialogueId/report and …/flows/$dialogueId/report: one dialogue's or flow's report —
 * its number cards, the funnel drawn on the version's stream (the designer's canvas, read-only) with
 * its data table, the trend, the A/B splits with their significance note, and the versions.
 */
export function DialogueReportPage() {
  const { can } = useSession();
  const { site } = useSelectedSite();
  const { dialogueId } = useDialogueRouteParams();
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
  return <ReportOfDialogue key={`${site.id}/${dialogue.id}`} site={site} dialogue={dialogue} />;
}

function ReportOfDialogue({ site, dialogue }: { site: Site; dialogue: Dialogue }) {
  const siteView = useReportView(site);
  const versions = useDialogueVersions(site.id, dialogue.id);
  const words = KIND_WORDS[dialogue.kind];
  // The version counted and drawn: the one picked, else the published one (the report's default too).
  const version = siteView.search.version ?? dialogue.publishedVersion ?? undefined;
  const view: ReportView = {
    ...siteView,
    query: { ...siteView.query, dialogueId: dialogue.id, ...(version !== undefined && { version }) },
  };
  const live = dialogue.status === "published" ? dialogue.publishedVersion : null;

  return (
    <div className="dialogue-report stack">
      <h2 className="visually-hidden">Report</h2>
      <ReportFilters
        siteId={site.id}
        timeZone={site.timeZone}
        today={view.today}
        search={view.search}
        onChange={view.update}
        locale={view.locale}
        dialoguePicker={false}
      >
        <VersionPicker
          versions={versions.data ?? []}
          live={live}
          value={version}
          onChange={(picked) =>
            view.update({ version: picked === dialogue.publishedVersion ? undefined : picked })
          }
        />
      </ReportFilters>
      <ReportBody view={view} name="dialogue" what={`the ${words.one}'s report`}>
        {(report) => {
          const common = {
            siteId: site.id,
            report: "dialogue" as const,
            query: view.query,
            locale: view.locale,
          };
          return (
            <>
              <ReportTotals totals={report.totals} keys={DIALOGUE_METRICS} locale={view.locale} />
              <QueryState query={versions} what="the versions">
                {(list) => (
                  <FunnelOnStream
                    siteId={site.id}
                    query={view.query}
                    locale={view.locale}
                    report={report}
                    versions={list}
                    version={version}
                    kindWord={words.one}
                  />
                )}
              </QueryState>
              <ReportChart
                {...common}
                table={tableForDialogue(tableOf(report, "splits"), { first: "branch" })}
                series={["conversations", "engaged", "completed", "peopleAcquired"]}
                empty={
                  <p>This version has no A/B split card, or no conversation reached one in these days.</p>
                }
              />
              <ReportChart
                {...common}
                table={tableOf(report, "trend")}
                empty={<p>Nobody met this {words.one} in these days. Pick more days.</p>}
              />
              <ReportChart
                {...common}
                table={tableForDialogue(tableOf(report, "versions"), {
                  hide: ["dialogue"],
                  first: "version",
                })}
                empty={<p>No published version was met in these days.</p>}
              />
            </>
          );
        }}
      </ReportBody>
    </div>
  );
}
