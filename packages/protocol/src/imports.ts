import { z } from "zod";
import { Id, Timestamp } from "./common";
import { CompanyListQuery, fieldFilterNeedsValue, fieldFilterProblem, PeopleListFields } from "./directory";

/**
 * CSV import and export of people and companies (docs/csv-import-export.md). A file is uploaded
 * (checked and stored in the database, so any node can run its job), previewed with a suggested
 * mapping of its columns, then run as a dry run (nothing written) or for real, by a durable job
 * that commits a batch of rows at a time and reports its progress.
 */

export const IMPORT_ENTITIES = ["people", "companies"] as const;
export const ImportEntity = z.enum(IMPORT_ENTITIES);
export type ImportEntity = z.infer<typeof ImportEntity>;

/** Largest file an upload takes (64 MiB: about 500,000 rows of a typical people export). */
export const IMPORT_MAX_BYTES = 64 * 1024 * 1024;

/**
 * Where one column goes. Standard fields by their API name; `company` (people: a company of the
 * site by domain, else by name); `owner` (companies: the account owner's email); `id` (a Parley id,
 * as exported: the row updates that record); `fields.<key>` a custom field. null: not imported.
 */
export const PERSON_TARGETS = [
  "id",
  "email",
  "firstName",
  "lastName",
  "phone",
  "jobTitle",
  "company",
] as const;
export const COMPANY_TARGETS = ["id", "name", "domain", "owner"] as const;
export const ImportTarget = z
  .string()
  .regex(
    /^(id|email|firstName|lastName|phone|jobTitle|company|name|domain|owner|fields\.[a-zA-Z][a-zA-Z0-9_]{0,62})$/,
    "must be a field to import into",
  )
  .nullable();
/** One target per column of the file, in the header's order. */
export const ImportMapping = z.array(ImportTarget).max(500);
export type ImportMapping = z.infer<typeof ImportMapping>;

/** uploading → uploaded (waits for a mapping) → queued → running → done | failed. */
export const IMPORT_STATUSES = ["uploading", "uploaded", "queued", "running", "done", "failed"] as const;
export const ImportStatus = z.enum(IMPORT_STATUSES);

export const ImportCounts = z.object({
  /** New records (a dry run: would be created). */
  created: z.number().int(),
  /** Existing records with at least one value changed. */
  updated: z.number().int(),
  /** Existing records the row would not change (every value already so). */
  skipped: z.number().int(),
  /** Rows refused, each with its error in the error file. */
  failed: z.number().int(),
});
export type ImportCounts = z.infer<typeof ImportCounts>;

export const ImportRowError = z.object({
  /** The row in the file as a spreadsheet numbers it: the header is row 1. */
  row: z.number().int(),
  message: z.string(),
});
export type ImportRowError = z.infer<typeof ImportRowError>;

export const Import = z.object({
  id: Id,
  siteId: Id,
  entity: ImportEntity,
  fileName: z.string(),
  /** Size of the file in bytes and its number of data rows (blank lines not counted). */
  fileBytes: z.number().int(),
  totalRows: z.number().int(),
  columns: z.array(z.string()),
  mapping: ImportMapping.nullable(),
  /** Whether the current (or last) run is a dry run. */
  dryRun: z.boolean(),
  status: ImportStatus,
  /** Rows of the file the run has gone through (committed batches only). */
  rowsProcessed: z.number().int(),
  counts: ImportCounts,
  /** Why the run failed (the file, or a server error), when status is failed. */
  error: z.string().nullable(),
  /** The first errors of the run's rows (the whole list is the error file). */
  rowErrors: z.array(ImportRowError),
  createdBy: Id.nullable(),
  createdAt: Timestamp,
  startedAt: Timestamp.nullable(),
  finishedAt: Timestamp.nullable(),
});
export type Import = z.infer<typeof Import>;

/** The upload's answer: the import, its first rows as text and a suggested mapping. */
export const ImportPreview = z.object({
  import: Import,
  rows: z.array(z.array(z.string())),
  suggested: ImportMapping,
  /** Every target the file may map to, with a label (custom fields of the site included). */
  targets: z.array(z.object({ target: z.string(), label: z.string() })),
});
export type ImportPreview = z.infer<typeof ImportPreview>;

export const UploadImportQuery = z.strictObject({
  entity: ImportEntity,
  fileName: z.string().trim().min(1).max(200).default("import.csv"),
});

export const StartImportBody = z.strictObject({
  mapping: ImportMapping,
  dryRun: z.boolean(),
});

export const ImportIdParams = z.strictObject({ siteId: Id, importId: Id });

export const ImportList = z.object({ items: z.array(Import) });

/** Export of the People list with its filters (no paging: every match). */
export const PeopleExportQuery = PeopleListFields.omit({ limit: true, cursor: true }).refine(
  fieldFilterNeedsValue,
  fieldFilterProblem,
);
export const CompaniesExportQuery = CompanyListQuery.omit({ limit: true, cursor: true });
