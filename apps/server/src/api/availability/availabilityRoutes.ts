import { IdParams, SiteParams } from "@parley/protocol/common";
import { AgentAvailability, MeetingHostList, UpdateAvailabilityBody } from "@parley/protocol/meetings";
import type { Actor } from "../../domain/auth/actor";
import { assertEditableAgent, selfId } from "../../domain/agents/editableAgent";
import {
  AVAILABILITY_POLICY,
  MANAGE_OTHERS_AVAILABILITY,
} from "../../domain/availability/availabilityAccess";
import { listMeetingHosts } from "../../domain/availability/listMeetingHosts";
import { readAvailability } from "../../domain/availability/readAvailability";
import { saveAvailability } from "../../domain/availability/saveAvailability";
import type { App, AppContext } from "../context";
import { agentExamples } from "../agents/agentExamples";

const tags = ["meetings"];
/** `:id` is a user id, or `me` for the caller (an API key: the user who made it). */
const hostId = (actor: Actor, id: string) => (id === "me" ? selfId(actor) : id);

/** A host's meeting availability (their own, or a manager's view of a colleague's), and a site's hosts. */
export function availabilityRoutes(app: App, ctx: AppContext): void {
  const { db } = ctx.store;
  app.get(
    "/api/agents/:id/meeting-availability",
    {
      schema: {
        summary: "Read meeting availability",
        description:
          "A host's time zone, weekly hours, meeting length, buffer and notice (`me`: yours); `configured` false: the defaults, never saved.",
        tags,
        params: IdParams,
        response: { 200: AgentAvailability },
      },
      config: { examples: agentExamples.meetingAvailability, policy: AVAILABILITY_POLICY },
    },
    async (request) => {
      const actor = request.actor as Actor;
      const userId = hostId(actor, request.params.id);
      await assertEditableAgent(db, actor, userId, true, MANAGE_OTHERS_AVAILABILITY);
      return readAvailability(db, userId);
    },
  );
  app.put(
    "/api/agents/:id/meeting-availability",
    {
      schema: {
        summary: "Update meeting availability",
        description:
          "Changes what is given of a host's availability (yours, or a colleague's with `meetings.manage`); the rest stays.",
        tags,
        params: IdParams,
        body: UpdateAvailabilityBody,
        response: { 200: AgentAvailability },
      },
      config: { examples: agentExamples.updateMeetingAvailability, policy: AVAILABILITY_POLICY },
    },
    async (request) => {
      const actor = request.actor as Actor;
      return saveAvailability(ctx, actor, hostId(actor, request.params.id), request.body);
    },
  );
  app.get(
    "/api/sites/:siteId/meeting-hosts",
    {
      schema: {
        summary: "List meeting hosts",
        description: "The site's users who can receive meetings, with whether their availability is set.",
        tags,
        params: SiteParams,
        response: { 200: MeetingHostList },
      },
      // The inbox's "share booking" picker (live agents) and the routing screens use it too.
      config: {
        examples: agentExamples.meetingHosts,
        policy: ["meetings.manage", "meetings.host", "livechat.answer", "routing.manage"],
      },
    },
    async (request) => ({ items: await listMeetingHosts(db, request.params.siteId) }),
  );
}
