import type { PeopleSort, PersonListItem, SortOrder } from "@parley/protocol/directory";
import { Link } from "@tanstack/react-router";
import { formatDate } from "../../ui/formatDate";
import { personName } from "../personName";
import { SortHeader } from "../SortHeader";

interface PeopleTableProps {
  people: readonly PersonListItem[];
  sort: PeopleSort;
  order: SortOrder;
  onSort(sort: PeopleSort, order: SortOrder): void;
  caption: string;
}

/** People as a table; on narrow screens each row becomes a card (styles.css). */
export function PeopleTable({ people, sort, order, onSort, caption }: PeopleTableProps) {
  const header = { sort, order, onSort };
  return (
    <div className="table-wrap">
      <table className="table people-table">
        <caption className="visually-hidden">{caption}</caption>
        <thead>
          <tr>
            <SortHeader column="name" firstOrder="asc" {...header}>
              Name
            </SortHeader>
            <SortHeader column="email" firstOrder="asc" {...header}>
              Email
            </SortHeader>
            <th scope="col">Company</th>
            <SortHeader column="created" firstOrder="desc" {...header}>
              Created
            </SortHeader>
            <SortHeader column="updated" firstOrder="desc" {...header}>
              Updated
            </SortHeader>
          </tr>
        </thead>
        <tbody>
          {people.map((person) => (
            <tr key={person.id}>
              <td data-label="Name">
                <Link to="/people/$personId" params={{ personId: person.id }} className="cell-title">
                  {personName(person)}
                </Link>
                {person.jobTitle && <span className="cell-sub">{person.jobTitle}</span>}
              </td>
              <td data-label="Email" className="cell-wrap">
                {person.email ?? <span className="badge badge-quiet">Anonymous</span>}
              </td>
              <td data-label="Company">
                {person.companyId && person.companyName ? (
                  <Link to="/people/companies/$companyId" params={{ companyId: person.companyId }}>
                    {person.companyName}
                  </Link>
                ) : (
                  "—"
                )}
              </td>
              <td data-label="Created">{formatDate(person.createdAt)}</td>
              <td data-label="Updated">{formatDate(person.updatedAt)}</td>
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  );
}
