import { z } from "zod";
import { Id } from "./common";

const Named = z.object({ id: Id, name: z.string() });

/**
 * Who and what a Live chat or Meeting card may route to, by name only: readable by marketers
 * (dialogues.view), who may not read the agents', teams' or rules' own screens.
 */
export const RoutingTargets = z.object({
  /** The site's live-chat agents (`liveChat`) and meeting hosts (`meetings`). */
  agents: z.array(Named.extend({ liveChat: z.boolean(), meetings: z.boolean(), teamIds: z.array(Id) })),
  teams: z.array(Named),
  rules: z.array(Named),
});
export type RoutingTargets = z.infer<typeof RoutingTargets>;
