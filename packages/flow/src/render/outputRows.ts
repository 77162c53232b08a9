import type { RunOutput } from "../runner/runOutput";
import type { InvalidAnswerCode } from "../runner/validateCapture";
import type { SafeText } from "../text/safeText";
import { linkHref } from "./linkHref";

/** The translated standard texts an output may show (the widget's messages; the designer's English). */
export interface OutputWords {
  nobodyAvailable: string;
  noAnswer: string;
  failed: string;
  pdf: string;
  page: string;
  invalid: Partial<Record<InvalidAnswerCode, string>>;
}

/**
 * One row of what an output shows. `bubble`: the bot's text (SafeText, or a standard text), with a
 * message's image and a consent's privacy-policy link; `content`: the offered document's card;
 * `meeting`: the slot picker; `error`: a refused answer or a broken stream.
 */
export type OutputRow =
  | { row: "bubble"; text: SafeText | string; image?: { src: string; alt: string }; privacyHref?: string }
  | { row: "content"; title: string; kindLabel: string; url: string | null }
  | { row: "meeting" }
  | { row: "error"; text: string };

const has = (text: SafeText | null | undefined): text is SafeText => !!text && text.length > 0;

/**
 * What each output type shows, DOM-free. The widget (apps/widget/src/app/ui/renderMessage.ts) keeps
 * its own switch to stay within its size budget; apps/widget/src/app/ui/sharedRenderRules.test.ts
 * checks that both show the same for the same outputs. `privacyUrl`: the site's policy, used when
 * the consent card names none. A live chat's "connecting" and agent belong to the chat's own state.
 */
export function outputRows(output: RunOutput, words: OutputWords, privacyUrl?: string | null): OutputRow[] {
  const bubble = (text: SafeText | null | undefined, fallback?: string): OutputRow[] =>
    has(text) ? [{ row: "bubble", text }] : fallback ? [{ row: "bubble", text: fallback }] : [];
  switch (output.type) {
    case "message": {
      const src = linkHref(output.image?.url);
      return [
        {
          row: "bubble",
          text: output.text,
          ...(src ? { image: { src, alt: output.image?.alt ?? "" } } : {}),
        },
      ];
    }
    case "question":
    case "capture":
    case "answerPrompt":
      return [{ row: "bubble", text: output.text }];
    case "consent": {
      const href = linkHref(output.privacyUrl ?? privacyUrl);
      return [{ row: "bubble", text: output.text, ...(href ? { privacyHref: href } : {}) }];
    }
    case "content":
      return [
        ...bubble(output.text),
        {
          row: "content",
          title: output.title,
          kindLabel: output.kind === "pdf" ? words.pdf : words.page,
          url: linkHref(output.url),
        },
      ];
    case "meeting":
      return [...bubble(output.text), { row: "meeting" }];
    case "liveChat":
      return bubble(output.text);
    case "liveChatUnavailable":
      return bubble(output.text, words.nobodyAvailable);
    case "noAnswer":
      return bubble(output.text, words.noAnswer);
    case "invalid":
      return [{ row: "error", text: words.invalid[output.code] ?? words.failed }];
    case "error":
      return [{ row: "error", text: words.failed }];
    case "completed":
      return [];
  }
}
