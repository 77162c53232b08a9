import type { CardFunnel } from "./flowElements";

const counts = new Intl.NumberFormat("en-US");
const percent = new Intl.NumberFormat("en-US", { style: "percent", maximumFractionDigits: 1 });

/** The funnel's figures on one card (read-only view): reached, continued, dropped and the drop-off. */
export function CardFunnelFigures({ funnel }: { funnel: CardFunnel }) {
  return (
    <dl className="card-node-funnel">
      <div>
        <dt>Reached</dt>
        <dd>{counts.format(funnel.reached)}</dd>
      </div>
      <div>
        <dt>Continued</dt>
        <dd>{counts.format(funnel.continued)}</dd>
      </div>
      <div>
        <dt>Dropped</dt>
        <dd>{counts.format(funnel.dropped)}</dd>
      </div>
      <div className={funnel.dropOffRate !== null && funnel.dropOffRate >= 0.5 ? "is-high" : undefined}>
        <dt>Drop-off</dt>
        <dd>{funnel.dropOffRate === null ? "—" : percent.format(funnel.dropOffRate)}</dd>
      </div>
    </dl>
  );
}
