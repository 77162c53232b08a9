import { z } from "zod";
import { Domain, DomainPattern, Id, Timestamp } from "./common";
import { LANGUAGES } from "./languages";
import { TimeZone } from "./schedule";

const Colour = z.string().regex(/^#[0-9a-fA-F]{6}$/, "must be a colour such as #1f6feb");

export const Branding = z.strictObject({
  launcherColor: Colour.default("#1f6feb"),
  headerColor: Colour.default("#1f6feb"),
  botBubbleColor: Colour.default("#f1f3f5"),
  visitorBubbleColor: Colour.default("#1f6feb"),
  buttonColor: Colour.default("#1f6feb"),
  font: z
    .string()
    .max(120)
    .regex(/^[\w\s,"'-]*$/, "must be a font family list")
    .default("inherit"),
  position: z.enum(["bottom-right", "bottom-left"]).default("bottom-right"),
  offsetX: z.number().int().min(0).max(400).default(20),
  offsetY: z.number().int().min(0).max(400).default(20),
  botName: z.string().max(60).default("Parley"),
  botAvatarUrl: z
    .url({ protocol: /^https?$/ })
    .nullable()
    .default(null),
  headerText: z.string().max(120).default("Chat with us"),
  responseDelaySeconds: z.number().min(0).max(10).default(1),
  sounds: z.boolean().default(true),
  poke: z.boolean().default(true),
  pokeOnMobile: z.boolean().default(false),
});
export type Branding = z.infer<typeof Branding>;

export const SiteLanguage = z.enum(["auto", ...LANGUAGES]);

const RestartAfterDays = z.number().int().min(1).max(3650).nullable();

export const Site = z.object({
  id: Id,
  name: z.string(),
  siteKey: z.string().describe("Public key used in the widget snippet"),
  allowedDomains: z.array(z.string()),
  branding: Branding,
  chatEnabled: z.boolean(),
  blockedEmailDomains: z.array(z.string()),
  privacyUrl: z.string().nullable(),
  language: SiteLanguage,
  restartAfterDays: z
    .number()
    .int()
    .nullable()
    .describe("Days after which a dialogue a visitor finished may show to them again; null: show once"),
  timeZone: TimeZone.describe("IANA zone of the site's days: reports' dates and daily totals"),
  createdAt: Timestamp,
});
export type Site = z.infer<typeof Site>;

export const CreateSiteBody = z.strictObject({
  name: z.string().trim().min(1).max(120),
  allowedDomains: z.array(DomainPattern).max(100).default([]),
  branding: Branding.partial().optional(),
  chatEnabled: z.boolean().default(true),
  blockedEmailDomains: z.array(Domain).max(1000).default([]),
  privacyUrl: z
    .url({ protocol: /^https?$/ })
    .nullable()
    .default(null),
  language: SiteLanguage.default("auto"),
  restartAfterDays: RestartAfterDays.default(null),
  timeZone: TimeZone.default("UTC"),
});
export const UpdateSiteBody = z.strictObject({
  name: z.string().trim().min(1).max(120).optional(),
  allowedDomains: z.array(DomainPattern).max(100).optional(),
  branding: Branding.partial().optional(),
  chatEnabled: z.boolean().optional(),
  blockedEmailDomains: z.array(Domain).max(1000).optional(),
  privacyUrl: z
    .url({ protocol: /^https?$/ })
    .nullable()
    .optional(),
  language: SiteLanguage.optional(),
  restartAfterDays: RestartAfterDays.optional(),
  timeZone: TimeZone.optional(),
});

/** A site's identity secret (verified identity): shown to site managers only, never to visitors. */
export const IdentitySecret = z.strictObject({ secret: z.string() });
export type IdentitySecret = z.infer<typeof IdentitySecret>;
