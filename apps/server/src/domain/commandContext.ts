import type { Bus } from "../bus/bus";
import type { Store } from "../store/db";

/**
 * What a domain command that changes something needs: the store to write in, and the bus on which
 * it announces the change once its transaction has committed (never before, never from a route).
 */
export interface CommandContext {
  store: Store;
  bus: Bus;
}
