import { Link } from "@tanstack/react-router";

type Section = "people" | "companies" | "fields";

/** The People area's sub-navigation: People | Companies | Fields. */
export function PeopleNav({ current }: { current: Section }) {
  const tab = (section: Section) => (current === section ? "page" : undefined);
  return (
    <nav className="tabs" aria-label="People sections">
      <ul>
        <li>
          <Link to="/people" activeOptions={{ exact: true }} aria-current={tab("people")}>
            People
          </Link>
        </li>
        <li>
          <Link to="/people/companies" aria-current={tab("companies")}>
            Companies
          </Link>
        </li>
        <li>
          <Link to="/people/fields" aria-current={tab("fields")}>
            Fields
          </Link>
        </li>
      </ul>
    </nav>
  );
}
