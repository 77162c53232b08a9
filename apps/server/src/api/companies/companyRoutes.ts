import { OkResponse, SiteItemParams, SiteParams } from "@parley/protocol/common";
import { CompanyListQuery, CompanyPage } from "@parley/protocol/directory";
import { Company, CreateCompanyBody, UpdateCompanyBody } from "@parley/protocol/people";
import { createCompany, deleteCompany, getCompany, updateCompany } from "../../domain/people/companyStore";
import { listCompanies } from "../../domain/people/listCompanies";
import type { App, AppContext } from "../context";

const tags = ["companies"];

export function companyRoutes(app: App, ctx: AppContext): void {
  const { db } = ctx.store;
  app.get(
    "/api/sites/:siteId/companies",
    {
      schema: { tags, params: SiteParams, querystring: CompanyListQuery, response: { 200: CompanyPage } },
      config: { policy: "people.view" },
    },
    async (request) => listCompanies(ctx.store, request.params.siteId, request.query),
  );
  app.get(
    "/api/sites/:siteId/companies/:id",
    {
      schema: { tags, params: SiteItemParams, response: { 200: Company } },
      config: { policy: "people.view" },
    },
    async (request) => getCompany(db, request.params.siteId, request.params.id),
  );
  app.post(
    "/api/sites/:siteId/companies",
    {
      schema: { tags, params: SiteParams, body: CreateCompanyBody, response: { 201: Company } },
      config: { policy: "people.manage" },
    },
    async (request, reply) =>
      reply.status(201).send(await createCompany(ctx, request.params.siteId, request.body)),
  );
  app.patch(
    "/api/sites/:siteId/companies/:id",
    {
      schema: { tags, params: SiteItemParams, body: UpdateCompanyBody, response: { 200: Company } },
      config: { policy: "people.manage" },
    },
    async (request) => updateCompany(ctx, request.params.siteId, request.params.id, request.body),
  );
  app.delete(
    "/api/sites/:siteId/companies/:id",
    {
      schema: { tags, params: SiteItemParams, response: { 200: OkResponse } },
      config: { policy: "people.manage" },
    },
    async (request) => {
      await deleteCompany(ctx, request.params.siteId, request.params.id);
      return { ok: true as const };
    },
  );
}
