import { OkResponse, SiteItemParams, SiteParams } from "@parley/protocol/common";
import { CompanyListQuery, CompanyPage } from "@parley/protocol/directory";
import { Company, CreateCompanyBody, UpdateCompanyBody } from "@parley/protocol/people";
import { createCompany, deleteCompany, getCompany, updateCompany } from "../../domain/people/companyStore";
import { listCompanies } from "../../domain/people/listCompanies";
import type { App, AppContext } from "../context";
import { companyExamples } from "./companyExamples";

const tags = ["companies"];

export function companyRoutes(app: App, ctx: AppContext): void {
  const { db } = ctx.store;
  app.get(
    "/api/sites/:siteId/companies",
    {
      schema: {
        summary: "List companies",
        description:
          "The site's companies, each with its number of people, `limit` at a time, keyset-paged with `cursor` (same `sort` and `order`). `q` matches the start of the name or the domain.",
        tags,
        params: SiteParams,
        querystring: CompanyListQuery,
        response: { 200: CompanyPage },
      },
      config: { examples: companyExamples.list, policy: "people.view" },
    },
    async (request) => listCompanies(ctx.store, request.params.siteId, request.query),
  );
  app.get(
    "/api/sites/:siteId/companies/:id",
    {
      schema: {
        summary: "Get a company",
        description: "One company of the site with its fields and account owner.",
        tags,
        params: SiteItemParams,
        response: { 200: Company },
      },
      config: { examples: companyExamples.get, policy: "people.view" },
    },
    async (request) => getCompany(db, request.params.siteId, request.params.id),
  );
  app.post(
    "/api/sites/:siteId/companies",
    {
      schema: {
        summary: "Create a company",
        description:
          "Creates a company; a domain another company of the site has is a 409, an owner who cannot reach the site a 400.",
        tags,
        params: SiteParams,
        body: CreateCompanyBody,
        response: { 201: Company },
      },
      config: { examples: companyExamples.create, policy: "people.manage" },
    },
    async (request, reply) =>
      reply.status(201).send(await createCompany(ctx, request.params.siteId, request.body)),
  );
  app.patch(
    "/api/sites/:siteId/companies/:id",
    {
      schema: {
        summary: "Update a company",
        description: "Changes only the fields given; `fields` merges with the stored custom values.",
        tags,
        params: SiteItemParams,
        body: UpdateCompanyBody,
        response: { 200: Company },
      },
      config: { examples: companyExamples.update, policy: "people.manage" },
    },
    async (request) => updateCompany(ctx, request.params.siteId, request.params.id, request.body),
  );
  app.delete(
    "/api/sites/:siteId/companies/:id",
    {
      schema: {
        summary: "Delete a company",
        description: "Deletes the company; its people stay, without a company.",
        tags,
        params: SiteItemParams,
        response: { 200: OkResponse },
      },
      config: { examples: companyExamples.delete, policy: "people.manage" },
    },
    async (request) => {
      await deleteCompany(ctx, request.params.siteId, request.params.id);
      return { ok: true as const };
    },
  );
}
