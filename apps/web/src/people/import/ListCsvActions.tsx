import type { ImportEntity } from "@parley/protocol/imports";
import { Link } from "@tanstack/react-router";
import { useSession } from "../../session/SessionContext";
import { queryString } from "../queryString";

/**
 * The list's "Import CSV" and "Export CSV" (the list as filtered and sorted now), for those who may
 * manage people (product.md §10: "Edit, import and export people and companies").
 */
export function ListCsvActions({
  siteId,
  entity,
  query,
}: {
  siteId: string;
  entity: ImportEntity;
  query: Record<string, string | number | undefined>;
}) {
  const { can } = useSession();
  if (!can("people.manage")) return null;
  return (
    <div className="list-csv-actions">
      <Link className="button button-secondary" to="/people/import" search={{ entity }}>
        Import CSV
      </Link>
      <a
        className="button button-secondary"
        href={`/api/sites/${siteId}/${entity}.csv${queryString(query)}`}
        download
      >
        Export CSV
      </a>
    </div>
  );
}
