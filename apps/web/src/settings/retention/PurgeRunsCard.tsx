import type { PurgeRun } from "@parley/protocol/retention";
import { usePurgeRuns, useRunPurge } from "../../data/useRetention";
import { Button } from "../../ui/Button";
import { formatDate } from "../../ui/formatDate";
import { FormMessage } from "../../ui/FormMessage";
import { QueryState } from "../../ui/QueryState";
import { CLASS_ORDER, classLabel } from "./retentionClasses";

const STATUS: Record<PurgeRun["status"], string> = {
  queued: "Queued",
  running: "Running",
  done: "Done",
  failed: "Failed",
};

/** "3 Activities (timelines), 1 Anonymous visitors without engagement", or that nothing was due. */
export function removedText(run: PurgeRun): string {
  const parts = CLASS_ORDER.filter((c) => run.removed[c] > 0).map(
    (c) => `${run.removed[c].toLocaleString()} ${classLabel(c).toLowerCase()}`,
  );
  if (parts.length === 0) return run.status === "done" ? "Nothing was due" : "—";
  return parts.join(", ") + (run.more ? " (more next run)" : "");
}

const took = (ms: number | null) =>
  ms === null ? "—" : ms < 1000 ? `${ms} ms` : `${(ms / 1000).toFixed(1)} s`;

/** The latest purge runs of the site and "Run purge now". */
export function PurgeRunsCard({ siteId }: { siteId: string }) {
  const runs = usePurgeRuns(siteId);
  const run = useRunPurge(siteId);
  return (
    <section className="card" aria-labelledby="purge-runs-heading">
      <div className="purge-runs-header">
        <h3 id="purge-runs-heading">Purge runs</h3>
        <Button onPress={() => run.mutate()} disabled={run.isPending}>
          {run.isPending ? "Queuing…" : "Run purge now"}
        </Button>
      </div>
      <FormMessage error={run.error} />
      <QueryState query={runs} what="purge runs">
        {({ items }) =>
          items.length === 0 ? (
            <p className="purge-runs-empty">No purge has run yet.</p>
          ) : (
            <div className="table-wrap">
              <table className="table">
                <thead>
                  <tr>
                    <th scope="col">When</th>
                    <th scope="col">Started by</th>
                    <th scope="col">Status</th>
                    <th scope="col">Removed</th>
                    <th scope="col">Batches</th>
                    <th scope="col">Took</th>
                  </tr>
                </thead>
                <tbody>
                  {items.map((r) => (
                    <tr key={r.id}>
                      <td>{formatDate(r.startedAt ?? r.queuedAt)}</td>
                      <td>{r.trigger === "manual" ? "Run now" : "Schedule"}</td>
                      <td>
                        {STATUS[r.status]}
                        {r.error && <span className="cell-sub">{r.error}</span>}
                      </td>
                      <td className="cell-wrap">{removedText(r)}</td>
                      <td>{r.batches}</td>
                      <td>{took(r.durationMs)}</td>
                    </tr>
                  ))}
                </tbody>
              </table>
            </div>
          )
        }
      </QueryState>
    </section>
  );
}
