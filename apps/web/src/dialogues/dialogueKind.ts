import type { Dialogue } from "@parley/protocol/dialogues";

export type DialogueKind = Dialogue["kind"];

/** How the app names each kind, and where its list lives. */
export const KIND_WORDS: Readonly<
  Record<DialogueKind, { one: string; many: string; title: string; listPath: "/dialogues" | "/flows" }>
> = {
  dialogue: { one: "dialogue", many: "dialogues", title: "Dialogues", listPath: "/dialogues" },
  flow: { one: "flow", many: "flows", title: "Conversational flows", listPath: "/flows" },
};

/** The kind an app path is about: /flows… is a flow's, anything else a dialogue's. */
export const kindOfPath = (pathname: string): DialogueKind =>
  pathname === "/flows" || pathname.startsWith("/flows/") ? "flow" : "dialogue";

export type DialogueTab = "design" | "targeting" | "settings" | "report";

/** The app's path of one dialogue's or flow's tab (a route of dialogueRoutes.tsx). */
export const TAB_PATHS = {
  dialogue: {
    design: "/dialogues/$dialogueId/design",
    targeting: "/dialogues/$dialogueId/targeting",
    settings: "/dialogues/$dialogueId/settings",
    report: "/dialogues/$dialogueId/report",
  },
  flow: {
    design: "/flows/$dialogueId/design",
    targeting: "/flows/$dialogueId/targeting",
    settings: "/flows/$dialogueId/settings",
    report: "/flows/$dialogueId/report",
  },
} as const satisfies Record<DialogueKind, Record<DialogueTab, string>>;
