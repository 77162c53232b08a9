import { UpdateCompanyBody } from "@parley/protocol/people";
import { nowIso } from "../../lib/clock";
import { newId } from "../../lib/ids";
import { parseJson, toJson } from "../../lib/json";
import type { CompanyTable } from "../../store/schema";
import {
  type BatchContext,
  type BatchOutcome,
  type BatchRow,
  duplicateOf,
  noCounts,
  unique,
} from "./importBatch";
import { type FieldValue, issuesText, readImportRow, sameValue } from "./readImportRow";

/**
 * One batch of a companies import: each row checked with the protocol's schema, matched by `id`
 * (a company of this site) or else by domain, then created (a name is needed), updated with what
 * differs, or skipped. `owner` is a user's email; the user must reach this site. A row that meets
 * a company or domain an earlier row took fails as its duplicate. A dry run writes nothing.
 */
export async function importCompaniesBatch(
  bc: BatchContext,
  rows: readonly BatchRow[],
): Promise<BatchOutcome> {
  const { trx, siteId } = bc;
  const outcome: BatchOutcome = { counts: noCounts(), errors: [] };
  const read = rows.map((r) => ({ ...r, ...readImportRow(r.cells, bc.mapping, bc.defs, "company") }));
  const domains = unique(read.map((r) => r.values.domain?.trim().toLowerCase()));
  const ids = unique(read.map((r) => r.values.id));
  const existing = [
    ...(domains.length
      ? await trx
          .selectFrom("companies")
          .selectAll()
          .where("site_id", "=", siteId)
          .where("domain", "in", domains)
          .execute()
      : []),
    ...(ids.length
      ? await trx
          .selectFrom("companies")
          .selectAll()
          .where("site_id", "=", siteId)
          .where("id", "in", ids)
          .execute()
      : []),
  ];
  const byId = new Map(existing.map((c) => [c.id, c]));
  const byDomain = new Map(existing.filter((c) => c.domain).map((c) => [c.domain as string, c]));
  const ownerEmails = unique(read.map((r) => r.values.owner?.trim().toLowerCase()));
  const owners = ownerEmails.length
    ? await trx
        .selectFrom("users")
        .select(["id", "email", "site_ids", "active"])
        .where("email", "in", ownerEmails)
        .execute()
    : [];

  const inserts: CompanyTable[] = [];
  const now = nowIso();
  for (const r of read) {
    const fail = (message: string) => {
      outcome.counts.failed += 1;
      outcome.errors.push({ row: r.row, cells: r.cells, message });
    };
    const { id, owner, ...standard } = r.values;
    delete standard.domain;
    const parsed = UpdateCompanyBody.safeParse({
      ...(standard.name !== undefined && { name: standard.name }),
      ...(r.values.domain !== undefined && { domain: r.values.domain }),
    });
    const problems = [...(parsed.success ? [] : [issuesText(parsed.error)]), ...r.problems];
    let ownerId: string | undefined;
    if (owner !== undefined) {
      const user = owners.find((u) => u.email === owner.trim().toLowerCase());
      const sites = user ? parseJson<string[] | null>(user.site_ids, null) : [];
      if (!user || Number(user.active) !== 1 || (sites !== null && !sites.includes(siteId)))
        problems.push(`owner ${owner} is not a user of this site`);
      else ownerId = user.id;
    }
    if (problems.length || !parsed.success) {
      fail(problems.join("; "));
      continue;
    }
    const input = parsed.data;
    const domain = input.domain ?? undefined;
    let current: CompanyTable | undefined;
    if (id !== undefined) {
      current = byId.get(id);
      if (!current) {
        fail(`id ${id} is not a company of this site`);
        continue;
      }
      const holder = domain ? byDomain.get(domain) : undefined;
      if (holder && holder.id !== current.id) {
        fail(`domain ${domain} is already the domain of another company`);
        continue;
      }
    } else if (!domain) {
      fail("needs a domain (or the id of a company of this site)");
      continue;
    } else current = byDomain.get(domain);
    if (!current && !input.name) {
      fail("needs a name to create a company");
      continue;
    }
    const keys = [...(current ? [`record:${current.id}`] : []), ...(domain ? [`domain:${domain}`] : [])];
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
        name: input.name ?? "",
        domain: domain ?? null,
        owner_id: ownerId ?? null,
        fields: toJson(r.fields),
        created_at: now,
        updated_at: now,
      });
      continue;
    }
    const changes: Partial<CompanyTable> = {};
    if (input.name !== undefined && input.name !== current.name) changes.name = input.name;
    if (domain !== undefined && domain !== current.domain) changes.domain = domain;
    if (ownerId !== undefined && ownerId !== current.owner_id) changes.owner_id = ownerId;
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
        .updateTable("companies")
        .set({ ...changes, updated_at: now })
        .where("id", "=", current.id)
        .execute();
  }
  if (!bc.dryRun)
    for (let i = 0; i < inserts.length; i += 50)
      await trx
        .insertInto("companies")
        .values(inserts.slice(i, i + 50))
        .execute();
  return outcome;
}
