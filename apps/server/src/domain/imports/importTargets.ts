import type { FieldDefinition } from "@parley/protocol/fields";
import {
  type COMPANY_TARGETS,
  type ImportEntity,
  type ImportMapping,
  type PERSON_TARGETS,
} from "@parley/protocol/imports";
import { badRequest } from "../../errors";

export interface ImportTargetInfo {
  target: string;
  label: string;
  /** Header spellings (normalized: lower case, letters and digits only) it is suggested for. */
  aliases: string[];
}

const PERSON_LABELS: Record<(typeof PERSON_TARGETS)[number], [string, string[]]> = {
  id: ["Parley id", ["id", "personid"]],
  email: ["Email", ["email", "emailaddress", "mail"]],
  firstName: ["First name", ["firstname", "first", "givenname", "forename"]],
  lastName: ["Last name", ["lastname", "last", "surname", "familyname"]],
  phone: ["Phone", ["phone", "phonenumber", "telephone", "tel", "mobile"]],
  jobTitle: ["Job title", ["jobtitle", "title", "position", "role"]],
  company: [
    "Company (domain or name)",
    ["company", "companyname", "companydomain", "organization", "organisation", "account"],
  ],
};
const COMPANY_LABELS: Record<(typeof COMPANY_TARGETS)[number], [string, string[]]> = {
  id: ["Parley id", ["id", "companyid"]],
  name: ["Name", ["name", "companyname", "company", "organization", "organisation", "account"]],
  domain: ["Domain", ["domain", "website", "companydomain", "web"]],
  owner: ["Account owner (user's email)", ["owner", "owneremail", "accountowner"]],
};

export const normalizeHeader = (header: string): string => header.toLowerCase().replace(/[^a-z0-9]/g, "");

/** What an entity's columns may go to: its standard targets, then the site's custom fields. */
export function importTargets(entity: ImportEntity, fields: readonly FieldDefinition[]): ImportTargetInfo[] {
  const labels = entity === "people" ? PERSON_LABELS : COMPANY_LABELS;
  const fieldEntity = entity === "people" ? "person" : "company";
  return [
    ...Object.entries(labels).map(([target, [label, aliases]]) => ({ target, label, aliases })),
    ...fields
      .filter((f) => f.entity === fieldEntity && !f.builtIn)
      .map((f) => ({
        target: `fields.${f.key}`,
        label: f.label,
        aliases: [normalizeHeader(f.key), normalizeHeader(f.label)],
      })),
  ];
}

/**
 * A target per column from its header (exact spellings, any case, spaces and punctuation ignored:
 * "First Name", "first_name" and "firstName" all mean firstName); each target is offered once, to
 * the first column that fits; the rest "don't import".
 */
export function suggestMapping(
  columns: readonly string[],
  targets: readonly ImportTargetInfo[],
): ImportMapping {
  const used = new Set<string>();
  return columns.map((column) => {
    const name = normalizeHeader(column);
    const found =
      targets.find((t) => !used.has(t.target) && normalizeHeader(t.target) === name) ??
      targets.find((t) => !used.has(t.target) && t.aliases.includes(name));
    if (!found) return null;
    used.add(found.target);
    return found.target;
  });
}

/**
 * Refuses a mapping that does not fit the file or the entity: one target per column, each target
 * at most once, only targets of the entity, and the key to match rows by (people: email or id;
 * companies: domain or id).
 */
export function checkMapping(
  entity: ImportEntity,
  columns: readonly string[],
  mapping: ImportMapping,
  targets: readonly ImportTargetInfo[],
): void {
  const problems: { path: string; message: string }[] = [];
  if (mapping.length !== columns.length)
    problems.push({
      path: "/mapping",
      message: `must name a target (or null) for each of the file's ${columns.length} columns`,
    });
  const known = new Set(targets.map((t) => t.target));
  const seen = new Set<string>();
  mapping.forEach((target, i) => {
    if (target === null) return;
    if (!known.has(target))
      problems.push({ path: `/mapping/${i}`, message: `"${target}" is not a field of ${entity}` });
    else if (seen.has(target))
      problems.push({ path: `/mapping/${i}`, message: `"${target}" is mapped from more than one column` });
    seen.add(target);
  });
  const key = entity === "people" ? "email" : "domain";
  if (!seen.has(key) && !seen.has("id"))
    problems.push({
      path: "/mapping",
      message: `needs a column mapped to ${key} (or id) to match rows with existing ${entity}`,
    });
  if (problems.length)
    throw badRequest(`This mapping cannot be used: ${problems.map((p) => p.message).join("; ")}`, problems);
}
