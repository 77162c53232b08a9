import type { AccountRoute, AgentSummary } from "@parley/protocol/liveChat";

/** The import's header: a domain, and its owner by email. */
export const ACCOUNT_CSV_HEADER = "domain,owner";

/** A CSV cell: quoted when it holds a comma, a quote or a line break (RFC 4180). */
function cell(value: string): string {
  return /[",\r\n]/.test(value) ? `"${value.replaceAll('"', '""')}"` : value;
}

/**
 * The import template: the header, then the account list's domain entries with their owners' emails,
 * so that the download can be edited and imported again. Company entries have no domain to write and
 * are left out; so are owners who are no longer agents of the site (their email is unknown here).
 */
export function accountCsv(routes: readonly AccountRoute[], agents: readonly AgentSummary[]): string {
  const emails = new Map(agents.map((a) => [a.id, a.email]));
  const lines = [ACCOUNT_CSV_HEADER];
  for (const route of routes) {
    const email = emails.get(route.ownerId);
    if (route.domain && email) lines.push(`${cell(route.domain)},${cell(email)}`);
  }
  return `${lines.join("\r\n")}\r\n`;
}
