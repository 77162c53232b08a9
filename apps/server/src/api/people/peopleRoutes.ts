import { OkResponse, SiteItemParams, SiteParams } from "@parley/protocol/common";
import { PeopleListQuery, PersonPage } from "@parley/protocol/directory";
import { CreatePersonBody, Person, UpdatePersonBody } from "@parley/protocol/people";
import { listPeople } from "../../domain/people/listPeople";
import { createPerson, deletePerson, getPerson, updatePerson } from "../../domain/people/personStore";
import type { App, AppContext } from "../context";

const tags = ["people"];

export function peopleRoutes(app: App, ctx: AppContext): void {
  const { db } = ctx.store;

  app.get(
    "/api/sites/:siteId/people",
    {
      schema: { tags, params: SiteParams, querystring: PeopleListQuery, response: { 200: PersonPage } },
      config: { policy: "people.view" },
    },
    async (request) => listPeople(ctx.store, request.params.siteId, request.query, ctx.peopleList),
  );
  app.get(
    "/api/sites/:siteId/people/:id",
    {
      schema: { tags, params: SiteItemParams, response: { 200: Person } },
      config: { policy: "people.view" },
    },
    async (request) => getPerson(db, request.params.siteId, request.params.id),
  );
  app.post(
    "/api/sites/:siteId/people",
    {
      schema: { tags, params: SiteParams, body: CreatePersonBody, response: { 201: Person } },
      config: { policy: "people.manage" },
    },
    async (request, reply) => {
      return reply.status(201).send(await createPerson(ctx, request.params.siteId, request.body));
    },
  );
  app.patch(
    "/api/sites/:siteId/people/:id",
    {
      schema: { tags, params: SiteItemParams, body: UpdatePersonBody, response: { 200: Person } },
      config: { policy: "people.manage" },
    },
    async (request) => updatePerson(ctx, request.params.siteId, request.params.id, request.body),
  );
  app.delete(
    "/api/sites/:siteId/people/:id",
    {
      schema: { tags, params: SiteItemParams, response: { 200: OkResponse } },
      config: { policy: "people.manage" },
    },
    async (request) => {
      await deletePerson(ctx, request.params.siteId, request.params.id);
      return { ok: true as const };
    },
  );
}
