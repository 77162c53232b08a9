import type { RunOutput } from "../runner/runOutput";
import { safeTextToPlain } from "../text/safeText";

/**
 * What a step showed the visitor, one line per output: `type: plain text` (`type` alone when the
 * output has no text, e.g. a meeting offer without prompt or `completed`). For readable assertions.
 */
export function shownText(outputs: readonly RunOutput[]): string[] {
  return outputs.map((output) => {
    const text = "text" in output && output.text ? safeTextToPlain(output.text) : "";
    const link = output.type === "content" ? `[${output.title}](${output.url})` : "";
    const shown = [text, link].filter(Boolean).join(" ");
    return shown ? `${output.type}: ${shown}` : output.type;
  });
}
