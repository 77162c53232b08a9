import type { App, AppContext } from "../context";

/** OWNED BY h12-webhooks: webhook subscriptions, their delivery log and replay. */
export function webhookRoutes(_app: App, _ctx: AppContext): void {
  // placeholder of the contract
}
