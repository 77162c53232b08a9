import { z } from "zod";
import { Delivery, Trigger } from "./dialogues";
import { Branding, SiteLanguage } from "./sites";

export const BootDialogue = z.object({
  id: z.string(),
  name: z.string(),
  version: z.number(),
  trigger: Trigger,
  /** The visitor engaged with it and did not finish: it follows them, shown at once. */
  engaged: z.boolean(),
});
export type BootDialogue = z.infer<typeof BootDialogue>;

export const BootFlow = z.object({
  id: z.string(),
  name: z.string(),
  delivery: Delivery,
  /** The flow's "on page load" setting applies on this page, and this visitor never met it. */
  startOnLoad: z.boolean(),
});
export type BootFlow = z.infer<typeof BootFlow>;

/**
 * `GET /api/widget/bootstrap`: everything the widget's loader needs on a page (design.md §4 step 1).
 * The server validates its answer against this schema; the widget only imports its type.
 */
export const WidgetBootstrap = z.object({
  enabled: z.boolean(),
  visitor: z.object({ id: z.string(), token: z.string(), blocked: z.boolean() }),
  site: z.object({
    name: z.string(),
    branding: Branding,
    language: SiteLanguage,
    privacyUrl: z.string().nullable(),
  }),
  dialogue: BootDialogue.nullable(),
  flows: z.array(BootFlow),
});
export type WidgetBootstrap = z.infer<typeof WidgetBootstrap>;
