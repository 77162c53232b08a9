import { IdParams, SiteParams } from "@parley/protocol/common";
import { Meeting, MeetingList, MeetingListQuery, UpdateMeetingBody } from "@parley/protocol/meetings";
import { Readable } from "node:stream";
import { z } from "zod";
import type { Actor } from "../../domain/auth/actor";
import { listMeetings } from "../../domain/meetings/listMeetings";
import { meetingsCsv } from "../../domain/meetings/meetingsCsv";
import { setMeetingStatus } from "../../domain/meetings/setMeetingStatus";
import { clock } from "../../lib/clock";
import type { App, AppContext } from "../context";
import { meetingExamples } from "./meetingExamples";

const tags = ["meetings"];
/** Hosts read their own meetings; managers and those who see every conversation, all of the site's. */
const READERS = ["meetings.host", "meetings.manage", "conversations.view_all"] as const;
const CsvQuery = MeetingListQuery.omit({ limit: true, offset: true, sort: true, order: true, cursor: true });

/** The meetings list, its CSV export, and an agent's status change (no-show, undo, cancel). */
export function meetingListRoutes(app: App, ctx: AppContext): void {
  const { db } = ctx.store;
  app.get(
    "/api/sites/:siteId/meetings",
    {
      schema: {
        summary: "List meetings",
        description:
          "The site's meetings the caller may see (a host without `meetings.manage` or `conversations.view_all`: their own), with `total`. Filters: `status`, `agentId`, `dialogueId`, `from`/`to` (start), `q` (visitor's email or name). `sort=list` (default) is the app's order paged by `offset`; `sort=start` orders by start (`order`) and pages by `cursor` (`nextCursor`, null on the last page) — the way to read them all.",
        tags,
        params: SiteParams,
        querystring: MeetingListQuery,
        response: { 200: MeetingList },
      },
      config: { examples: meetingExamples.list, policy: READERS },
    },
    async (request) =>
      listMeetings(db, request.actor as Actor, request.params.siteId, request.query, clock().now()),
  );
  app.get(
    "/api/sites/:siteId/meetings.csv",
    {
      schema: {
        summary: "Export meetings as CSV",
        description:
          "The meetings list with the same filters as CSV (times in UTC ISO 8601, the shown status), streamed a page at a time.",
        tags,
        params: SiteParams,
        querystring: CsvQuery,
        response: { 200: z.string() },
      },
      // An export: the list's readers who may also export (reports.export) or manage meetings.
      config: { examples: meetingExamples.csv, policy: ["meetings.manage", "reports.export"] },
    },
    async (request, reply) => {
      const now = clock().now();
      const day = new Date(now).toISOString().slice(0, 10);
      const rows = meetingsCsv(db, request.actor as Actor, request.params.siteId, request.query, now);
      return (
        reply
          .header("content-type", "text/csv; charset=utf-8")
          .header("content-disposition", `attachment; filename="meetings-${day}.csv"`)
          // Streamed a page at a time (the typed reply knows the schema's string, not a stream of it).
          .send(Readable.from(rows) as unknown as string)
      );
    },
  );
  app.patch(
    "/api/meetings/:id",
    {
      schema: {
        summary: "Change a meeting's status",
        description:
          "A host or manager marks a no-show (or undoes it: `scheduled`) or cancels the meeting (the visitor is mailed, with `reason` when given).",
        tags,
        params: IdParams,
        body: UpdateMeetingBody,
        response: { 200: Meeting },
      },
      config: { examples: meetingExamples.update, policy: ["meetings.host", "meetings.manage"] },
    },
    async (request) => setMeetingStatus(ctx, request.actor as Actor, request.params.id, request.body),
  );
}
