import { VISITOR_ATTRIBUTES } from "@parley/flow/conditions/condition";
import type { FieldDefinition } from "@parley/protocol/fields";

export interface TokenChoice {
  path: string;
  label: string;
}

export interface TokenGroup {
  root: "person" | "company" | "agent" | "visitor";
  label: string;
  tokens: readonly TokenChoice[];
}

/** What `{{agent.*}}` reads: the agent of the live chat or booked meeting (flow RunState.agent). */
const AGENT_TOKENS: readonly TokenChoice[] = [
  { path: "agent.name", label: "Agent's name" },
  { path: "agent.email", label: "Agent's email" },
];

const VISITOR_LABELS: Readonly<Record<(typeof VISITOR_ATTRIBUTES)[number], string>> = {
  "page.url": "Page URL",
  referrer: "Referrer",
  device: "Device",
  language: "Browser language",
  timezone: "Time zone",
  country: "Country",
};

/** The common UTM parameters; `visitor.utm.<any>` resolves, these are the ones people use. */
const UTM = ["source", "medium", "campaign", "term", "content"] as const;

/**
 * The tokens the flow package resolves (text/resolveToken: person, company, agent, visitor roots),
 * person and company ones from the site's field definitions.
 */
export function tokenCatalog(fields: readonly FieldDefinition[]): TokenGroup[] {
  const of = (entity: "person" | "company") =>
    fields.filter((f) => f.entity === entity).map((f) => ({ path: `${entity}.${f.key}`, label: f.label }));
  return [
    { root: "person", label: "Person", tokens: of("person") },
    { root: "company", label: "Company", tokens: of("company") },
    { root: "agent", label: "Agent", tokens: AGENT_TOKENS },
    {
      root: "visitor",
      label: "Visit",
      tokens: [
        ...VISITOR_ATTRIBUTES.map((a) => ({ path: `visitor.${a}`, label: VISITOR_LABELS[a] })),
        ...UTM.map((p) => ({ path: `visitor.utm.${p}`, label: `UTM ${p}` })),
      ],
    },
  ];
}
