import type { CompanyListItem } from "@parley/protocol/directory";
import type { Company, CreateCompanyBody, UpdateCompanyBody } from "@parley/protocol/people";
import type { z } from "zod";
import { EX } from "../openapi/exampleIds";
import type { RouteExamples } from "../openapi/routeExamples";

const company: Company = {
  id: EX.companyId,
  siteId: EX.siteId,
  name: "Analytical Engines Ltd",
  domain: "analytical-engines.example",
  ownerId: EX.agentId,
  fields: { industry: "Manufacturing" },
  createdAt: EX.created,
  updatedAt: EX.at,
};
const listItem: CompanyListItem = { ...company, peopleCount: 3 };
const createBody: z.input<typeof CreateCompanyBody> = {
  name: "Analytical Engines Ltd",
  domain: "analytical-engines.example",
  ownerId: EX.agentId,
  fields: { industry: "Manufacturing" },
};
const updateBody: z.input<typeof UpdateCompanyBody> = { ownerId: EX.agentId };

export const companyExamples = {
  list: {
    querystring: { q: "analytical", sort: "name", order: "asc", limit: 2 },
    response: { 200: { items: [listItem], nextCursor: null } },
  },
  get: { response: { 200: company } },
  create: { body: createBody, response: { 201: company } },
  update: { body: updateBody, response: { 200: company } },
  delete: { response: { 200: { ok: true } } },
} satisfies Record<string, RouteExamples>;
