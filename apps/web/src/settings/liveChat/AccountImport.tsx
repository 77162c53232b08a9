import type { ImportAccountRoutesResult } from "@parley/protocol/liveChat";
import { type ChangeEvent, useId, useState } from "react";
import { useAccountRoutes } from "../../data/useAccountRoutes";
import { Button } from "../../ui/Button";
import { FormMessage } from "../../ui/FormMessage";

/**
 * CSV upload of the account list: the file is checked first (a dry run writes nothing) and shows what
 * it would create, update and leave, and each failing line; Import appears only when none fails.
 */
export function AccountImport({ siteId, onClose }: { siteId: string; onClose(): void }) {
  const { importCsv } = useAccountRoutes(siteId);
  const inputId = useId();
  const [csv, setCsv] = useState<string | null>(null);
  const [result, setResult] = useState<ImportAccountRoutesResult | null>(null);
  const [phase, setPhase] = useState<"check" | "import">("check");

  const choose = async (event: ChangeEvent<HTMLInputElement>) => {
    const file = event.target.files?.[0];
    setResult(null);
    importCsv.reset();
    if (!file) return setCsv(null);
    const text = await file.text();
    setCsv(text);
    setPhase("check");
    importCsv.mutate({ csv: text, dryRun: true }, { onSuccess: setResult });
  };
  const run = () => {
    setPhase("import");
    if (csv !== null) importCsv.mutate({ csv, dryRun: false }, { onSuccess: setResult });
  };

  return (
    <div className="card form" role="group" aria-labelledby="account-import-heading">
      <h3 id="account-import-heading">Import a CSV</h3>
      <div className="field">
        <label htmlFor={inputId}>CSV file</label>
        <input id={inputId} type="file" accept=".csv,text/csv" onChange={(e) => void choose(e)} />
        <p className="field-hint">
          A header line, then one account a line: domain,owner or company,owner (the owner's email; a company
          by its domain or name).
        </p>
      </div>
      {importCsv.isPending && (
        <p className="loading" role="status">
          {phase === "import" ? "Importing…" : "Checking the file…"}
        </p>
      )}
      {result && <ImportResult result={result} />}
      <FormMessage error={importCsv.error} />
      <div className="form-actions">
        {result?.dryRun && result.failed.length === 0 && (
          <Button variant="primary" onPress={run} disabled={importCsv.isPending}>
            Import
          </Button>
        )}
        <Button onPress={onClose}>{result && !result.dryRun ? "Done" : "Cancel"}</Button>
      </div>
    </div>
  );
}

function ImportResult({ result }: { result: ImportAccountRoutesResult }) {
  const verb = result.dryRun ? "would be" : "were";
  const failingLines = new Set(result.failed.map((f) => f.line)).size;
  return (
    <div className="import-result" role="status">
      <p>
        <strong>{result.dryRun ? "Checked, nothing written yet:" : "Imported:"}</strong>
      </p>
      <dl className="import-counts">
        <div>
          <dt>Created</dt>
          <dd>{result.created}</dd>
        </div>
        <div>
          <dt>Updated</dt>
          <dd>{result.updated}</dd>
        </div>
        <div>
          <dt>Unchanged</dt>
          <dd>{result.unchanged}</dd>
        </div>
      </dl>
      <p className="visually-hidden">
        {result.created} {verb} created, {result.updated} updated, {result.unchanged} unchanged.
      </p>
      {result.failed.length > 0 && (
        <>
          <p className="text-error">
            {failingLines === 1 ? "1 line fails" : `${failingLines} lines fail`}; correct the file and choose
            it again.
          </p>
          <ul className="import-failures" aria-label="Failing lines">
            {result.failed.map((failure, index) => (
              // A line may fail for several reasons, one item each.
              <li key={index}>
                Line {failure.line}: {failure.message}
              </li>
            ))}
          </ul>
        </>
      )}
    </div>
  );
}
