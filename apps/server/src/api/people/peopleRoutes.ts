import { ListQuery, OkResponse, SiteItemParams, SiteParams } from "@parley/protocol/common";
import { CreatePersonBody, Person, UpdatePersonBody } from "@parley/protocol/people";
import { z } from "zod";
import {
  createPerson,
  deletePerson,
  getPerson,
  listPeople,
  updatePerson,
} from "../../domain/people/personStore";
import type { App, AppContext } from "../context";

const tags = ["people"];

export function peopleRoutes(app: App, ctx: AppContext): void {
  const { db } = ctx.store;
  const announce = (siteId: string, name: string, data: unknown) =>
    ctx.bus.publish({ channel: `site:${siteId}`, name, data });

  app.get(
    "/api/sites/:siteId/people",
    {
      schema: { tags, params: SiteParams, querystring: ListQuery, response: { 200: z.array(Person) } },
      config: { policy: "people.view" },
    },
    async (request) => listPeople(db, request.params.siteId, request.query),
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
      const person = await createPerson(db, request.params.siteId, request.body);
      await announce(person.siteId, "person.created", person);
      return reply.status(201).send(person);
    },
  );
  app.patch(
    "/api/sites/:siteId/people/:id",
    {
      schema: { tags, params: SiteItemParams, body: UpdatePersonBody, response: { 200: Person } },
      config: { policy: "people.manage" },
    },
    async (request) => {
      const person = await updatePerson(db, request.params.siteId, request.params.id, request.body);
      await announce(person.siteId, "person.updated", person);
      return person;
    },
  );
  app.delete(
    "/api/sites/:siteId/people/:id",
    {
      schema: { tags, params: SiteItemParams, response: { 200: OkResponse } },
      config: { policy: "people.manage" },
    },
    async (request) => {
      await deletePerson(db, request.params.siteId, request.params.id);
      return { ok: true as const };
    },
  );
}
