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
      schema: { tags, params: IdParams, body: DiscoverCalendarsBody, response: { 200: DiscoveredCalendars } },
      config,
    },
    async (request) => discoverCalendars(ctx, request.actor as Actor, request.params.id, request.body),
  );
  app.get(
    "/api/agents/:id/calendars",
    { schema: { tags, params: IdParams, response: { 200: CalendarConnectionList } }, config },
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
      schema: { tags, params: IdParams, body: CreateCalendarBody, response: { 201: CalendarConnection } },
      config,
    },
    async (request, reply) =>
      reply
        .status(201)
        .send(await createCalendarConnection(ctx, request.actor as Actor, request.params.id, request.body)),
  );
  app.patch(
    "/api/calendars/:id",
    {
      schema: { tags, params: IdParams, body: UpdateCalendarBody, response: { 200: CalendarConnection } },
      config,
    },
    async (request) => updateCalendarConnection(ctx, request.actor as Actor, request.params.id, request.body),
  );
  app.delete(
    "/api/calendars/:id",
    { schema: { tags, params: IdParams, response: { 200: OkResponse } }, config },
    async (request) => {
      await deleteCalendarConnection(ctx, request.actor as Actor, request.params.id);
      return { ok: true as const };
    },
  );
  app.post(
    "/api/calendars/:id/refresh",
    { schema: { tags, params: IdParams, response: { 202: CalendarConnection } }, config },
    async (request, reply) =>
      reply.status(202).send(await refreshCalendarConnection(ctx, request.actor as Actor, request.params.id)),
  );
}
