import type { App, AppContext } from "../context";

/** OWNED BY h12-csv: CSV import (mapping, dry run, progress, error file) and export of people and companies. */
export function importRoutes(_app: App, _ctx: AppContext): void {
  // placeholder of the contract
}
