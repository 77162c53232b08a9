import { z } from "zod";
import { Branding, SiteLanguage } from "./sites";

/** What the preview shows: the closed widget (launcher and poke) or the open chat window. */
export const PreviewMode = z.enum(["open", "closed"]);
export type PreviewMode = z.infer<typeof PreviewMode>;

/**
 * The message the web app posts to the widget preview page (GET /widget/preview/:siteId) each time
 * the marketer's unsaved branding changes. The page checks the sender's origin, parses it with this
 * schema and re-mounts the real widget with it: nothing is saved, nothing reaches the server.
 */
export const WidgetPreviewMessage = z.strictObject({
  type: z.literal("parley:preview"),
  branding: Branding,
  language: SiteLanguage,
  privacyUrl: z.string().nullable(),
  mode: PreviewMode,
});
export type WidgetPreviewMessage = z.infer<typeof WidgetPreviewMessage>;

/** The preview page says it is listening (posted to the parent once its script runs). */
export interface WidgetPreviewReady {
  type: "parley:preview-ready";
}

/** What the preview page's HTML carries for its script (a JSON data block, id `parley-preview`). */
export const WidgetPreviewSeed = z.strictObject({
  siteKey: z.string(),
  siteName: z.string(),
  branding: Branding,
  language: SiteLanguage,
  privacyUrl: z.string().nullable(),
});
export type WidgetPreviewSeed = z.infer<typeof WidgetPreviewSeed>;
