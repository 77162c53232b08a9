import { Domain } from "@parley/protocol/common";
import type { ImportAccountRoutesResult } from "@parley/protocol/liveChat";
import { CsvError, parse } from "csv-parse/sync";
import type { Kysely } from "kysely";
import { invalidField } from "../../errors";
import { nowIso } from "../../lib/clock";
import { CSV_READ_OPTIONS } from "../../lib/csvRead";
import { newId } from "../../lib/ids";
import type { Database } from "../../store/schema";
import { siteAgentsByEmail } from "../agents/siteAgentsByEmail";

type Row = { key: string; domain: string | null; companyId: string | null; ownerId: string };
type Parsed = { record: Record<string, string | undefined>; info: { lines: number } };

/** The header row's column names (lower case) and each following line by name, with its line number. */
function readCsv(csv: string): { columns: string[]; records: Parsed[] } {
  let lines: { record: string[]; info: { lines: number } }[];
  try {
    lines = parse(csv, {
      ...CSV_READ_OPTIONS,
      skip_empty_lines: true,
      trim: true,
      info: true,
    }) as unknown as typeof lines;
  } catch (error) {
    if (error instanceof CsvError) throw invalidField("csv", `cannot be read: ${error.message}`);
    throw error;
  }
  const columns = (lines[0]?.record ?? []).map((h) => h.toLowerCase());
  const records = lines.slice(1).map(({ record, info }) => ({
    record: Object.fromEntries(columns.map((c, i) => [c, record[i]])),
    info,
  }));
  return { columns, records };
}

/**
 * Imports the account list from CSV with a header row: `domain,owner` or `company,owner` (owner:
 * the agent's email; company: a company of the site by domain or name). Every line is checked first;
 * a dry run writes nothing, and neither does a real run with any failed line (all or nothing).
 * Counts: created, updated (the owner changed), unchanged.
 */
export async function importAccountRoutes(
  db: Kysely<Database>,
  siteId: string,
  input: { csv: string; dryRun: boolean },
): Promise<ImportAccountRoutesResult> {
  const { columns, records } = readCsv(input.csv);
  if (!columns.includes("owner") || !(columns.includes("domain") || columns.includes("company")))
    throw invalidField("csv", "needs a header row: domain,owner (or company,owner)");

  return db.transaction().execute(async (trx) => {
    const owners = await siteAgentsByEmail(trx, siteId);
    const companies = columns.includes("company")
      ? await trx
          .selectFrom("companies")
          .select(["id", "name", "domain"])
          .where("site_id", "=", siteId)
          .execute()
      : [];
    const existing = new Map(
      (
        await trx
          .selectFrom("account_routes")
          .select(["id", "domain", "company_id", "owner_id"])
          .where("site_id", "=", siteId)
          .execute()
      ).map((r) => [r.domain ? `d:${r.domain}` : `c:${r.company_id}`, r]),
    );
    const failed: ImportAccountRoutesResult["failed"] = [];
    const firstLine = new Map<string, number>();
    const rows: Row[] = [];
    for (const { record, info } of records) {
      const fail = (message: string) => failed.push({ line: info.lines, message });
      const domainText = record.domain ?? "";
      const companyText = record.company ?? "";
      if (domainText && companyText) {
        fail("give a domain or a company, not both");
        continue;
      }
      let target: Omit<Row, "ownerId"> | null = null;
      if (domainText) {
        const domain = Domain.safeParse(domainText);
        if (!domain.success) fail(`"${domainText}" is not a domain such as example.com`);
        else target = { key: `d:${domain.data}`, domain: domain.data, companyId: null };
      } else if (companyText) {
        const wanted = companyText.toLowerCase();
        const company =
          companies.find((c) => c.domain?.toLowerCase() === wanted) ??
          companies.find((c) => c.name.toLowerCase() === wanted);
        if (!company) fail(`no company "${companyText}" on this site`);
        else target = { key: `c:${company.id}`, domain: null, companyId: company.id };
      } else fail("has neither a domain nor a company");
      const owner = owners.get((record.owner ?? "").toLowerCase());
      if (!owner) fail(`"${record.owner ?? ""}" is not an agent who answers live chats on this site`);
      if (!target || !owner) continue;
      const seen = firstLine.get(target.key);
      if (seen !== undefined) {
        fail(`${domainText || companyText} is already on line ${seen} of the file`);
        continue;
      }
      firstLine.set(target.key, info.lines);
      rows.push({ ...target, ownerId: owner.id });
    }

    const counts = { created: 0, updated: 0, unchanged: 0 };
    for (const row of rows) {
      const before = existing.get(row.key);
      counts[!before ? "created" : before.owner_id === row.ownerId ? "unchanged" : "updated"] += 1;
    }
    if (input.dryRun) return { ...counts, failed, dryRun: true };
    if (failed.length) return { created: 0, updated: 0, unchanged: 0, failed, dryRun: false };
    const now = nowIso();
    for (const row of rows) {
      const before = existing.get(row.key);
      if (!before)
        await trx
          .insertInto("account_routes")
          .values({
            id: newId(),
            site_id: siteId,
            domain: row.domain,
            company_id: row.companyId,
            owner_id: row.ownerId,
            created_at: now,
          })
          .execute();
      else if (before.owner_id !== row.ownerId)
        await trx
          .updateTable("account_routes")
          .set({ owner_id: row.ownerId })
          .where("id", "=", before.id)
          .execute();
    }
    return { ...counts, failed, dryRun: false };
  });
}
