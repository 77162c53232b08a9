import type {
  FastifyBaseLogger,
  FastifyInstance,
  RawReplyDefaultExpression,
  RawRequestDefaultExpression,
  RawServerDefault,
} from "fastify";
import type { ZodTypeProvider } from "fastify-type-provider-zod";
import type { Bus } from "../bus/bus";
import type { WebhookOptions } from "../domain/engine/callWebhook";
import type { PeopleListTuning } from "../domain/people/listPeople";
import type { Config } from "../env";
import type { JobQueue } from "../jobs/jobQueue";
import type { Presence } from "../presence/presence";
import type { VisitorPresence } from "../realtime/visitorPresence";
import type { Store } from "../store/db";

export type App = FastifyInstance<
  RawServerDefault,
  RawRequestDefaultExpression,
  RawReplyDefaultExpression,
  FastifyBaseLogger,
  ZodTypeProvider
>;

/** What route modules and the realtime layer need from the running node. */
export interface AppContext {
  config: Config;
  store: Store;
  bus: Bus;
  /** Which agents are online (heartbeats), shared by every node. */
  presence: Presence;
  /** Which visitors have a widget connected (this node's sockets, and every node's through the store). */
  visitors: VisitorPresence;
  /** The durable job queue: enqueue with enqueueJob(trx, …) inside the transaction, then poke(). */
  jobs: JobQueue;
  secretKey: string;
  webhook?: WebhookOptions;
  random?: () => number;
  peopleList?: PeopleListTuning;
}
