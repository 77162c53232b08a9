import { UpdateCompanyBody } from "@parley/protocol/people";
import { nowIso } from "../../lib/clock";
import { newId } from "../../lib/ids";
import { parseJson, toJson } from "../../lib/json";
import type { CompanyTable } from "../../store/schema";
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
  const { byId, byKey } = await existingRecords(trx, "companies", siteId, "domain", domains, ids);
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
    const { id, owner, name, domain: domainCell } = r.values;
    const parsed = UpdateCompanyBody.safeParse({
      ...(name !== undefined && { name }),
      ...(domainCell !== undefined && { domain: domainCell }),
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
      failRow(outcome, r, problems.join("; "));
      continue;
    }
    const input = parsed.data;
    const domain = input.domain ?? undefined;
    const match = matchRow(bc.seen, {
      row: r.row,
      id,
      key: domain,
      byId,
      byKey,
      keyName: "domain",
      noun: "company",
      createProblem: () => (input.name ? null : "needs a name to create a company"),
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
    const fields = mergedFields(current.fields, r.fields);
    if (fields) changes.fields = fields;
    await applyChanges(bc, outcome, "companies", current.id, changes, now);
  }
  if (!bc.dryRun) await insertAll(trx, "companies", inserts);
  return outcome;
}
