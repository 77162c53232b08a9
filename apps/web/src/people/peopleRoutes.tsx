import { createRoute } from "@tanstack/react-router";
import { appLayoutRoute } from "../routes/appLayoutRoute";
import { lazyPage } from "../routes/lazyPage";
import { CompanySearch } from "./companySearch";
import { ImportSearch } from "./import/importSearch";
import { PeopleSearch } from "./peopleSearch";

/**
 * The People area: people, companies and field definitions. Each page is its own lazily loaded
 * chunk; list filters live in the URL's search (validated), so a filtered list can be shared.
 * Static segments ("companies", "fields") win over `$personId`.
 */
export const peopleListRoute = createRoute({
  getParentRoute: () => appLayoutRoute,
  path: "/people",
  validateSearch: PeopleSearch,
  component: lazyPage(() => import("./PeopleListPage"), "PeopleListPage"),
});

export const personRoute = createRoute({
  getParentRoute: () => appLayoutRoute,
  path: "/people/$personId",
  component: lazyPage(() => import("./person/PersonPage"), "PersonPage"),
});

export const transcriptRoute = createRoute({
  getParentRoute: () => appLayoutRoute,
  path: "/people/$personId/conversations/$conversationId",
  component: lazyPage(() => import("./person/TranscriptPage"), "TranscriptPage"),
});

export const companiesRoute = createRoute({
  getParentRoute: () => appLayoutRoute,
  path: "/people/companies",
  validateSearch: CompanySearch,
  component: lazyPage(() => import("./companies/CompaniesListPage"), "CompaniesListPage"),
});

export const companyRoute = createRoute({
  getParentRoute: () => appLayoutRoute,
  path: "/people/companies/$companyId",
  component: lazyPage(() => import("./companies/CompanyPage"), "CompanyPage"),
});

export const fieldsRoute = createRoute({
  getParentRoute: () => appLayoutRoute,
  path: "/people/fields",
  component: lazyPage(() => import("./fields/FieldsPage"), "FieldsPage"),
});

/** The CSV import wizard for people or companies (?entity=…; people when missing or unknown). */
export const importRoute = createRoute({
  getParentRoute: () => appLayoutRoute,
  path: "/people/import",
  validateSearch: ImportSearch,
  component: lazyPage(() => import("./import/ImportPage"), "ImportPage"),
});

export const peopleRoutes = [
  peopleListRoute,
  personRoute,
  transcriptRoute,
  companiesRoute,
  companyRoute,
  fieldsRoute,
  importRoute,
] as const;
