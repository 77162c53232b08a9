import { Readable } from "node:stream";
import { SiteParams } from "@parley/protocol/common";
import {
  CompaniesExportQuery,
  Import,
  IMPORT_MAX_BYTES,
  ImportIdParams,
  ImportList,
  ImportPreview,
  PeopleExportQuery,
  StartImportBody,
  UploadImportQuery,
} from "@parley/protocol/imports";
import type { IncomingMessage } from "node:http";
import { z } from "zod";
import type { Actor } from "../../domain/auth/actor";
import { exportCompaniesCsv, exportPeopleCsv } from "../../domain/imports/exportCsv";
import { importErrorsCsv } from "../../domain/imports/importErrorsCsv";
import { getImport, getImportRow, listImports } from "../../domain/imports/importStore";
import { startImport } from "../../domain/imports/startImport";
import { uploadImport } from "../../domain/imports/uploadImport";
import { AppError } from "../../errors";
import { clock } from "../../lib/clock";
import { parseJson } from "../../lib/json";
import type { App, AppContext } from "../context";
import { importExamples } from "./importExamples";

const tags = ["imports"];
// product.md §10: people.manage is "Edit, import and export people and companies".
const POLICY = "people.manage";

const csvReply = (fileName: string) => ({
  "content-type": "text/csv; charset=utf-8",
  "content-disposition": `attachment; filename="${fileName}"`,
});
const today = () => new Date(clock().now()).toISOString().slice(0, 10);
const MIB = IMPORT_MAX_BYTES / 1024 / 1024;
/** The types the upload takes (either is how spreadsheets and browsers name CSV). */
const CSV_TYPES = ["text/csv", "application/csv"];

/**
 * The upload's body as the OpenAPI document shows it: the CSV file itself, as text. It validates
 * nothing: the route hands the stream to uploadImport, which checks it as it arrives.
 */
const CsvFileBody = z.unknown().meta({
  type: "string",
  contentMediaType: "text/csv",
  description: `The CSV file, UTF-8 (a BOM is fine), RFC 4180 quoting, a header row naming the columns then one record a row; at most ${MIB} MiB (${IMPORT_MAX_BYTES} bytes).`,
});

/** CSV import (upload, preview, dry run, run, progress, error file) and export of people and companies. */
export async function importRoutes(app: App, ctx: AppContext): Promise<void> {
  const { db } = ctx.store;
  await app.register(async (scope) => {
    // The upload's body is read by the command as it arrives (into the database), never whole in
    // memory. Any type reaches the route, which answers clearly when it is not CSV.
    scope.addContentTypeParser("*", (_request, payload, done) => done(null, payload));
    (scope as unknown as App).post(
      "/api/sites/:siteId/imports",
      {
        schema: {
          tags,
          summary: "Upload a CSV file to import",
          description: `The body is the file itself, sent as it is (not multipart): \`Content-Type: text/csv\` (or \`application/csv\`), UTF-8, a header row first, at most ${MIB} MiB. It is checked as it arrives (encoding, CSV syntax, a header, at least one row) and kept for its run; the answer holds the header, the first rows and a suggested mapping of each column. A refused file leaves nothing behind. Errors: \`400\` another content type, a file that is empty, not UTF-8 ("near byte N"), not valid CSV ("… at line N"), without a header row or without rows (\`details\` names \`/file\`), or a bad \`entity\`/\`fileName\`; \`413\` a file over ${MIB} MiB (by its \`Content-Length\`, or counted as it arrives).`,
          params: SiteParams,
          querystring: UploadImportQuery,
          consumes: CSV_TYPES,
          body: CsvFileBody,
          response: { 201: ImportPreview },
        },
        config: { policy: POLICY, errors: [413], examples: importExamples.upload },
      },
      async (request, reply) => {
        const type = request.headers["content-type"] ?? "";
        if (!/^(text|application)\/csv\b/i.test(type))
          throw new AppError("bad_request", "Send the file as CSV, with Content-Type: text/csv");
        if (Number(request.headers["content-length"] ?? 0) > IMPORT_MAX_BYTES)
          throw new AppError("payload_too_large", `The file is larger than ${MIB} MiB`);
        const preview = await uploadImport(db, request.actor as Actor, request.params.siteId, {
          entity: request.query.entity,
          fileName: request.query.fileName,
          body: request.body as IncomingMessage,
        });
        return reply.status(201).send(preview);
      },
    );
  });
  app.get(
    "/api/sites/:siteId/imports",
    {
      schema: {
        tags,
        summary: "List the site's imports",
        description: "The site's 20 latest imports, newest first, each with its status, progress and counts.",
        params: SiteParams,
        response: { 200: ImportList },
      },
      config: { examples: importExamples.list, policy: POLICY },
    },
    async (request) => ({ items: await listImports(db, request.params.siteId) }),
  );
  app.get(
    "/api/sites/:siteId/imports/:importId",
    {
      schema: {
        tags,
        summary: "Read an import",
        description:
          "An import's status (queued, running, done, failed), rows processed of its total, its counts (created, updated, skipped, failed) and its first row errors. The app also hears `import.progress` after each batch.",
        params: ImportIdParams,
        response: { 200: Import },
      },
      config: { examples: importExamples.get, policy: POLICY },
    },
    async (request) => getImport(db, request.params.siteId, request.params.importId),
  );
  app.post(
    "/api/sites/:siteId/imports/:importId/start",
    {
      schema: {
        tags,
        summary: "Run an import (dry run or real)",
        description:
          "Starts a run with a mapping (one target or null per column): a dry run writes nothing and gives the counts and errors the import would; the real run updates or creates people (by id or email) or companies (by id or domain), a batch at a time, as a durable job. A file is imported once; a dry run may be repeated.",
        params: ImportIdParams,
        body: StartImportBody,
        response: { 202: Import },
      },
      config: { examples: importExamples.start, policy: POLICY, errors: [409] },
    },
    async (request, reply) =>
      reply
        .status(202)
        .send(
          await startImport(
            ctx,
            request.actor as Actor,
            request.params.siteId,
            request.params.importId,
            request.body,
          ),
        ),
  );
  app.get(
    "/api/sites/:siteId/imports/:importId/errors.csv",
    {
      schema: {
        tags,
        summary: "Download an import's error file",
        description:
          "The refused rows of the import's last run as CSV: `row` (as a spreadsheet numbers it) and `error` in front, then the row's cells under the file's header.",
        params: ImportIdParams,
        response: { 200: z.string() },
      },
      config: { policy: POLICY },
    },
    async (request, reply) => {
      const row = await getImportRow(db, request.params.siteId, request.params.importId);
      const name = row.file_name.replace(/\.csv$/i, "").replace(/[^\w.-]+/g, "_");
      const lines = importErrorsCsv(db, row.id, parseJson<string[]>(row.columns, []));
      return reply.headers(csvReply(`${name}-errors.csv`)).send(Readable.from(lines) as unknown as string);
    },
  );
  app.get(
    "/api/sites/:siteId/people.csv",
    {
      schema: {
        tags,
        summary: "Export people as CSV",
        description:
          "Every person the People list shows with these filters and this order (no paging), streamed: id, the standard fields, company (domain, or name), each custom field, createdAt, updatedAt. Formula-safe; imports back unchanged.",
        params: SiteParams,
        querystring: PeopleExportQuery,
        response: { 200: z.string() },
      },
      config: { examples: importExamples.peopleCsv, policy: POLICY },
    },
    async (request, reply) => {
      const lines = await exportPeopleCsv(ctx.store, request.params.siteId, request.query);
      return reply.headers(csvReply(`people-${today()}.csv`)).send(Readable.from(lines) as unknown as string);
    },
  );
  app.get(
    "/api/sites/:siteId/companies.csv",
    {
      schema: {
        tags,
        summary: "Export companies as CSV",
        description:
          "Every company the Companies list shows with this search and order, streamed: id, name, domain, owner (email), each custom field, peopleCount, createdAt, updatedAt. Formula-safe; imports back unchanged.",
        params: SiteParams,
        querystring: CompaniesExportQuery,
        response: { 200: z.string() },
      },
      config: { examples: importExamples.companiesCsv, policy: POLICY },
    },
    async (request, reply) => {
      const lines = await exportCompaniesCsv(ctx.store, request.params.siteId, request.query);
      return reply
        .headers(csvReply(`companies-${today()}.csv`))
        .send(Readable.from(lines) as unknown as string);
    },
  );
}
