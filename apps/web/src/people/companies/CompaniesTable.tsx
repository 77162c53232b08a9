import type { CompanyListItem, CompanySort, SortOrder } from "@parley/protocol/directory";
import { Link } from "@tanstack/react-router";
import { formatDate } from "../../ui/formatDate";
import { SortHeader } from "../SortHeader";

interface CompaniesTableProps {
  companies: readonly CompanyListItem[];
  sort: CompanySort;
  order: SortOrder;
  onSort(sort: CompanySort, order: SortOrder): void;
}

/** Companies as a table (cards on narrow screens) with their people counts. */
export function CompaniesTable({ companies, sort, order, onSort }: CompaniesTableProps) {
  const header = { sort, order, onSort };
  return (
    <div className="table-wrap">
      <table className="table companies-table">
        <caption className="visually-hidden">Companies</caption>
        <thead>
          <tr>
            <SortHeader column="name" firstOrder="asc" {...header}>
              Name
            </SortHeader>
            <th scope="col">Domain</th>
            <th scope="col">People</th>
            <SortHeader column="created" firstOrder="desc" {...header}>
              Created
            </SortHeader>
            <SortHeader column="updated" firstOrder="desc" {...header}>
              Updated
            </SortHeader>
          </tr>
        </thead>
        <tbody>
          {companies.map((company) => (
            <tr key={company.id}>
              <td data-label="Name">
                <Link
                  to="/people/companies/$companyId"
                  params={{ companyId: company.id }}
                  className="cell-title"
                >
                  {company.name}
                </Link>
              </td>
              <td data-label="Domain">{company.domain ?? "—"}</td>
              <td data-label="People">{company.peopleCount}</td>
              <td data-label="Created">{formatDate(company.createdAt)}</td>
              <td data-label="Updated">{formatDate(company.updatedAt)}</td>
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  );
}
