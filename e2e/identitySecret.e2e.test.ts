import { describe, expect, test } from "vitest";
import { appSuite, openPage } from "./support/appSuite";
import { E2E_ENABLED, E2E_SKIP_NOTE } from "./support/e2eGate";
import { signIn } from "./support/signIn";
import { ADMIN } from "./support/widgetServer";

describe.skipIf(!E2E_ENABLED)(`Settings: the site's identity secret (browser)${E2E_SKIP_NOTE}`, () => {
  const suite = appSuite();

  test(
    "an admin sees the site's identity secret and regenerates it",
    { timeout: 90_000 },
    async ({ onTestFailed }) => {
      const page = await openPage(suite, "identity-secret", onTestFailed);
      const nav = await signIn(page, suite.server.baseUrl, ADMIN.email, ADMIN.password);
      await nav.getByRole("link", { name: "Settings", exact: true }).click();
      await page.getByRole("link", { name: "Sites", exact: true }).click();
      await page.getByRole("main").getByRole("link", { name: "Demo site" }).first().click();
      const sites = (await (await page.request.get(`${suite.server.baseUrl}/api/sites`)).json()) as {
        id: string;
        name: string;
      }[];
      const demoId = sites.find((s) => s.name === "Demo site")?.id ?? "";
      const stored = async () =>
        (
          (await (
            await page.request.get(`${suite.server.baseUrl}/api/sites/${demoId}/identity-secret`)
          ).json()) as { secret: string }
        ).secret;

      const card = page.getByRole("region", { name: "Verified identity" });
      const shown = card.getByLabel("Identity secret");
      const before = await stored();
      expect(await shown.innerText()).toBe(before);
      await card.getByRole("button", { name: "Regenerate" }).click();
      // The question opens in a small alert dialog beside the button.
      const ask = page.getByRole("alertdialog", {
        name: "Make a new secret? Signatures made with the current one stop working.",
      });
      await ask.getByRole("button", { name: "Regenerate" }).click();
      await card.getByText("New secret made: signatures made with the old one no longer work.").waitFor();
      const after = await stored();
      expect(after).not.toBe(before);
      expect(await shown.innerText()).toBe(after);
    },
  );
});
