import { contrast, DARK_INK, ink, launcherInk } from "@parley/protocol/colorContrast";

/** WCAG AA for normal text. */
const AA = 4.5;
/** WCAG AA for large text and icons. */
const AA_LARGE = 3;

export type ColourKey =
  "launcherColor" | "headerColor" | "botBubbleColor" | "visitorBubbleColor" | "buttonColor";

export interface ColourHint {
  text: string;
  /** The colour makes something hard to read: said as a warning. */
  warn: boolean;
}

const HEX = /^#[0-9a-fA-F]{6}$/;
const ratio = (r: number) => `${r.toFixed(1)}:1`;
const inkName = (colour: string) => (colour === "#ffffff" || colour === "#fff" ? "white" : "dark");

/**
 * What the widget will do with a branding colour, in words, by the widget's own rules
 * (packages/protocol/src/colorContrast.ts): which text colour goes on it and whether that reads well.
 * Null for a colour not (yet) valid: the field's own error speaks then.
 */
export function colourHint(key: ColourKey, colour: string): ColourHint | null {
  if (!HEX.test(colour)) return null;
  if (key === "buttonColor") {
    // Answer buttons are outlined on white: their text is this colour if it reads on white, else dark.
    const onWhite = contrast(colour, "#ffffff");
    if (onWhite >= AA)
      return { text: `Button text in this colour on white: ${ratio(onWhite)}.`, warn: false };
    return {
      text: `Too light for text on white (${ratio(onWhite)}): answer buttons show dark text with this colour as their border.`,
      warn: true,
    };
  }
  if (key === "launcherColor") {
    const icon = launcherInk(colour);
    const r = contrast(colour, icon === "#fff" ? "#ffffff" : DARK_INK);
    return r >= AA_LARGE
      ? { text: `Icon in ${inkName(icon)}: ${ratio(r)}.`, warn: false }
      : { text: `The ${inkName(icon)} icon is hard to see on it (${ratio(r)}; aim for 3:1).`, warn: true };
  }
  const text = ink(colour);
  const r = contrast(colour, text);
  return r >= AA
    ? { text: `Text in ${inkName(text)}: ${ratio(r)}.`, warn: false }
    : {
        text: `Text on it is hard to read in white or dark (${ratio(r)}; aim for 4.5:1). Pick a lighter or darker shade.`,
        warn: true,
      };
}
