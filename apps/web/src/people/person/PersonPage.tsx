import { Link, useNavigate } from "@tanstack/react-router";
import { useCompany } from "../../data/useCompany";
import { usePerson } from "../../data/usePerson";
import { useErase } from "../../data/useRetention";
import { useSession } from "../../session/SessionContext";
import { PageHeader } from "../../ui/PageHeader";
import { QueryState } from "../../ui/QueryState";
import { personRoute } from "../peopleRoutes";
import { personName } from "../personName";
import { SiteRequired } from "../SiteRequired";
import { ConversationsSection } from "./ConversationsSection";
import { EraseDialog } from "./EraseDialog";
import { PersonFieldsSection } from "./PersonFieldsSection";
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
  const company = useCompany(siteId, person.data?.companyId ?? null);
  const mayErase = useSession().can("people.manage");
  const erase = useErase(siteId, "person");
  const navigate = useNavigate();

  return (
    <QueryState query={person} what="the person">
      {(p) => (
        <>
          <PageHeader
            title={personName(p)}
            actions={
              mayErase && (
                <EraseDialog
                  subject="person"
                  name={personName(p)}
                  pending={erase.isPending}
                  error={erase.error}
                  onErase={(done) =>
                    erase.mutate(personId, {
                      onSuccess: () => {
                        done();
                        void navigate({ to: "/people" });
                      },
                    })
                  }
                />
              )
            }
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
              <PersonFieldsSection siteId={siteId} person={p} />
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
