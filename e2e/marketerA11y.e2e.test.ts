import type { Page } from "playwright-core";
import { describe, expect, test } from "vitest";
import {
  type AxeProblem,
  seriousAxeProblems,
  settledLayout,
  sidewaysOverflow,
  tabsIntoMain,
} from "./support/axe";
import { giveEmailOnDemo } from "./support/demoVisitor";
import { saveScreenshot } from "./support/launchBrowser";
import { E2E_ENABLED, E2E_SKIP_NOTE } from "./support/e2eGate";
import { openContext, peopleSuite } from "./support/peopleSuite";
import { signIn } from "./support/signIn";
import { startServer } from "./support/startServer";
import { ADMIN } from "./support/widgetServer";

/** One screen: where it is, what shows it is loaded, and what to do on it before checking. */
interface Screen {
  name: string;
  path: string;
  /** The screen's main heading (level 1), or another accessible name that shows it has loaded. */
  ready: (page: Page) => Promise<void>;
  prepare?: (page: Page) => Promise<void>;
  /** A screen of issue 11 or 12: also checked at 1024 px for sideways scrolling and keyboard reach. */
  isNew?: boolean;
}

const heading = (name: string | RegExp) => async (page: Page) => {
  await page.getByRole("heading", { name, level: 1 }).first().waitFor();
};

/** The designer has drawn its cards and placed the ones without a place (auto-arrange is done). */
async function designerReady(page: Page): Promise<void> {
  await page.locator(".react-flow__node").first().waitFor();
  await expect
    .poll(
      () =>
        page
          .getByRole("toolbar", { name: "Designer" })
          .getByRole("button", { name: /arrang/i })
          .innerText(),
      {
        timeout: 15_000,
      },
    )
    .toBe("Arrange");
}

/** Waits until no loading placeholder is left (QueryState's "Loading …" status). */
async function loaded(page: Page): Promise<void> {
  await expect.poll(() => page.locator(".loading, [aria-busy='true']").count(), { timeout: 15_000 }).toBe(0);
}

describe.skipIf(!E2E_ENABLED)(`Accessibility of every screen (axe-core, browser)${E2E_SKIP_NOTE}`, () => {
  const suite = peopleSuite();

  test(
    "axe finds no serious or critical problem on any screen at 1280 px; the new screens fit 1024 px and are reachable by keyboard",
    { timeout: 240_000 },
    async ({ onTestFailed }) => {
      const { admin, site, server } = suite;
      const base = `/api/sites/${site.id}`;
      const dialogues = await admin.request<{ id: string; name: string }[]>(
        "GET",
        `${base}/dialogues?kind=dialogue`,
      );
      const demo = dialogues.find((d) => d.name === "Welcome to Parley");
      if (!demo) throw new Error("no demo dialogue");
      const flow = await admin.request<{ id: string }>("POST", `${base}/dialogues`, {
        name: "Qualify",
        kind: "flow",
      });
      await admin.request("POST", `${base}/segments`, {
        name: "Big accounts",
        conditions: {
          match: "all",
          conditions: [
            { type: "attribute", attribute: "person.email", operator: "contains", value: "bigco" },
          ],
        },
      });
      await admin.request("POST", `${base}/answers`, {
        question: "How long does shipping take?",
        answer: "Shipping takes 3 days.",
      });
      const company = await admin.request<{ id: string }>("POST", `${base}/companies`, {
        name: "Analytical Engines",
        domain: "analytical.test",
      });
      const { newPage } = await openContext(suite, onTestFailed, "a11y");
      await giveEmailOnDemo(await newPage(), server.baseUrl, "grace@navy.test");
      const people = await admin.request<{ items: { id: string }[] }>("GET", `${base}/people?q=grace`);
      const personId = people.items[0]?.id ?? "";
      const me = await admin.request<{ user: { id: string } }>("GET", "/api/auth/me");

      const screens: Screen[] = [
        { name: "Dialogues list", path: "/app/dialogues", ready: heading("Dialogues"), isNew: true },
        { name: "Flows list", path: "/app/flows", ready: heading(/flows/i), isNew: true },
        {
          name: "Designer with a card selected and the test chat open",
          path: `/app/dialogues/${demo.id}/design`,
          ready: designerReady,
          prepare: async (page) => {
            await page.locator(".react-flow__node .card-node-head").first().click();
            await page.getByRole("complementary", { name: "Card settings" }).waitFor();
            await page.getByRole("button", { name: "Test chat" }).click();
            await page.getByRole("log", { name: "Test conversation" }).waitFor();
          },
          isNew: true,
        },
        {
          name: "Flow designer",
          path: `/app/flows/${flow.id}/design`,
          ready: designerReady,
          isNew: true,
        },
        {
          name: "Targeting",
          path: `/app/dialogues/${demo.id}/targeting`,
          ready: async (page) => {
            await page.getByRole("heading", { name: "Targeting" }).first().waitFor();
          },
          isNew: true,
        },
        { name: "Segments", path: "/app/dialogues/segments", ready: heading(/segments/i), isNew: true },
        {
          name: "Dialogue settings and versions",
          path: `/app/dialogues/${demo.id}/settings`,
          ready: async (page) => {
            await page.locator("#dialogue-versions-title").waitFor();
          },
          isNew: true,
        },
        {
          name: "Dialogue report with the funnel on the stream",
          path: `/app/dialogues/${demo.id}/report`,
          ready: async (page) => {
            await page.getByRole("heading", { name: /^Funnel of version/, level: 2 }).waitFor();
            await page.locator(".read-only-flow .react-flow__node").first().waitFor();
          },
          isNew: true,
        },
        {
          name: "Flow report (never published)",
          path: `/app/flows/${flow.id}/report`,
          ready: async (page) => {
            await page.getByRole("heading", { name: "Funnel", level: 2 }).waitFor();
          },
          isNew: true,
        },
        {
          name: "Site settings with the preview",
          path: `/app/settings/sites/${site.id}`,
          ready: async (page) => {
            await page.locator("iframe").first().waitFor();
          },
          isNew: true,
        },
        {
          name: "Answer library",
          path: "/app/settings/answers",
          ready: async (page) => {
            await page
              .getByRole("heading", { name: /answer/i, level: 2 })
              .first()
              .waitFor();
          },
          isNew: true,
        },
        // Issue 12's dashboards: drawn charts with their data tables (the demo visitor's numbers).
        ...[
          ["Reports overview", "/app/reports", "Reports"],
          ["Meetings report", "/app/reports/meetings", "Meetings report"],
          ["Live chat report", "/app/reports/live-chat", "Live chat report"],
        ].map(([name, path, title]) => ({
          name: name!,
          path: path!,
          ready: async (page: Page) => {
            await heading(title!)(page);
            await page.locator(".report-section").first().waitFor();
          },
          isNew: true,
        })),
        { name: "Inbox", path: "/app/inbox", ready: heading(/inbox/i) },
        { name: "People", path: "/app/people", ready: heading("People") },
        { name: "Person", path: `/app/people/${personId}`, ready: heading("grace@navy.test") },
        { name: "Companies", path: "/app/people/companies", ready: heading(/compan/i) },
        {
          name: "Company",
          path: `/app/people/companies/${company.id}`,
          ready: heading("Analytical Engines"),
        },
        { name: "Fields", path: "/app/people/fields", ready: heading(/fields/i) },
        { name: "Meetings", path: "/app/meetings", ready: heading(/meetings/i) },
        { name: "Availability", path: "/app/account/availability", ready: heading(/availability/i) },
        { name: "Password change", path: "/app/account/password", ready: heading(/password/i) },
        ...[
          "users",
          "roles",
          "teams",
          "api-keys",
          "sites",
          "answers",
          "outbox",
          "live-chat",
          "routing",
          "canned-responses",
          "agents",
          "meetings",
        ].map((section) => ({
          name: `Settings: ${section}`,
          path: `/app/settings/${section}`,
          ready: async (page: Page) => {
            await page.getByRole("heading", { level: 2 }).first().waitFor();
          },
        })),
      ];

      const page = await newPage();
      await signIn(page, server.baseUrl, ADMIN.email, ADMIN.password);
      await page.evaluate(
        ([k, v]) => localStorage.setItem(k ?? "", v ?? ""),
        [`parley.site.${me.user.id}`, site.id],
      );
      const found: Record<string, AxeProblem[]> = {};
      const wide: string[] = [];
      const unreachable: string[] = [];
      for (const screen of screens) {
        await page.setViewportSize({ width: 1280, height: 900 });
        await page.goto(`${server.baseUrl}${screen.path}`);
        try {
          await screen.ready(page);
          await loaded(page);
          await screen.prepare?.(page);
        } catch (error) {
          // Listed with the rest, so one run names every screen that needs work.
          const message = error instanceof Error ? (error.message.split("\n")[0] ?? "") : String(error);
          found[screen.name] = [{ rule: "did-not-load", impact: "critical", help: message, targets: [] }];
          console.error(`Screenshot of ${screen.name}: ${await saveScreenshot(page, `a11y-${screen.name}`)}`);
          continue;
        }
        const problems = await seriousAxeProblems(page);
        if (problems.length > 0) found[screen.name] = problems;
        if (!screen.isNew) continue;
        await page.setViewportSize({ width: 1024, height: 768 });
        await screen.ready(page);
        await settledLayout(page);
        const overflow = await sidewaysOverflow(page);
        if (overflow.length > 0) wide.push(`${screen.name}: ${overflow.join(", ")}`);
        if ((await tabsIntoMain(page)) === null) unreachable.push(screen.name);
      }

      // Signed out: the sign-in page; a new instance: the setup page.
      const { newPage: signedOut } = await openContext(suite, onTestFailed, "a11y-signed-out");
      const signInPage = await signedOut();
      await signInPage.goto(`${server.baseUrl}/app/sign-in`);
      await signInPage.getByRole("button", { name: "Sign in" }).waitFor();
      const signInProblems = await seriousAxeProblems(signInPage);
      if (signInProblems.length > 0) found["Sign-in"] = signInProblems;
      const fresh = await startServer();
      try {
        const setupUrl = fresh.setupUrl();
        if (!setupUrl) throw new Error("the fresh server printed no setup link");
        await signInPage.goto(setupUrl);
        await signInPage.getByRole("heading", { level: 1 }).waitFor();
        const setupProblems = await seriousAxeProblems(signInPage);
        if (setupProblems.length > 0) found.Setup = setupProblems;
      } finally {
        await fresh.stop();
      }

      if (Object.keys(found).length > 0) console.error(JSON.stringify(found, null, 2));
      expect({ found, wide, unreachable }).toEqual({ found: {}, wide: [], unreachable: [] });
    },
  );

  test("the designer's cards are reached and selected with the keyboard", async ({ onTestFailed }) => {
    const { admin, site, server } = suite;
    const dialogues = await admin.request<{ id: string; name: string }[]>(
      "GET",
      `/api/sites/${site.id}/dialogues?kind=dialogue`,
    );
    const demo = dialogues.find((d) => d.name === "Welcome to Parley");
    const { newPage } = await openContext(suite, onTestFailed, "a11y-designer-keyboard");
    const page = await newPage();
    await signIn(page, server.baseUrl, ADMIN.email, ADMIN.password);
    await page.goto(`${server.baseUrl}/app/dialogues/${demo?.id ?? ""}/design`);
    await designerReady(page);
    // Tab from the top until a card has the focus; its name says which card it is.
    let name: string | null = null;
    for (let i = 0; i < 60 && name === null; i++) {
      await page.keyboard.press("Tab");
      name = await page.evaluate(() => {
        const node = document.activeElement?.closest(".react-flow__node");
        return node ? (node.querySelector("article")?.getAttribute("aria-label") ?? "") : null;
      });
    }
    expect(name).toMatch(/ card /);
    await page.keyboard.press("Enter");
    await page.getByRole("complementary", { name: "Card settings" }).waitFor();
    expect(
      await page
        .getByRole("complementary", { name: "Card settings" })
        .getByRole("heading", { level: 2 })
        .count(),
    ).toBe(1);
  });
});
