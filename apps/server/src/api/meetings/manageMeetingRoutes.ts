import { CancelBody, ManagedMeeting, ManageTokenQuery, RescheduleBody } from "@parley/protocol/meetings";
import type { FastifyRequest } from "fastify";
import { IANAZone } from "luxon";
import { cancelMeetingByLink } from "../../domain/meetings/cancelMeetingByLink";
import { readManagedMeeting } from "../../domain/meetings/readManagedMeeting";
import { rescheduleMeeting } from "../../domain/meetings/rescheduleMeeting";
import { assertWithinLimit } from "../../domain/rateLimits/assertWithinLimit";
import { invalidField } from "../../errors";
import { clock } from "../../lib/clock";
import type { App, AppContext } from "../context";
import { liveChatExamples } from "../chats/liveChatExamples";

const tags = ["meetings"];

/**
 * The visitor's reschedule and cancel links (the manage page calls these): public, the signed token
 * is the only credential, and every call counts against the caller's address.
 */
export function manageMeetingRoutes(app: App, ctx: AppContext): void {
  const limit = (request: FastifyRequest) =>
    assertWithinLimit(
      ctx.store.db,
      `meeting-link:${request.ip}`,
      ctx.config.limits.meetingLinks,
      "requests to meeting links from your address",
    );
  app.get(
    "/api/meetings/manage",
    {
      schema: {
        summary: "Read a meeting by its manage link",
        description:
          "The visitor's meeting and the free slots to move it to, from the signed token in their reschedule/cancel link. Public; every call counts against the caller's address.",
        tags,
        querystring: ManageTokenQuery,
        response: { 200: ManagedMeeting },
      },
      config: { examples: liveChatExamples.manage, policy: "public", errors: [404, 429] },
    },
    async (request) => {
      await limit(request);
      const { token, tz } = request.query;
      if (tz !== undefined && !IANAZone.isValidZone(tz))
        throw invalidField("tz", "is not a time zone such as Europe/Paris");
      return readManagedMeeting(ctx.store.db, ctx.secretKey, token, tz ?? null, clock().now());
    },
  );
  app.post(
    "/api/meetings/manage/reschedule",
    {
      schema: {
        summary: "Reschedule by the manage link",
        description:
          "Moves the meeting to another free slot of the same host; host and visitor get updated invitations.",
        tags,
        body: RescheduleBody,
        response: { 200: ManagedMeeting },
      },
      config: { examples: liveChatExamples.reschedule, policy: "public", errors: [404, 429] },
    },
    async (request) => {
      await limit(request);
      return rescheduleMeeting(ctx, request.body);
    },
  );
  app.post(
    "/api/meetings/manage/cancel",
    {
      schema: {
        summary: "Cancel by the manage link",
        description: "Cancels the meeting; the host is told.",
        tags,
        body: CancelBody,
        response: { 200: ManagedMeeting },
      },
      config: { examples: liveChatExamples.cancel, policy: "public", errors: [404, 429] },
    },
    async (request) => {
      await limit(request);
      return cancelMeetingByLink(ctx, request.body);
    },
  );
}
