import type { WidgetBootstrap } from "@parley/protocol/widgetBootstrap";
import type { WidgetPreviewMessage, WidgetPreviewSeed } from "@parley/protocol/widgetPreview";

/** The sample dialogue's id; the fake server answers only conversations of it. */
export const PREVIEW_DIALOGUE = "preview";

/**
 * The bootstrap the preview's real loader gets instead of the server's: the site as it is being
 * edited (draft branding, language, privacy link) and one sample dialogue that starts at once, so
 * the launcher, the poke and the chat window all show. The visitor is a made-up one: no visitor
 * row exists for it, and no request ever names it (the page has no network access).
 */
export function previewBoot(
  seed: WidgetPreviewSeed,
  draft: Pick<WidgetPreviewMessage, "branding" | "language" | "privacyUrl">,
): WidgetBootstrap {
  return {
    enabled: true,
    visitor: { id: "preview", token: "preview", blocked: false },
    site: {
      name: seed.siteName,
      branding: draft.branding,
      language: draft.language,
      privacyUrl: draft.privacyUrl,
    },
    dialogue: {
      id: PREVIEW_DIALOGUE,
      name: "Preview",
      version: 1,
      trigger: { kind: "immediately" },
      engaged: false,
    },
    flows: [],
  };
}
