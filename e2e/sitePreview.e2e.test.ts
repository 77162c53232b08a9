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

    test(
      "the answer library: add, find, try a question as a visitor would ask it, edit, delete",
      { timeout: 60_000 },
      async ({ onTestFailed }) => {
        const page = await openPage(suite, "answer-library", onTestFailed);
        const nav = await signIn(page, suite.server.baseUrl, ADMIN.email, ADMIN.password);
        await nav.getByRole("link", { name: "Settings", exact: true }).click();
        await page.getByRole("link", { name: "Answer library", exact: true }).click();
        await page.getByRole("heading", { name: "Answer library", level: 2 }).waitFor();

        await page.getByRole("button", { name: "New answer" }).click();
        const form = page.getByRole("form", { name: "New answer" });
        await form.getByLabel("Question").fill("Hi");
        await form.getByRole("button", { name: "Add answer" }).click();
        await form.getByText("Write the question (at least 3 characters)").waitFor();
        await form.getByText("Write the answer visitors get").waitFor();
        await form.getByLabel("Question").fill("How much does it cost?");
        await form.getByLabel("Answer").fill("Plans start at $49 a month.");
        await form.getByLabel("Keywords").fill("price, pricing, plans");
        await form.getByRole("button", { name: "Add answer" }).click();
        await page.getByText("“How much does it cost?” added.").waitFor();
        const list = page.getByRole("list", { name: "Answers" });
        await list.getByText("Plans start at $49 a month.").waitFor();

        // The server's matcher, typos and all, as the Answer card would use it.
        const tryIt = page.getByRole("region", { name: "Try a question" });
        await tryIt.getByLabel("A visitor asks").fill("what are your prices?");
        await tryIt.getByText("Plans start at $49 a month.").waitFor();
        await tryIt.getByLabel("A visitor asks").fill("do you ship to Norway");
        await tryIt.getByText(/No answer matches/).waitFor();

        await page.getByLabel("Search the library").fill("nothing like it");
        await page.getByText("0 of 1 answers match “nothing like it”").waitFor();
        await page.getByLabel("Search the library").fill("pricing");
        await list.getByRole("button", { name: "Edit “How much does it cost?”" }).click();
        const edit = page.getByRole("form", { name: "Edit answer" });
        await edit.getByLabel("Answer").fill("Plans start at $59 a month.");
        await edit.getByRole("button", { name: "Save answer" }).click();
        await list.getByText("Plans start at $59 a month.").waitFor();

        await list.getByRole("button", { name: "Delete “How much does it cost?”" }).click();
        await page.getByRole("alertdialog").getByRole("button", { name: "Delete", exact: true }).click();
        await page.getByText("No answers yet").waitFor();
        await page.context().close();
      },
    );
  },
);
