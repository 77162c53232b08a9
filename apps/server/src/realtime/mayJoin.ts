import { canReachSite } from "../domain/auth/policies";
import type { Identity } from "./connectionIdentity";

/** Whether a connection may listen on a channel: agents on their sites and their own user channel; visitors on their own channel. */
export function mayJoin(identity: Identity, channel: string): boolean {
  const [kind, id = ""] = channel.split(":");
  if (identity.kind === "visitor") return kind === "visitor" && id === identity.visitorId;
  if (kind === "site") return canReachSite(identity.actor, id);
  if (kind === "user") return id === identity.actor.id;
  return false;
}
