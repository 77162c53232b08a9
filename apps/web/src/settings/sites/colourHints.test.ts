import { describe, expect, it } from "vitest";
import { colourHint } from "./colourHints";

describe("colourHint", () => {
  it("says which text the widget puts on a colour and how well it reads", () => {
    expect(colourHint("headerColor", "#ffd400")).toEqual({ text: "Text in dark: 12.4:1.", warn: false });
    expect(colourHint("headerColor", "#1f6feb")?.text).toBe("Text in white: 4.6:1.");
  });

  it("warns where neither white nor dark text reads well", () => {
    expect(colourHint("botBubbleColor", "#ff4f4f")).toMatchObject({ warn: false });
    const hint = colourHint("visitorBubbleColor", "#7c7c7c");
    expect(hint?.warn).toBe(true);
    expect(hint?.text).toMatch(/hard to read/);
  });

  it("buttons: a light colour gets dark text, as in the widget", () => {
    expect(colourHint("buttonColor", "#1f6feb")).toMatchObject({ warn: false });
    expect(colourHint("buttonColor", "#ffd400")).toMatchObject({ warn: true });
    expect(colourHint("buttonColor", "#ffd400")?.text).toMatch(/dark text/);
  });

  it("the launcher's icon follows the loader's rule", () => {
    expect(colourHint("launcherColor", "#000000")?.text).toBe("Icon in white: 21.0:1.");
    expect(colourHint("launcherColor", "#ffffff")?.text).toMatch(/^Icon in dark/);
  });

  it("says nothing of a colour not typed whole", () => {
    expect(colourHint("headerColor", "#ffd")).toBeNull();
  });
});
