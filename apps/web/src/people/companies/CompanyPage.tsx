import type { PeopleSort, SortOrder } from "@parley/protocol/directory";
import { Link } from "@tanstack/react-router";
import { useState } from "react";
import { useCompany } from "../../data/useCompany";
import { useFields } from "../../data/useFields";
import { useSession } from "../../session/SessionContext";
import { EmptyState } from "../../ui/EmptyState";
import { PageHeader } from "../../ui/PageHeader";
import { QueryState } from "../../ui/QueryState";
import { PeopleResults } from "../list/PeopleResults";
import { companyRoute } from "../peopleRoutes";
import { SiteRequired } from "../SiteRequired";
import { CompanyFieldsForm } from "./CompanyFieldsForm";
import "../people.css";

/** /people/companies/$companyId: the company's fields and its people. */
export function CompanyPage() {
  const { companyId } = companyRoute.useParams();
  return (
    <div className="page page-wide">
      <Link to="/people/companies" className="back-link">
        ← Companies
      </Link>
      <SiteRequired>
        {(siteId) => <CompanyDetail key={companyId} siteId={siteId} companyId={companyId} />}
      </SiteRequired>
    </div>
  );
}

function CompanyDetail({ siteId, companyId }: { siteId: string; companyId: string }) {
  const company = useCompany(siteId, companyId);
  const fields = useFields(siteId);
  const { can } = useSession();
  const [sort, setSort] = useState<{ sort: PeopleSort; order: SortOrder }>({ sort: "name", order: "asc" });

  return (
    <QueryState query={company} what="the company">
      {(c) => (
        <>
          <PageHeader
            title={c.name}
            description={c.domain ?? "No domain"}
            documentTitle={`${c.name} · Companies`}
          />
          <QueryState query={fields} what="fields">
            {(definitions) => (
              <CompanyFieldsForm
                siteId={siteId}
                company={c}
                definitions={definitions}
                readOnly={!can("people.manage")}
              />
            )}
          </QueryState>
          <section className="section" aria-labelledby="company-people-heading">
            <div className="section-header">
              <h2 id="company-people-heading">People</h2>
              <Link to="/people" search={{ companyId }} className="button button-secondary">
                Open in the People list
              </Link>
            </div>
            <PeopleResults
              siteId={siteId}
              query={{
                companyId,
                ...(sort.sort !== "updated" && { sort: sort.sort }),
                ...(sort.order !== "desc" && { order: sort.order }),
              }}
              onSort={(next, order) => setSort({ sort: next, order })}
              filtered
              empty={
                <EmptyState title="Nobody at this company yet">
                  <p>People join a company when their email is at its domain, or when it is set on them.</p>
                </EmptyState>
              }
              caption={`People at ${c.name}`}
            />
          </section>
        </>
      )}
    </QueryState>
  );
}
