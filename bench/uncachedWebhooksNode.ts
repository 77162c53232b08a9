/**
 * A Parley node as `npm start` runs it, except that it reads a site's webhook subscriptions on every
 * event (no per-node cache): the baseline of `bench:steps --webhooks`.
 */
import { buildParley } from "../apps/server/src/app";
import { loadConfig } from "../apps/server/src/env";

const config = loadConfig();
const parley = await buildParley(config, { webhookSubscriptionCache: false });
await parley.app.listen({ port: config.port, host: config.host });
process.once("SIGTERM", () => {
  void parley.close().then(() => process.exit(0));
});
