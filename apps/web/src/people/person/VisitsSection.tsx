import type { Visit } from "@parley/protocol/directory";
import { usePersonVisits } from "../../data/usePersonVisits";
import { formatDate } from "../../ui/formatDate";
import { QueryState } from "../../ui/QueryState";
import { attributeRows } from "./attributeRows";

/** The person's visits: when, which pages (with referrers), and what was inferred (device, language, UTM…). */
export function VisitsSection({ siteId, personId }: { siteId: string; personId: string }) {
  const visits = usePersonVisits(siteId, personId);
  return (
    <section className="card section" aria-labelledby="visits-heading">
      <h2 id="visits-heading">Visits</h2>
      <QueryState query={visits} what="visits">
        {({ items }) =>
          items.length === 0 ? (
            <p className="section-empty">No visits recorded.</p>
          ) : (
            <ol className="visit-list">
              {items.map((visit) => (
                <VisitItem key={visit.id} visit={visit} />
              ))}
            </ol>
          )
        }
      </QueryState>
    </section>
  );
}

function VisitItem({ visit }: { visit: Visit }) {
  const attributes = attributeRows(visit.attributes);
  return (
    <li className="visit">
      <p className="visit-time">
        <time dateTime={visit.startedAt}>{formatDate(visit.startedAt)}</time>
        {visit.endedAt !== visit.startedAt && (
          <>
            {" "}
            – <time dateTime={visit.endedAt}>{formatDate(visit.endedAt)}</time>
          </>
        )}
      </p>
      <ul className="visit-pages">
        {visit.pages.map((page) => (
          <li key={`${page.url}-${page.firstAt}`}>
            <span className="cell-wrap">{page.url}</span>
            <span className="cell-sub">
              {page.views === 1 ? "1 view" : `${page.views} views`}
              {page.referrer ? ` · from ${page.referrer}` : ""}
            </span>
          </li>
        ))}
      </ul>
      {attributes.length > 0 && (
        <dl className="attribute-list">
          {attributes.map(([label, value]) => (
            <div key={label}>
              <dt>{label}</dt>
              <dd>{value}</dd>
            </div>
          ))}
        </dl>
      )}
    </li>
  );
}
