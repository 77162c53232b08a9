import type { CompanySort, SortOrder } from "@parley/protocol/directory";
import { useCompanyList } from "../../data/useCompanyList";
import { EmptyState } from "../../ui/EmptyState";
import { PageHeader } from "../../ui/PageHeader";
import { QueryState } from "../../ui/QueryState";
import { type CompanySearch, companyQueryOf } from "../companySearch";
import { LoadMore } from "../LoadMore";
import { ListCsvActions } from "../import/ListCsvActions";
import { PeopleNav } from "../PeopleNav";
import { companiesRoute } from "../peopleRoutes";
import { SearchBox } from "../SearchBox";
import { SiteRequired } from "../SiteRequired";
import { CompaniesTable } from "./CompaniesTable";
import "../people.css";

/** /people/companies: the site's companies, searchable and sortable, with how many people each has. */
export function CompaniesListPage() {
  return (
    <div className="page page-wide">
      <PageHeader
        title="Companies"
        documentTitle="Companies · People"
        description="The companies your people work for, matched by their email's domain or set by hand."
      />
      <PeopleNav current="companies" />
      <SiteRequired>{(siteId) => <CompanyList siteId={siteId} />}</SiteRequired>
    </div>
  );
}

function CompanyList({ siteId }: { siteId: string }) {
  const search = companiesRoute.useSearch();
  const navigate = companiesRoute.useNavigate();
  const query = companyQueryOf(search);
  const list = useCompanyList(siteId, query);
  const update = (patch: Partial<CompanySearch>) =>
    navigate({ search: (previous: CompanySearch) => ({ ...previous, ...patch }), replace: true });
  const onSort = (sort: CompanySort, order: SortOrder) => update({ sort, order });

  return (
    <>
      <div className="list-toolbar">
        <SearchBox
          label="Search companies"
          placeholder="Name or domain"
          value={search.q ?? ""}
          onSearch={(q) => update({ q: q.trim() || undefined })}
        />
        <ListCsvActions siteId={siteId} entity="companies" query={query} />
      </div>
      <QueryState query={list} what="companies">
        {(data) => {
          const companies = data.pages.flatMap((page) => page.items);
          if (companies.length === 0) {
            return query.q ? (
              <EmptyState title="No company matches">
                <p>No company name or domain starts with “{query.q}”.</p>
              </EmptyState>
            ) : (
              <EmptyState title="No companies yet">
                <p>Companies appear when people give an email at a company domain.</p>
              </EmptyState>
            );
          }
          return (
            <div className="stack" aria-busy={list.isFetching}>
              <CompaniesTable
                companies={companies}
                sort={query.sort ?? "name"}
                order={query.order ?? "asc"}
                onSort={onSort}
              />
              <LoadMore
                shown={companies.length}
                noun={["company", "companies"]}
                hasMore={list.hasNextPage}
                loading={list.isFetchingNextPage}
                onLoadMore={() => list.fetchNextPage()}
              />
            </div>
          );
        }}
      </QueryState>
    </>
  );
}
