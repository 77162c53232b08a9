import type { App, AppContext } from "../context";

/** OWNED BY h12-retention: retention settings, purge runs, erasing a visitor or person. */
export function retentionRoutes(_app: App, _ctx: AppContext): void {
  // placeholder of the contract
}
