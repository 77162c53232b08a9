import { PEOPLE_SORTS, type PeopleSort, type SortOrder } from "@parley/protocol/directory";
import { useId, useState } from "react";
import { ToggleButton } from "react-aria-components";
import { useFields } from "../data/useFields";
import { PageHeader } from "../ui/PageHeader";
import { SelectField } from "../ui/SelectField";
import { PeopleFilters } from "./list/PeopleFilters";
import { PeopleResults } from "./list/PeopleResults";
import { ListCsvActions } from "./import/ListCsvActions";
import { PeopleNav } from "./PeopleNav";
import { peopleListRoute } from "./peopleRoutes";
import { activeFilterCount, type PeopleSearch, peopleQueryOf } from "./peopleSearch";
import { SearchBox } from "./SearchBox";
import { SiteRequired } from "./SiteRequired";
import "./people.css";

const SORT_LABELS: Record<PeopleSort, string> = {
  updated: "Last updated",
  created: "Created",
  name: "Name",
  email: "Email",
};
const SORT_OPTIONS = PEOPLE_SORTS.flatMap((sort) =>
  (["desc", "asc"] as const).map((order) => ({
    value: `${sort}:${order}`,
    label: `${SORT_LABELS[sort]}, ${sortWords(sort, order)}`,
  })),
);

/** /people: everyone the site's dialogues met, searchable, filterable and sortable; the URL holds it all. */
export function PeopleListPage() {
  return (
    <div className="page page-wide">
      <PageHeader
        title="People"
        description="Everyone your dialogues have met, known by email or still anonymous."
      />
      <PeopleNav current="people" />
      <SiteRequired>{(siteId) => <PeopleList siteId={siteId} />}</SiteRequired>
    </div>
  );
}

function PeopleList({ siteId }: { siteId: string }) {
  const search = peopleListRoute.useSearch();
  const navigate = peopleListRoute.useNavigate();
  const fields = useFields(siteId);
  const [filtersOpen, setFiltersOpen] = useState(false);
  const filtersId = useId();
  const query = peopleQueryOf(search);
  const filters = activeFilterCount(search);
  const sort = query.sort ?? "updated";
  const order = query.order ?? "desc";

  const update = (patch: Partial<PeopleSearch>) =>
    navigate({ search: (previous: PeopleSearch) => ({ ...previous, ...patch }), replace: true });
  const onSort = (next: PeopleSort, nextOrder: SortOrder) => update({ sort: next, order: nextOrder });

  return (
    <>
      <div className="list-toolbar">
        <SearchBox
          label="Search people"
          placeholder="Name or email"
          value={search.q ?? ""}
          onSearch={(q) => update({ q: q.trim() || undefined })}
        />
        <div className="sort-select">
          <SelectField
            label="Sort by"
            value={`${sort}:${order}`}
            options={SORT_OPTIONS}
            onChange={(value) => {
              const [nextSort, nextOrder] = value.split(":") as [PeopleSort, SortOrder];
              onSort(nextSort, nextOrder);
            }}
          />
        </div>
        <ToggleButton
          className="button button-secondary filters-toggle"
          isSelected={filtersOpen}
          onChange={setFiltersOpen}
          aria-controls={filtersId}
          aria-expanded={filtersOpen}
        >
          {filters ? `Filters (${filters})` : "Filters"}
        </ToggleButton>
        {filters > 0 && (
          <button
            type="button"
            className="link-button"
            onClick={() =>
              navigate({ search: { q: search.q, sort: search.sort, order: search.order }, replace: true })
            }
          >
            Clear filters
          </button>
        )}
        <ListCsvActions siteId={siteId} entity="people" query={query} />
      </div>
      <PeopleFilters
        id={filtersId}
        siteId={siteId}
        search={search}
        fields={(fields.data ?? []).filter((f) => f.entity === "person")}
        onChange={update}
        open={filtersOpen}
      />
      <PeopleResults
        siteId={siteId}
        query={query}
        onSort={onSort}
        filtered={filters > 0 || !!query.q}
        caption="People"
      />
    </>
  );
}

function sortWords(sort: PeopleSort, order: SortOrder): string {
  if (sort === "name" || sort === "email") return order === "asc" ? "A to Z" : "Z to A";
  return order === "desc" ? "newest first" : "oldest first";
}
