import { describe, expect, test } from "vitest";
import { appSuite, openPage } from "./support/appSuite";
import { E2E_ENABLED, E2E_SKIP_NOTE } from "./support/e2eGate";
import { chooseOption } from "./support/selectField";
import { signIn } from "./support/signIn";
import { ADMIN } from "./support/widgetServer";

/** The widget's own colours, as getComputedStyle says them. */
const DARK_INK = "rgb(22, 24, 29)";
const WHITE = "rgb(255, 255, 255)";

describe.skipIf(!E2E_ENABLED)(
  `Settings: the live preview is the real widget (browser)${E2E_SKIP_NOTE}`,
  () => {
    const suite = appSuite({ widget: true });

    test(
      "changing the header colour and the bot name shows them at once in the preview's widget, with the widget's own text colour, and saves nothing",
      { timeout: 90_000 },
      async ({ onTestFailed }) => {
        const page = await openPage(suite, "site-preview", onTestFailed);
        const base = suite.server.baseUrl;
        const reached: string[] = [];
        page.on("request", (request) => reached.push(new URL(request.url()).pathname));

        const nav = await signIn(page, base, ADMIN.email, ADMIN.password);
        await nav.getByRole("link", { name: "Settings", exact: true }).click();
        await page.getByRole("link", { name: "Sites", exact: true }).click();
        await page.getByRole("main").getByRole("link", { name: "Demo site" }).first().click();

        const preview = page.frameLocator('iframe[title="Widget preview"]');
        // Playwright's locators pierce the widget's open shadow root.
        const header = preview.locator("parley-widget .hd");
        await header.waitFor();
        // The sample bot message and its buttons, through the widget's own rendering.
        await preview.getByRole("button", { name: "Book a demo" }).waitFor();
        await preview.getByText("Hi there! What brings you here today?").waitFor();

        const form = page.getByRole("form", { name: "Widget appearance of Demo site" });
        const botName = form.getByLabel("Bot name");
        await botName.fill("Ava");
        await expect.poll(() => header.locator("h2").innerText()).toBe("Ava");
        // Re-mounted and opened (its message came after the response delay), the widget did not take
        // the caret out of the field being typed in.
        await preview.getByRole("button", { name: "Book a demo" }).waitFor();
        expect(await botName.evaluate((el) => el === document.activeElement)).toBe(true);
        await form.getByLabel("Header", { exact: true }).fill("#ffd400");
        const colours = () =>
          header.evaluate((el) =>
            [getComputedStyle(el).backgroundColor, getComputedStyle(el).color].join(" / "),
          );
        // A light header gets dark text: the widget's rule (packages/protocol/src/colorContrast.ts).
        await expect.poll(colours).toBe(`rgb(255, 212, 0) / ${DARK_INK}`);
        await form.getByText("Text in dark: 12.4:1.").waitFor();

        await form.getByLabel("Header", { exact: true }).fill("#111827");
        await expect.poll(colours).toBe(`rgb(17, 24, 39) / ${WHITE}`);
        // Half-typed: the preview shows the saved colour until the new one is whole.
        await form.getByLabel("Header", { exact: true }).fill("#ff");
        await botName.fill("Ava B.");
        await expect.poll(() => header.locator("h2").innerText()).toBe("Ava B.");
        expect(await colours()).toBe(`rgb(31, 111, 235) / ${WHITE}`);

        // The widget language of the settings form, before it is saved: the widget's own texts follow.
        const settings = page.getByRole("form", { name: "Settings of Demo site" });
        await chooseOption(settings, "Widget language", "Français (French)");
        await expect
          .poll(() => preview.locator("parley-widget .l").getAttribute("aria-label"))
          .toMatch(/^(Ouvrir|Fermer) la discussion$/);
        await expect
          .poll(() =>
            preview
              .locator("parley-widget textarea, parley-widget input")
              .first()
              .getAttribute("placeholder"),
          )
          .toMatch(/^Écrivez/);

        // Closed: the launcher and the poke with the bot's first words.
        await page.getByText("Closed, with poke", { exact: true }).click();
        await preview
          .locator("parley-widget .poke")
          .getByText("Hi there! What brings you here today?")
          .waitFor();
        expect(await preview.locator("parley-widget [role=dialog]").isVisible()).toBe(false);

        // Nothing was saved, and the preview never reached the widget API or the socket.
        const sites = (await (await page.request.get(`${base}/api/sites`)).json()) as {
          name: string;
          branding: { botName: string; headerColor: string };
        }[];
        const demo = sites.find((s) => s.name === "Demo site");
        expect(demo?.branding.botName).not.toBe("Ava B.");
        expect(reached.filter((p) => p.startsWith("/api/widget") || p === "/ws")).toEqual([]);
        expect(reached).toContain("/widget.js");
        await page.context().close();
      },
    );
  },
);
