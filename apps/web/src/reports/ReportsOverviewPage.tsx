/** OWNED BY h12-dashboards: the global dashboard (placeholder of the contract). */
export function ReportsOverviewPage() {
  return <h1>Reports</h1>;
}
