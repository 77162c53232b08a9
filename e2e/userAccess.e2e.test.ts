import type { Locator, Page } from "playwright-core";
import { describe, expect, test } from "vitest";
import { appSuite, openPage } from "./support/appSuite";
import { E2E_ENABLED, E2E_SKIP_NOTE } from "./support/e2eGate";
import { signIn } from "./support/signIn";
import { ADMIN } from "./support/widgetServer";
import { chooseOption, optionNames, selectButton } from "./support/selectField";
import { tick } from "./support/tick";

interface Role {
  id: string;
  name: string;
}

describe.skipIf(!E2E_ENABLED)(
  `Settings: site access and passwords of users (browser)${E2E_SKIP_NOTE}`,
  () => {
    const suite = appSuite();

    async function openUsersAsAdmin(page: Page): Promise<void> {
      const nav = await signIn(page, suite.server.baseUrl, ADMIN.email, ADMIN.password);
      await nav.getByRole("link", { name: "Settings", exact: true }).click();
      await page.getByRole("heading", { name: "Users", exact: true }).waitFor();
    }

    /** The names the top bar's site switcher offers. */
    async function switcherSites(page: Page): Promise<string[]> {
      await selectButton(page, "Site").waitFor();
      return optionNames(page, "Site");
    }

    function rowOf(page: Page, email: string): Locator {
      return page.getByRole("row").filter({ hasText: email });
    }

    async function emailsOfUsers(): Promise<string[]> {
      return (await suite.api.request<{ email: string }[]>("GET", "/api/users")).map((u) => u.email);
    }

    test(
      "a Marketing user limited to one site sees only that site, until the admin opens all sites to them",
      { timeout: 120_000 },
      async ({ onTestFailed }) => {
        const stamp = Date.now();
        const shop = await suite.api.createSite({ name: `Shop ${stamp}` });
        const marketer = {
          name: "Mira Marketer",
          email: `mira.${stamp}@example.com`,
          password: "marketer-pass-1",
        };

        const admin = await openPage(suite, "user-site-access-admin", onTestFailed);
        await openUsersAsAdmin(admin);
        // The admin reaches every site: the demo site and the new one.
        expect(await switcherSites(admin)).toEqual(expect.arrayContaining(["Demo site", shop.name]));

        await admin.getByRole("button", { name: "Add user" }).click();
        await admin.getByLabel("Name", { exact: true }).fill(marketer.name);
        await admin.getByLabel("Email", { exact: true }).fill(marketer.email);
        await chooseOption(admin, "Role", "Marketing user");
        await admin.getByLabel("Password", { exact: true }).fill(marketer.password);
        const access = admin.getByRole("group", { name: "Site access", exact: true });
        expect(await access.getByRole("radio", { name: /All sites/ }).isChecked()).toBe(true);

        // "Chosen sites" with nothing ticked is refused in the form, and nothing reaches the suite.server.
        await tick(access.getByRole("radio", { name: "Chosen sites" }));
        await admin.getByRole("button", { name: "Create user" }).click();
        await access
          .getByRole("alert")
          .filter({ hasText: "Tick at least one site, or choose All sites." })
          .waitFor();
        expect(await emailsOfUsers()).not.toContain(marketer.email);

        await tick(access.getByRole("checkbox", { name: shop.name }));
        await admin.getByRole("button", { name: "Create user" }).click();
        await admin.getByText(`${marketer.name} can now sign in as ${marketer.email}.`).waitFor();
        const row = rowOf(admin, marketer.email);
        await row.getByRole("cell", { name: shop.name, exact: true }).waitFor();

        // The marketer, in a browser of their own, is offered only that site.
        const user = await openPage(suite, "user-site-access-marketer", onTestFailed);
        const userNav = await signIn(user, suite.server.baseUrl, marketer.email, marketer.password);
        expect(await userNav.getByRole("link").allInnerTexts()).toContain("Dialogues");
        expect(await switcherSites(user)).toEqual([shop.name]);

        // Editing in place: "Chosen sites" with everything unticked is refused and changes nothing.
        await row.getByRole("button", { name: `Edit access for ${marketer.name}` }).click();
        const edit = admin.getByRole("group", { name: `Site access for ${marketer.name}` });
        await tick(edit.getByRole("checkbox", { name: shop.name }), false);
        await admin.getByRole("button", { name: "Save access" }).click();
        await edit
          .getByRole("alert")
          .filter({ hasText: "Tick at least one site, or choose All sites." })
          .waitFor();
        await row.getByRole("cell", { name: shop.name, exact: true }).waitFor();

        // All sites: the row says so and the marketer's switcher now offers every site.
        await tick(edit.getByRole("radio", { name: /All sites/ }));
        await admin.getByRole("button", { name: "Save access" }).click();
        await row.getByText("Site access saved").waitFor();
        await row.getByRole("cell", { name: "All sites", exact: true }).waitFor();
        expect(await edit.count()).toBe(0);

        await user.reload();
        await user.getByRole("navigation", { name: "Main" }).waitFor();
        expect(await switcherSites(user)).toEqual(expect.arrayContaining(["Demo site", shop.name]));

        await user.context().close();
        await admin.context().close();
      },
    );

    test(
      "the admin sets a user's password: the server's refusal shows beside the field, then the old password stops working",
      { timeout: 120_000 },
      async ({ onTestFailed }) => {
        const stamp = Date.now();
        const roles = await suite.api.request<Role[]>("GET", "/api/roles");
        const marketingUser = roles.find((r) => r.name === "Marketing user");
        if (!marketingUser) throw new Error("no Marketing user role");
        const person = {
          name: "Paul Password",
          email: `paul.${stamp}@example.com`,
          password: "old-password-1",
        };
        await suite.api.request("POST", "/api/users", {
          name: person.name,
          email: person.email,
          password: person.password,
          roleId: marketingUser.id,
        });
        const newPassword = "new-password-22";

        // Paul is signed in somewhere before the admin changes his password.
        const user = await openPage(suite, "set-password-user", onTestFailed);
        await signIn(user, suite.server.baseUrl, person.email, person.password);

        const admin = await openPage(suite, "set-password-admin", onTestFailed);
        await openUsersAsAdmin(admin);
        await rowOf(admin, person.email)
          .getByRole("button", { name: `Set password for ${person.name}` })
          .click();
        const field = admin.getByLabel(`New password for ${person.name}`);
        await field.fill("short");
        await admin.getByRole("button", { name: "Set password", exact: true }).click();

        // The server's message, beside the field and tied to it.
        await admin.getByText("At least 10 characters").waitFor();
        // The text can show a moment before the field is marked (a busy machine): wait for the mark.
        await expect.poll(() => field.getAttribute("aria-invalid")).toBe("true");
        const describedBy = (await field.getAttribute("aria-describedby")) ?? "";
        const described = await admin.locator(`[id="${describedBy.split(" ").at(-1)}"]`).textContent();
        expect(described).toBe("At least 10 characters");

        await field.fill(newPassword);
        await admin.getByRole("button", { name: "Set password", exact: true }).click();
        await admin
          .getByText(
            `New password set. ${person.name}'s sessions were ended: they must sign in again with the new password.`,
          )
          .waitFor();
        expect(await field.inputValue()).toBe("");

        // As the note says, Paul's open session has ended.
        await user.reload();
        await user.getByRole("heading", { name: "Sign in" }).waitFor();

        // The old password is refused; the new one works.
        await user.getByLabel("Email").fill(person.email);
        await user.getByLabel("Password").fill(person.password);
        await user.getByRole("button", { name: "Sign in" }).click();
        await user.getByRole("alert").filter({ hasText: "Email or password is wrong" }).waitFor();
        expect(await user.getByRole("navigation", { name: "Main" }).count()).toBe(0);

        const nav = await signIn(user, suite.server.baseUrl, person.email, newPassword);
        expect(await nav.getByRole("link").allInnerTexts()).toContain("Dialogues");

        await user.context().close();
        await admin.context().close();
      },
    );
  },
);
