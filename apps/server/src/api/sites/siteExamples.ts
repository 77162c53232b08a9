import type { Site } from "@parley/protocol/sites";
import { EX } from "../openapi/exampleIds";
import type { RouteExamples } from "../openapi/routeExamples";

export const siteExample: Site = {
  id: EX.siteId,
  name: "Example Inc.",
  siteKey: "sk_8Jf3kQ2mZx",
  allowedDomains: ["example.com", "*.example.com"],
  branding: {
    launcherColor: "#1f6feb",
    headerColor: "#1f6feb",
    botBubbleColor: "#f1f3f5",
    visitorBubbleColor: "#1f6feb",
    buttonColor: "#1f6feb",
    font: "inherit",
    position: "bottom-right",
    offsetX: 20,
    offsetY: 20,
    botName: "Parley",
    botAvatarUrl: null,
    headerText: "Chat with us",
    responseDelaySeconds: 1,
    sounds: true,
    poke: true,
    pokeOnMobile: false,
  },
  chatEnabled: true,
  blockedEmailDomains: ["mailinator.com"],
  privacyUrl: "https://www.example.com/privacy",
  language: "auto",
  restartAfterDays: 30,
  timeZone: "Europe/London",
  createdAt: EX.created,
};

export const siteExamples = {
  list: { response: { 200: [siteExample] } },
  get: { response: { 200: siteExample } },
  create: {
    body: {
      name: "Example Inc.",
      allowedDomains: ["example.com", "*.example.com"],
      timeZone: "Europe/London",
    },
    response: { 201: siteExample },
  },
  update: {
    body: { chatEnabled: true, branding: { headerText: "Chat with us" } },
    response: { 200: siteExample },
  },
  delete: { response: { 200: { ok: true } } },
  identitySecret: {
    response: { 200: { secret: "f3c9a1d27b5e48c6a0e1b2d3c4f5a6b7c8d9e0f1a2b3c4d5e6f7a8b9c0d1e2f3" } },
  },
} satisfies Record<string, RouteExamples>;
