import type { Kysely } from "kysely";
import type { Database } from "../../store/schema";

export interface SiteDialogue {
  id: string;
  name: string;
  kind: string;
  status: string;
  publishedVersion: number | null;
}

/** The site's dialogues and flows by id, for the names in report rows. */
export async function siteDialogues(
  db: Kysely<Database>,
  siteId: string,
): Promise<Map<string, SiteDialogue>> {
  const rows = await db
    .selectFrom("dialogues")
    .select(["id", "name", "kind", "status", "published_version"])
    .where("site_id", "=", siteId)
    .execute();
  return new Map(
    rows.map((r) => [
      r.id,
      { id: r.id, name: r.name, kind: r.kind, status: r.status, publishedVersion: r.published_version },
    ]),
  );
}

/** How a report names a dialogue whose row is gone (its events stay). */
export const DELETED_DIALOGUE = "(deleted dialogue)";
