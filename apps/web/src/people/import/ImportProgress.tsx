import type { Import } from "@parley/protocol/imports";
import { Label, ProgressBar } from "react-aria-components";
import { importErrorsUrl } from "../../data/useImports";

const number = (n: number) => n.toLocaleString();

/** A run's bar: rows processed of the file's rows, moving a batch at a time. */
export function ImportProgress({ run }: { run: Import }) {
  const label = run.dryRun ? "Checking the file" : "Importing";
  return (
    <ProgressBar className="import-progress" value={run.rowsProcessed} maxValue={Math.max(1, run.totalRows)}>
      {({ percentage }) => (
        <>
          <Label>{label}</Label>
          <span className="import-progress-value">
            {number(run.rowsProcessed)} of {number(run.totalRows)} rows ({Math.round(percentage ?? 0)}%)
          </span>
          <div className="import-progress-track">
            <div className="import-progress-fill" style={{ width: `${percentage ?? 0}%` }} />
          </div>
        </>
      )}
    </ProgressBar>
  );
}

/**
 * A finished (or stopped) run's counts, its first row errors and the error file. The cells and
 * messages are shown as text: nothing in a file can run in the app.
 */
export function ImportCounts({ siteId, run }: { siteId: string; run: Import }) {
  const { created, updated, skipped, failed } = run.counts;
  const would = run.dryRun ? "would be " : "";
  return (
    <div className="import-result" role="status" aria-label={run.dryRun ? "Dry run result" : "Import result"}>
      <p>
        <strong>
          {run.dryRun ? "Dry run: nothing was written." : run.status === "done" ? "Imported." : "Stopped."}
        </strong>
      </p>
      <dl className="import-counts">
        <div>
          <dt>{run.dryRun ? "To create" : "Created"}</dt>
          <dd>{number(created)}</dd>
        </div>
        <div>
          <dt>{run.dryRun ? "To update" : "Updated"}</dt>
          <dd>{number(updated)}</dd>
        </div>
        <div>
          <dt>Skipped (no change)</dt>
          <dd>{number(skipped)}</dd>
        </div>
        <div>
          <dt>Failed</dt>
          <dd>{number(failed)}</dd>
        </div>
      </dl>
      <p className="visually-hidden">
        {created} {would}created, {updated} {would}updated, {skipped} skipped, {failed} failed.
      </p>
      {run.error && <p className="text-error">{run.error}</p>}
      {failed > 0 && (
        <>
          <p className="text-error">
            {failed === 1 ? "1 row fails" : `${number(failed)} rows fail`}
            {run.rowErrors.length < failed ? `; the first ${run.rowErrors.length}:` : ":"}
          </p>
          <ul className="import-failures" aria-label="Failing rows">
            {run.rowErrors.map((e) => (
              <li key={e.row}>
                Row {e.row}: {e.message}
              </li>
            ))}
          </ul>
          <p>
            <a className="button button-secondary" href={importErrorsUrl(siteId, run.id)} download>
              Download error file
            </a>
          </p>
        </>
      )}
    </div>
  );
}
