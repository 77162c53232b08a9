import { SiteItemParams, SiteParams } from "@parley/protocol/common";
import {
  Erasure,
  PurgeRun,
  PurgeRunList,
  PurgeRunsQuery,
  RetentionSettings,
  RetentionSettingsBody,
} from "@parley/protocol/retention";
import type { Actor } from "../../domain/auth/actor";
import { eraseSubject } from "../../domain/retention/eraseSubject";
import { listPurgeRuns } from "../../domain/retention/purgeRuns";
import { requestPurge } from "../../domain/retention/retentionJobs";
import { readRetentionSettings, saveRetentionSettings } from "../../domain/retention/retentionSettings";
import type { App, AppContext } from "../context";
import { retentionExamples } from "./retentionExamples";

const tags = ["retention"];

const ERASE_DESCRIPTION =
  "in one transaction and within this site only: their conversations with transcripts, notes, live chats, offers and routing logs, activities, page views, mail addressed to them in the outbox and queued jobs about them. Meetings stay on the hosts' calendars without name, email or links; raw report events stay anonymised, so every report keeps its numbers. Erasing the same one again answers the first erasure (`alreadyErased: true`) and changes nothing. Needs `people.manage` (docs/retention.md).";

/**
 * Data retention (docs/retention.md): the periods per data class (`sites.manage`: privacy is part
 * of managing a site, product.md §10), the purge runs and "run now", and erasing a person or a
 * visitor (`people.manage`: the right that already deletes people).
 */
export function retentionRoutes(app: App, ctx: AppContext): void {
  const { db } = ctx.store;

  app.get(
    "/api/sites/:siteId/retention",
    {
      schema: {
        tags,
        summary: "Read the retention periods",
        description:
          "How long each class of the site's data is kept, in days (null: kept forever). Classes never saved show product.md §9's defaults; report roll-ups (`aggregates`) are always kept.",
        params: SiteParams,
        response: { 200: RetentionSettings },
      },
      config: { examples: retentionExamples.settings, policy: "sites.manage" },
    },
    async (request) => readRetentionSettings(db, request.params.siteId),
  );
  app.put(
    "/api/sites/:siteId/retention",
    {
      schema: {
        tags,
        summary: "Set the retention periods",
        description:
          "Sets every purgeable class's period: whole days from 1 to 3650, or null to keep it forever. A value out of bounds, a missing class or `aggregates` is a 400 and changes nothing. The next purge (hourly, or Run now) applies it.",
        params: SiteParams,
        body: RetentionSettingsBody,
        response: { 200: RetentionSettings },
      },
      config: { examples: retentionExamples.update, policy: "sites.manage" },
    },
    async (request) => saveRetentionSettings(db, request.actor as Actor, request.params.siteId, request.body),
  );
  app.get(
    "/api/sites/:siteId/retention/runs",
    {
      schema: {
        tags,
        summary: "List the purge runs",
        description:
          "The site's latest purge runs, newest first: scheduled (hourly) and requested ones, each with its status, the rows it removed per class, its batches and how long it took.",
        params: SiteParams,
        querystring: PurgeRunsQuery,
        response: { 200: PurgeRunList },
      },
      config: { examples: retentionExamples.runs, policy: "sites.manage" },
    },
    async (request) => ({ items: await listPurgeRuns(db, request.params.siteId, request.query.limit) }),
  );
  app.post(
    "/api/sites/:siteId/retention/runs",
    {
      schema: {
        tags,
        summary: "Run the purge now",
        description:
          "Queues a purge of this site as a durable job and answers its run (status `queued`; poll the list for its progress). While one asked for is queued or running, asking again answers that one.",
        params: SiteParams,
        response: { 202: PurgeRun },
      },
      config: { examples: retentionExamples.purgeNow, policy: "sites.manage" },
    },
    async (request, reply) =>
      reply.status(202).send(await requestPurge(ctx, request.actor as Actor, request.params.siteId)),
  );
  app.post(
    "/api/sites/:siteId/people/:id/erase",
    {
      schema: {
        tags,
        summary: "Erase a person (right to be forgotten)",
        description: `Removes the person, all their visitors and, ${ERASE_DESCRIPTION} Announces \`person.deleted\`.`,
        params: SiteItemParams,
        response: { 200: Erasure },
      },
      config: { examples: retentionExamples.erasePerson, policy: "people.manage" },
    },
    async (request) =>
      eraseSubject(ctx, request.actor as Actor, request.params.siteId, "person", request.params.id),
  );
  app.post(
    "/api/sites/:siteId/visitors/:id/erase",
    {
      schema: {
        tags,
        summary: "Erase a visitor (right to be forgotten)",
        description: `Removes one visitor (a browser) and, ${ERASE_DESCRIPTION} A person the visitor was linked to stays, with their other visitors; erase the person to forget them.`,
        params: SiteItemParams,
        response: { 200: Erasure },
      },
      config: { examples: retentionExamples.eraseVisitor, policy: "people.manage" },
    },
    async (request) =>
      eraseSubject(ctx, request.actor as Actor, request.params.siteId, "visitor", request.params.id),
  );
}
