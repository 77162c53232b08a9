import { UpdatePersonBody } from "@parley/protocol/people";
import { toJson, parseJson } from "../../lib/json";
import { newId } from "../../lib/ids";
import { nowIso } from "../../lib/clock";
import type { PersonTable } from "../../store/schema";
import { companyKeys } from "../people/listCompanies";
import {
  type BatchContext,
  type BatchOutcome,
  type BatchRow,
  duplicateOf,
  noCounts,
  unique,
} from "./importBatch";
import { type FieldValue, issuesText, readImportRow, sameValue } from "./readImportRow";

const COLUMNS = {
  email: "email",
  firstName: "first_name",
  lastName: "last_name",
  phone: "phone",
  jobTitle: "job_title",
} as const;
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
  const existing = [
    ...(emails.length
      ? await trx
          .selectFrom("people")
          .selectAll()
          .where("site_id", "=", siteId)
          .where("email", "in", emails)
          .execute()
      : []),
    ...(ids.length
      ? await trx
          .selectFrom("people")
          .selectAll()
          .where("site_id", "=", siteId)
          .where("id", "in", ids)
          .execute()
      : []),
  ];
  const byId = new Map(existing.map((p) => [p.id, p]));
  const byEmail = new Map(existing.filter((p) => p.email).map((p) => [p.email as string, p]));
  const companies = await companyLookup(bc, [
    ...read.map((r) => r.values.company),
    ...emails.map((e) => e.split("@")[1]),
  ]);

  const inserts: PersonTable[] = [];
  const now = nowIso();
  for (const r of read) {
    const fail = (message: string) => {
      outcome.counts.failed += 1;
      outcome.errors.push({ row: r.row, cells: r.cells, message });
    };
    const parsed = UpdatePersonBody.safeParse(standardOf(r.values));
    const problems = [...(parsed.success ? [] : [issuesText(parsed.error)]), ...r.problems];
    let companyId: string | null | undefined;
    if (r.values.company !== undefined) {
      const found = companies.find(r.values.company);
      if (typeof found === "string") companyId = found;
      else problems.push(found.problem);
    }
    if (problems.length || !parsed.success) {
      fail(problems.join("; "));
      continue;
    }
    const input = parsed.data;
    const email = input.email ?? undefined;
    let current: PersonTable | undefined;
    if (r.values.id !== undefined) {
      current = byId.get(r.values.id);
      if (!current) {
        fail(`id ${r.values.id} is not a person of this site`);
        continue;
      }
      const owner = email ? byEmail.get(email) : undefined;
      if (owner && owner.id !== current.id) {
        fail(`email ${email} is already the email of another person`);
        continue;
      }
    } else if (!email) {
      fail("needs an email (or the id of a person of this site)");
      continue;
    } else current = byEmail.get(email);
    const keys = [...(current ? [`record:${current.id}`] : []), ...(email ? [`email:${email}`] : [])];
    const first = duplicateOf(bc.seen, keys, r.row);
    if (first !== null) {
      fail(`duplicate of row ${first}`);
      continue;
    }

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
    const fields = parseJson<Record<string, FieldValue>>(current.fields, {});
    const changedFields = Object.entries(r.fields).filter(([key, value]) => !sameValue(fields[key], value));
    if (changedFields.length) changes.fields = toJson({ ...fields, ...Object.fromEntries(changedFields) });
    if (Object.keys(changes).length === 0) {
      outcome.counts.skipped += 1;
      continue;
    }
    outcome.counts.updated += 1;
    if (!bc.dryRun)
      await trx
        .updateTable("people")
        .set({ ...changes, updated_at: now })
        .where("id", "=", current.id)
        .execute();
  }
  if (!bc.dryRun)
    for (let i = 0; i < inserts.length; i += 50)
      await trx
        .insertInto("people")
        .values(inserts.slice(i, i + 50))
        .execute();
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
