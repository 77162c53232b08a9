import { IdParams, OkResponse } from "@parley/protocol/common";
import {
  CalendarConnection,
  CalendarConnectionList,
  CreateCalendarBody,
  DiscoverCalendarsBody,
  DiscoveredCalendars,
  UpdateCalendarBody,
} from "@parley/protocol/meetings";
import { CALENDAR_POLICY, calendarOwnerId } from "../../calendar/calendarAccess";
import {
  deleteCalendarConnection,
  refreshCalendarConnection,
  updateCalendarConnection,
} from "../../calendar/changeCalendarConnection";
import { createCalendarConnection } from "../../calendar/createCalendarConnection";
import { discoverCalendars } from "../../calendar/discoverCalendars";
import { listCalendarConnections } from "../../calendar/presentCalendarConnection";
import type { Actor } from "../../domain/auth/actor";
import type { App, AppContext } from "../context";
import { agentExamples } from "../agents/agentExamples";

const tags = ["calendars"];
const config = { policy: CALENDAR_POLICY, errors: [400, 404] };

/**
 * An agent's calendar connections (`:id` of agents is a user id or `me`): CalDAV accounts and ICS
 * feeds read for busy times, CalDAV calendars written with bookings. Passwords go in, never out.
 */
export function calendarRoutes(app: App, ctx: AppContext): void {
  const { db } = ctx.store;
  app.post(
    "/api/agents/:id/calendars/discover",
    {
      schema: {
        summary: "Discover CalDAV calendars",
        description:
          "Signs in to a CalDAV account (`me`: yours) and lists its calendars to choose from; nothing is saved. The outbound-address guard applies.",
        tags,
        params: IdParams,
        body: DiscoverCalendarsBody,
        response: { 200: DiscoveredCalendars },
      },
      config: { ...config, examples: agentExamples.discoverCalendars },
    },
    async (request) => discoverCalendars(ctx, request.actor as Actor, request.params.id, request.body),
  );
  app.get(
    "/api/agents/:id/calendars",
    {
      schema: {
        summary: "List calendar connections",
        description:
          "An agent's CalDAV and ICS connections with their last sync and problem, never their passwords.",
        tags,
        params: IdParams,
        response: { 200: CalendarConnectionList },
      },
      config: { ...config, examples: agentExamples.calendars },
    },
    async (request) => ({
      items: await listCalendarConnections(
        db,
        await calendarOwnerId(db, request.actor as Actor, request.params.id),
      ),
    }),
  );
  app.post(
    "/api/agents/:id/calendars",
    {
      schema: {
        summary: "Connect a calendar",
        description:
          "Adds a CalDAV calendar (busy times read from it; bookings written to it unless `writeBookings` is false) or an ICS feed (busy times read).",
        tags,
        params: IdParams,
        body: CreateCalendarBody,
        response: { 201: CalendarConnection },
      },
      config: { ...config, examples: agentExamples.connectCalendar },
    },
    async (request, reply) =>
      reply
        .status(201)
        .send(await createCalendarConnection(ctx, request.actor as Actor, request.params.id, request.body)),
  );
  app.patch(
    "/api/calendars/:id",
    {
      schema: {
        summary: "Update a calendar connection",
        description:
          'Changes a connection\'s name, whether bookings are written to it, or its credentials (after "needs attention").',
        tags,
        params: IdParams,
        body: UpdateCalendarBody,
        response: { 200: CalendarConnection },
      },
      config: { ...config, examples: agentExamples.updateCalendar },
    },
    async (request) => updateCalendarConnection(ctx, request.actor as Actor, request.params.id, request.body),
  );
  app.delete(
    "/api/calendars/:id",
    {
      schema: {
        summary: "Disconnect a calendar",
        description: "Removes the calendar connection.",
        tags,
        params: IdParams,
        response: { 200: OkResponse },
      },
      config: { ...config, examples: agentExamples.disconnectCalendar },
    },
    async (request) => {
      await deleteCalendarConnection(ctx, request.actor as Actor, request.params.id);
      return { ok: true as const };
    },
  );
  app.post(
    "/api/calendars/:id/refresh",
    {
      schema: {
        summary: "Sync a calendar now",
        description: "Queues a sync of the connection's busy times and answers 202 with the connection.",
        tags,
        params: IdParams,
        response: { 202: CalendarConnection },
      },
      config: { ...config, examples: agentExamples.refreshCalendar },
    },
    async (request, reply) =>
      reply.status(202).send(await refreshCalendarConnection(ctx, request.actor as Actor, request.params.id)),
  );
}
