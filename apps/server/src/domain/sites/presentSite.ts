import { Branding, type Site, SiteLanguage } from "@parley/protocol/sites";
import { parseJson } from "../../lib/json";
import type { SiteTable } from "../../store/schema";

export const presentSite = (row: SiteTable): Site => ({
  id: row.id,
  name: row.name,
  siteKey: row.site_key,
  allowedDomains: parseJson<string[]>(row.allowed_domains, []),
  // Parsing fills defaults added after the site was saved.
  branding: Branding.parse(parseJson<object>(row.branding, {})),
  chatEnabled: row.chat_enabled === 1,
  blockedEmailDomains: parseJson<string[]>(row.blocked_email_domains, []),
  privacyUrl: row.privacy_url,
  language: SiteLanguage.parse(row.language),
  restartAfterDays: row.restart_after_days,
  timeZone: row.time_zone,
  createdAt: row.created_at,
});
