import { OkResponse, SiteItemParams, SiteParams } from "@parley/protocol/common";
import { PeopleListQuery, PersonPage } from "@parley/protocol/directory";
import { CreatePersonBody, Person, UpdatePersonBody } from "@parley/protocol/people";
import { listPeople } from "../../domain/people/listPeople";
import { createPerson, deletePerson, getPerson, updatePerson } from "../../domain/people/personStore";
import type { App, AppContext } from "../context";
import { peopleExamples } from "./peopleExamples";

const tags = ["people"];

export function peopleRoutes(app: App, ctx: AppContext): void {
  const { db } = ctx.store;

  app.get(
    "/api/sites/:siteId/people",
    {
      schema: {
        summary: "List people",
        description:
          "The site's people, each with its company's name, `limit` at a time (1–200, default 50), keyset-paged: pass `nextCursor` as `cursor` with the same `sort` and `order` (`null` on the last page). `q` matches the start of the email, first name, last name or \"first last\"; filters: `known`, `companyId`, `field` + `op` + `value`, created/updated ranges.",
        tags,
        params: SiteParams,
        querystring: PeopleListQuery,
        response: { 200: PersonPage },
      },
      config: { examples: peopleExamples.list, policy: "people.view" },
    },
    async (request) => listPeople(ctx.store, request.params.siteId, request.query, ctx.peopleList),
  );
  app.get(
    "/api/sites/:siteId/people/:id",
    {
      schema: {
        summary: "Get a person",
        description:
          "One person of the site with their standard and custom fields; a person of another site is a 404.",
        tags,
        params: SiteItemParams,
        response: { 200: Person },
      },
      config: { examples: peopleExamples.get, policy: "people.view" },
    },
    async (request) => getPerson(db, request.params.siteId, request.params.id),
  );
  app.post(
    "/api/sites/:siteId/people",
    {
      schema: {
        summary: "Create a person",
        description:
          "Creates a person. An email already used by another person of the site is a 409; a field problem is a 400 naming the field (`/fields/<key>`), and nothing is written.",
        tags,
        params: SiteParams,
        body: CreatePersonBody,
        response: { 201: Person },
      },
      config: { examples: peopleExamples.create, policy: "people.manage" },
    },
    async (request, reply) => {
      return reply.status(201).send(await createPerson(ctx, request.params.siteId, request.body));
    },
  );
  app.patch(
    "/api/sites/:siteId/people/:id",
    {
      schema: {
        summary: "Update a person",
        description:
          "Changes only the fields given; `fields` merges with the custom values already stored (a null removes one).",
        tags,
        params: SiteItemParams,
        body: UpdatePersonBody,
        response: { 200: Person },
      },
      config: { examples: peopleExamples.update, policy: "people.manage" },
    },
    async (request) => updatePerson(ctx, request.params.siteId, request.params.id, request.body),
  );
  app.delete(
    "/api/sites/:siteId/people/:id",
    {
      schema: {
        summary: "Delete a person",
        description:
          "Deletes the person; their visitors stay anonymous and `person.deleted` is announced on the site's channel.",
        tags,
        params: SiteItemParams,
        response: { 200: OkResponse },
      },
      config: { examples: peopleExamples.delete, policy: "people.manage" },
    },
    async (request) => {
      await deletePerson(ctx, request.params.siteId, request.params.id);
      return { ok: true as const };
    },
  );
}
