import type { DialogueVersion } from "@parley/protocol/dialogues";
import type { Report, ReportQuery } from "@parley/protocol/reports";
import { useMemo } from "react";
import { ReadOnlyCanvas } from "../../designer/canvas/ReadOnlyCanvas";
import { readStream } from "../../designer/readStream";
import { ExportCsvLink } from "../../reports/ExportCsvLink";
import { ReportDataTable } from "../../reports/ReportDataTable";
import { tableForDialogue } from "./dialogueTables";
import { edgeTraffic, funnelOnCards } from "./funnelOnCards";

interface FunnelOnStreamProps {
  siteId: string;
  query: Partial<ReportQuery>;
  report: Report;
  /** The published versions, newest first. */
  versions: readonly DialogueVersion[];
  /** The version counted (undefined: never published). */
  version: number | undefined;
  locale?: string;
  kindWord: string;
}

/**
 * The drop-off per card drawn on the stream: the version's cards on the designer's canvas (read-only),
 * each with how many conversations reached it, went on and dropped, and the connectors as thick as
 * the traffic along them; the funnel's data table with it says the same for screen readers and CSV.
 */
export function FunnelOnStream({
  siteId,
  query,
  report,
  versions,
  version,
  locale,
  kindWord,
}: FunnelOnStreamProps) {
  const chosen = versions.find((v) => v.version === version);
  const stream = useMemo(() => (chosen ? readStream(chosen.stream, "the version's stream") : null), [chosen]);
  const funnel = report.tables.find((t) => t.id === "funnel");
  const splits = report.tables.find((t) => t.id === "splits");
  const byCard = useMemo(() => funnelOnCards(stream?.cards ?? [], funnel), [stream, funnel]);
  const traffic = useMemo(() => edgeTraffic(stream?.cards ?? [], byCard, splits), [stream, byCard, splits]);
  const title = chosen ? `Funnel of version ${chosen.version}` : "Funnel";

  return (
    <section className="card report-section report-funnel" aria-labelledby="report-funnel-title">
      <div className="report-section-head">
        <h2 id="report-funnel-title">{title}</h2>
        {funnel && funnel.rows.length > 0 && (
          <ExportCsvLink siteId={siteId} report="dialogue" tableId="funnel" title={title} query={query} />
        )}
      </div>
      {!chosen ? (
        <p className="report-empty">
          This {kindWord} has not been published yet: its funnel shows once visitors meet a published version.
        </p>
      ) : !stream ? (
        <p className="report-empty">This version&apos;s stream cannot be read by this version of Parley.</p>
      ) : (
        <div className="report-funnel-body">
          <div className="report-funnel-canvas">
            <ReadOnlyCanvas
              key={chosen.version}
              stream={stream}
              funnel={byCard}
              traffic={traffic}
              label={`Stream of version ${chosen.version} with each card's funnel`}
            />
          </div>
          {funnel && funnel.rows.length > 0 ? (
            // The title names the version and the canvas each card's type: a row is headed by its card.
            <ReportDataTable
              table={tableForDialogue({ ...funnel, title }, { hide: ["version", "cardType"] })}
              locale={locale}
            />
          ) : (
            <p className="report-empty">No conversation met this version in these days.</p>
          )}
        </div>
      )}
      {funnel && funnel.notes.length > 0 && (
        <ul className="report-notes">
          {funnel.notes.map((note) => (
            <li key={note}>{note}</li>
          ))}
        </ul>
      )}
    </section>
  );
}
