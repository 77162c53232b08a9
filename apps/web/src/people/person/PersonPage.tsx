import { Link } from "@tanstack/react-router";
import { useCompany } from "../../data/useCompany";
import { useFields } from "../../data/useFields";
import { usePerson } from "../../data/usePerson";
import { useSession } from "../../session/SessionContext";
import { PageHeader } from "../../ui/PageHeader";
import { QueryState } from "../../ui/QueryState";
import { personRoute } from "../peopleRoutes";
import { personName } from "../personName";
import { SiteRequired } from "../SiteRequired";
import { ConversationsSection } from "./ConversationsSection";
import { PersonFieldsForm } from "./PersonFieldsForm";
import { TimelineSection } from "./TimelineSection";
import { VisitsSection } from "./VisitsSection";
import "../people.css";

/** /people/$personId: who they are, their fields, visits, conversations and timeline. */
export function PersonPage() {
  const { personId } = personRoute.useParams();
  return (
    <div className="page page-wide">
      <Link to="/people" className="back-link">
        ← People
      </Link>
      <SiteRequired>
        {(siteId) => <PersonDetail key={personId} siteId={siteId} personId={personId} />}
      </SiteRequired>
    </div>
  );
}

function PersonDetail({ siteId, personId }: { siteId: string; personId: string }) {
  const person = usePerson(siteId, personId);
  const fields = useFields(siteId);
  const company = useCompany(siteId, person.data?.companyId ?? null);
  const { can } = useSession();

  return (
    <QueryState query={person} what="the person">
      {(p) => (
        <>
          <PageHeader
            title={personName(p)}
            description={
              <span className="person-summary">
                {!p.email ? (
                  <span className="badge badge-quiet">Anonymous</span>
                ) : (
                  personName(p) !== p.email && <span>{p.email}</span>
                )}
                {p.companyId && (
                  <Link to="/people/companies/$companyId" params={{ companyId: p.companyId }}>
                    {company.data?.name ?? "Company"}
                  </Link>
                )}
              </span>
            }
          />
          <div className="person-layout">
            <div className="stack">
              <QueryState query={fields} what="fields">
                {(definitions) => (
                  <PersonFieldsForm
                    siteId={siteId}
                    person={p}
                    definitions={definitions}
                    readOnly={!can("people.manage")}
                  />
                )}
              </QueryState>
              <VisitsSection siteId={siteId} personId={personId} />
            </div>
            <div className="stack">
              <ConversationsSection siteId={siteId} personId={personId} />
              <TimelineSection siteId={siteId} personId={personId} />
            </div>
          </div>
        </>
      )}
    </QueryState>
  );
}
