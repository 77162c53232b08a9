import { UpdatePersonBody } from "@parley/protocol/people";
import { nowIso } from "../../lib/clock";
import { newId } from "../../lib/ids";
import { toJson } from "../../lib/json";
import type { PersonTable } from "../../store/schema";
import { PERSON_COLUMNS as COLUMNS } from "../people/fieldFilter";
import { companyKeys } from "../people/listCompanies";
import {
  type BatchContext,
  type BatchOutcome,
  type BatchRow,
  applyChanges,
  existingRecords,
  failRow,
  insertAll,
  matchRow,
  mergedFields,
  noCounts,
  unique,
} from "./importBatch";
import { issuesText, readImportRow } from "./readImportRow";

type Standard = keyof typeof COLUMNS;

/**
 * One batch of a people import. Each row is read under the mapping and checked with the protocol's
 * schema (as an edit in the app would be), then matched: by `id` when given (a person of this site),
 * else by email. Unknown email: created (its company, when not given, is the one of its email's
 * domain, as the app does); known: updated with the values that differ, or skipped when none does.
 * A row that meets a person or email an earlier row of the file took fails as its duplicate.
 * Writes nothing on a dry run; the counts are the same.
 */
export async function importPeopleBatch(bc: BatchContext, rows: readonly BatchRow[]): Promise<BatchOutcome> {
  const { trx, siteId } = bc;
  const outcome: BatchOutcome = { counts: noCounts(), errors: [] };
  const read = rows.map((r) => ({ ...r, ...readImportRow(r.cells, bc.mapping, bc.defs, "person") }));
  const emails = unique(read.map((r) => r.values.email?.trim().toLowerCase()));
  const ids = unique(read.map((r) => r.values.id));
  const { byId, byKey } = await existingRecords(trx, "people", siteId, "email", emails, ids);
  const companies = await companyLookup(bc, [
    ...read.map((r) => r.values.company),
    ...emails.map((e) => e.split("@")[1]),
  ]);

  const inserts: PersonTable[] = [];
  const now = nowIso();
  for (const r of read) {
    const parsed = UpdatePersonBody.safeParse(standardOf(r.values));
    const problems = [...(parsed.success ? [] : [issuesText(parsed.error)]), ...r.problems];
    let companyId: string | undefined;
    if (r.values.company !== undefined) {
      const found = companies.find(r.values.company);
      if (typeof found === "string") companyId = found;
      else problems.push(found.problem);
    }
    if (problems.length || !parsed.success) {
      failRow(outcome, r, problems.join("; "));
      continue;
    }
    const input = parsed.data;
    const email = input.email ?? undefined;
    const match = matchRow(bc.seen, {
      row: r.row,
      id: r.values.id,
      key: email,
      byId,
      byKey,
      keyName: "email",
      noun: "person",
    });
    if ("error" in match) {
      failRow(outcome, r, match.error);
      continue;
    }
    const { current } = match;
    if (!current) {
      outcome.counts.created += 1;
      inserts.push({
        id: newId(),
        site_id: siteId,
        email: email ?? null,
        first_name: input.firstName ?? null,
        last_name: input.lastName ?? null,
        phone: input.phone ?? null,
        job_title: input.jobTitle ?? null,
        company_id: companyId ?? companies.byDomain(email?.split("@")[1]) ?? null,
        fields: toJson(r.fields),
        created_at: now,
        updated_at: now,
      });
      continue;
    }
    const changes: Partial<PersonTable> = {};
    for (const [name, column] of Object.entries(COLUMNS) as [Standard, (typeof COLUMNS)[Standard]][]) {
      const value = input[name];
      if (value !== undefined && value !== current[column]) changes[column] = value;
    }
    if (companyId !== undefined && companyId !== current.company_id) changes.company_id = companyId;
    const fields = mergedFields(current.fields, r.fields);
    if (fields) changes.fields = fields;
    await applyChanges(bc, outcome, "people", current.id, changes, now);
  }
  if (!bc.dryRun) await insertAll(trx, "people", inserts);
  return outcome;
}

function standardOf(values: Record<string, string>): Record<string, string> {
  const out: Record<string, string> = {};
  for (const name of Object.keys(COLUMNS)) if (values[name] !== undefined) out[name] = values[name];
  return out;
}

/**
 * The batch's companies, read once: a `company` cell names one by its domain, else by its name (any
 * case); a name two companies share is ambiguous.
 */
async function companyLookup(bc: BatchContext, wanted: (string | undefined)[]) {
  const texts = unique(wanted.map((w) => w?.trim().toLowerCase()));
  const nameKey = companyKeys(bc.kind).name;
  const rows = texts.length
    ? await bc.trx
        .selectFrom("companies")
        .select(["id", "name", "domain"])
        .where("site_id", "=", bc.siteId)
        .where((eb) => eb.or([eb("domain", "in", texts), eb(nameKey, "in", texts)]))
        .execute()
    : [];
  const byDomain = new Map(rows.filter((c) => c.domain).map((c) => [c.domain as string, c.id]));
  return {
    byDomain: (domain: string | undefined) => (domain ? byDomain.get(domain) : undefined),
    find(text: string): string | { problem: string } {
      const key = text.trim().toLowerCase();
      const domain = byDomain.get(key);
      if (domain) return domain;
      const named = rows.filter((c) => c.name.toLowerCase() === key);
      if (named.length === 1 && named[0]) return named[0].id;
      if (named.length > 1)
        return { problem: `company "${text}" names ${named.length} companies; give its domain` };
      return { problem: `company "${text}" is not a company of this site (by domain or name)` };
    },
  };
}
