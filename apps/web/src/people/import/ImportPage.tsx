import type { ImportEntity, ImportMapping, ImportPreview } from "@parley/protocol/imports";
import { Link } from "@tanstack/react-router";
import { type ChangeEvent, useId, useState } from "react";
import { useImport, useImportActions } from "../../data/useImports";
import { AccessDeniedPage } from "../../pages/AccessDeniedPage";
import { useSession } from "../../session/SessionContext";
import { Button } from "../../ui/Button";
import { FormMessage } from "../../ui/FormMessage";
import { PageHeader } from "../../ui/PageHeader";
import { PeopleNav } from "../PeopleNav";
import { importRoute } from "../peopleRoutes";
import { SiteRequired } from "../SiteRequired";
import { ImportCounts, ImportProgress } from "./ImportProgress";
import { MappingTable } from "./MappingTable";
import "../people.css";
import "./import.css";

const NOUN: Record<ImportEntity, string> = { people: "people", companies: "companies" };

/**
 * /people/import?entity=people|companies: the import wizard. Upload a CSV, map its columns (the
 * server suggests a mapping), dry run (counts and the first errors, nothing written), then import
 * with a live progress bar and the final counts.
 */
export function ImportPage() {
  return <ImportArea entity={importRoute.useSearch().entity} />;
}

function ImportArea({ entity }: { entity: ImportEntity }) {
  const { can } = useSession();
  if (!can("people.manage")) return <AccessDeniedPage area="People" />;
  return (
    <div className="page page-wide">
      <PageHeader
        title={`Import ${NOUN[entity]}`}
        documentTitle={`Import ${NOUN[entity]} · People`}
        description={
          entity === "people"
            ? "Add or update people from a CSV file: a row updates the person with its email, or creates one."
            : "Add or update companies from a CSV file: a row updates the company with its domain, or creates one."
        }
      />
      <PeopleNav current={entity === "people" ? "people" : "companies"} />
      <SiteRequired>
        {(siteId) => <ImportWizard key={`${siteId}:${entity}`} siteId={siteId} entity={entity} />}
      </SiteRequired>
    </div>
  );
}

function ImportWizard({ siteId, entity }: { siteId: string; entity: ImportEntity }) {
  const { upload, start } = useImportActions(siteId);
  const inputId = useId();
  const [preview, setPreview] = useState<ImportPreview | null>(null);
  const [mapping, setMapping] = useState<ImportMapping>([]);
  const run = useImport(siteId, preview?.import.id ?? null).data;
  const running = run?.status === "queued" || run?.status === "running";
  const ran = run && run.status !== "uploaded";

  const choose = (event: ChangeEvent<HTMLInputElement>) => {
    const file = event.target.files?.[0];
    setPreview(null);
    start.reset();
    if (!file) return upload.reset();
    upload.mutate(
      { entity, file },
      {
        onSuccess: (answer) => {
          setPreview(answer);
          setMapping(answer.suggested);
        },
      },
    );
  };
  const go = (dryRun: boolean) => {
    if (preview) start.mutate({ importId: preview.import.id, mapping, dryRun });
  };
  const list = entity === "people" ? "/people" : "/people/companies";

  return (
    <div className="stack import-wizard">
      <section className="card form" aria-labelledby="import-file">
        <h2 id="import-file">1. The file</h2>
        <div className="field">
          <label htmlFor={inputId}>CSV file</label>
          <input id={inputId} type="file" accept=".csv,text/csv" onChange={choose} disabled={running} />
          <p className="field-hint">
            UTF-8, a header row naming the columns, then one {entity === "people" ? "person" : "company"} a
            row. An export of this list imports back as it is.
          </p>
        </div>
        {upload.isPending && (
          <p className="loading" role="status">
            Reading the file…
          </p>
        )}
        <FormMessage error={upload.error} />
        {preview && (
          <p role="status">
            {preview.import.fileName}: {preview.import.totalRows.toLocaleString()} rows,{" "}
            {preview.import.columns.length} columns.
          </p>
        )}
      </section>

      {preview && (
        <section className="card form" aria-labelledby="import-mapping">
          <h2 id="import-mapping">2. Columns</h2>
          <p className="field-hint">
            {entity === "people"
              ? "Rows are matched to people by email (or by id, as exported). Empty cells change nothing."
              : "Rows are matched to companies by domain (or by id, as exported). Empty cells change nothing."}
          </p>
          <MappingTable preview={preview} mapping={mapping} onChange={setMapping} />
          <FormMessage error={start.error} />
          <div className="form-actions">
            <Button
              variant={ran ? "secondary" : "primary"}
              onPress={() => go(true)}
              disabled={running || start.isPending}
            >
              Dry run
            </Button>
          </div>
        </section>
      )}

      {preview && run && ran && (
        <section className="card form" aria-labelledby="import-run">
          <h2 id="import-run">3. {run.dryRun ? "Dry run" : "Import"}</h2>
          <ImportProgress run={run} />
          {!running && <ImportCounts siteId={siteId} run={run} />}
          <div className="form-actions">
            {run.dryRun && run.status === "done" && (
              <Button variant="primary" onPress={() => go(false)} disabled={start.isPending}>
                Import {(run.counts.created + run.counts.updated).toLocaleString()} {NOUN[entity]}
              </Button>
            )}
            {!run.dryRun && run.status === "done" && (
              <Link className="button button-primary" to={list}>
                Back to {NOUN[entity]}
              </Link>
            )}
          </div>
        </section>
      )}
    </div>
  );
}
