import type { Locator, Page } from "playwright-core";
import { afterAll, beforeAll, describe, expect, test } from "vitest";
import { E2E_ENABLED, E2E_SKIP_NOTE } from "./support/e2eGate";
import { openContext, peopleSuite } from "./support/peopleSuite";
import {
  chatWindow,
  launcher,
  type PageServer,
  startPageServer,
  testPageHtml,
  widget,
} from "./support/widgetPage";
import { newVisitor } from "./support/widgetSuite";

/** A welcome, an A/B split between two questions, an email capture and a goodbye. */
const splitStream = (hello: string) => ({
  schemaVersion: 1,
  startCardId: "hello",
  cards: [
    { id: "hello", type: "message", text: hello, next: "ab" },
    {
      id: "ab",
      type: "split",
      name: "Offer test",
      branches: [
        { id: "a", name: "Demo offer", weight: 1, next: "qa" },
        { id: "b", name: "Talk offer", weight: 1, next: "qb" },
      ],
    },
    ...["a", "b"].map((branch) => ({
      id: `q${branch}`,
      type: "question",
      text: branch === "a" ? "Offer A: would you like a demo?" : "Offer B: shall we talk?",
      answers: [
        { id: "yes", label: "Yes please", value: "yes", next: "email" },
        { id: "no", label: "No thanks", value: "no", next: "bye" },
      ],
    })),
    { id: "email", type: "capture", text: "Your email?", kind: "email", field: "person.email", next: "bye" },
    { id: "bye", type: "message", text: "Thank you, goodbye." },
  ],
});

type Plan = { answer: "yes" | "no" | "leave"; email?: string };

describe.skipIf(!E2E_ENABLED)(
  `The dialogue's report: the funnel on the stream (browser)${E2E_SKIP_NOTE}`,
  () => {
    const suite = peopleSuite();
    let pages: PageServer;
    beforeAll(async () => {
      pages = await startPageServer();
    });
    afterAll(async () => {
      await pages?.close();
    });

    test(
      "after scripted visitors the marketer reads each card's funnel on the stream, the A/B split and switches version",
      { timeout: 240_000 },
      async ({ onTestFailed }) => {
        const { admin, server } = suite;
        const site = await admin.createSite();
        const dialogueId = await admin.publish(site.id, splitStream("Hello from version one!"), {
          name: "Offer test dialogue",
        });
        const base = `/api/sites/${site.id}/dialogues/${dialogueId}`;
        pages.page("/offer", () => testPageHtml(server.baseUrl, site.siteKey));

        /** One visitor through the published version; says which offer (branch) they met. */
        const visit = async (name: string, plan: Plan): Promise<"a" | "b"> => {
          const { context, page } = await newVisitor(suite, onTestFailed, name);
          await page.goto(`${pages.url}/offer`);
          await widget(page).locator(".poke").waitFor();
          await launcher(page).click();
          const dialog = chatWindow(page);
          const offer = dialog.locator(".log .row").filter({ hasText: /Offer [AB]:/ });
          await offer.waitFor();
          const branch = (await offer.innerText()).includes("Offer A") ? "a" : "b";
          if (plan.answer !== "leave") {
            await dialog
              .getByRole("button", { name: plan.answer === "yes" ? "Yes please" : "No thanks" })
              .click();
            if (plan.email) {
              const input = dialog.getByLabel("Your answer").filter({ visible: true });
              await input.fill(plan.email);
              await input.press("Enter");
            }
            await dialog.getByText("This conversation has ended.").waitFor();
          }
          await context.close();
          return branch;
        };

        const plans: Plan[] = [
          { answer: "yes", email: "ada@example.test" },
          { answer: "no" },
          { answer: "leave" },
          { answer: "yes", email: "grace@example.test" },
        ];
        const branches: ("a" | "b")[] = [];
        for (const [i, plan] of plans.entries()) branches.push(await visit(`report-visitor-${i}`, plan));
        const metA = branches.filter((b) => b === "a").length;
        const metB = branches.length - metA;
        const leaver = branches[2] ?? "a";
        // Half an hour of silence later the visitor who left is counted as dropped (a recurring job).
        await server.advanceClock(31 * 60_000);
        const droppedAtLeaversQuestion = async () => {
          const report = await admin.request<{ tables: { id: string; rows: Record<string, unknown>[] }[] }>(
            "GET",
            `/api/sites/${site.id}/reports/dialogue?dialogueId=${dialogueId}`,
          );
          return report.tables.find((t) => t.id === "funnel")?.rows.find((r) => r.cardId === `q${leaver}`)
            ?.dropped;
        };
        await expect.poll(droppedAtLeaversQuestion, { timeout: 20_000 }).toBe(1);

        // Version 2: a new welcome, met by one visitor who says no.
        await admin.request("PATCH", base, { draft: splitStream("Hello from version two!") });
        await admin.request("POST", `${base}/publish`);
        const branchV2 = await visit("report-visitor-v2", { answer: "no" });

        const { newPage } = await openContext(suite, onTestFailed, "dialogue-report");
        const page = await newPage();
        await signInAs(page, server.baseUrl, suite.marketer.email, suite.marketer.password, site.id);

        // The list: the dialogue's key numbers of the last 30 days, a link to its report.
        await page.goto(`${server.baseUrl}/app/dialogues`);
        const numbers = page.getByRole("link", { name: /^Report of Offer test dialogue, last 30 days/ });
        await expect.poll(() => numbers.innerText()).toContain("5 triggered");
        // Four of the five engaged (one left without a word); two of those four gave their email.
        expect(await numbers.innerText()).toContain("80% engaged");
        expect(await numbers.innerText()).toContain("50% converted");
        await numbers.click();
        await page.waitForURL(/\/app\/dialogues\/[\w-]+\/report$/);
        await page
          .getByRole("link", { name: "Report", exact: true })
          .and(page.locator("[aria-current=page]"))
          .waitFor();

        // Version 2 (the live one) first: one visitor, on every card of their path.
        const funnel = page.getByRole("region", { name: "Funnel of version 2", exact: true });
        await funnel.waitFor();
        await expect.poll(() => cardFigures(funnel, "Message card hello")).toEqual(figures(1, 1, 0));
        await expect
          .poll(() => cardFigures(funnel, `Question card q${branchV2}`))
          .toMatchObject({ reached: "1" });
        await expect
          .poll(() => cardFigures(funnel, "Information capture card email"))
          .toMatchObject({ reached: "0" });
        expect(await funnel.getByText("Hello from version two!").count()).toBe(1);

        // The read-only canvas: nothing to drag, connect, select; no card settings panel, no autosave.
        const requests: string[] = [];
        page.on("request", (r) => {
          if (r.method() !== "GET") requests.push(`${r.method()} ${new URL(r.url()).pathname}`);
        });
        const hello = funnel
          .locator(".react-flow__node")
          .filter({ has: page.getByLabel("Message card hello") });
        const placed = () => hello.evaluate((node) => (node as HTMLElement).style.transform);
        const before = await placed();
        const box = await hello.boundingBox();
        if (!box) throw new Error("the hello card is not drawn");
        // A drag from the card pans the view: the card stays where the stream puts it.
        await page.mouse.move(box.x + box.width / 2, box.y + box.height / 2);
        await page.mouse.down();
        await page.mouse.move(box.x + box.width / 2 + 200, box.y + box.height / 2 + 120, { steps: 5 });
        await page.mouse.up();
        await page.mouse.click(box.x + 10, box.y + 10);
        expect(await placed()).toBe(before);
        expect(await funnel.locator(".react-flow__node.selected, .react-flow__node.draggable").count()).toBe(
          0,
        );
        expect(await page.getByRole("complementary", { name: "Card settings" }).count()).toBe(0);
        expect(requests).toEqual([]);
        // Fit still works (the zoom controls are there).
        await funnel.getByRole("button", { name: /fit view/i }).click();

        // Switch to version 1: the four visitors of the first version.
        await page.getByRole("button", { name: /^Version/ }).click();
        await page.getByRole("option", { name: "Version 1" }).click();
        await page.waitForURL(/version=1/);
        const funnelV1 = page.getByRole("region", { name: "Funnel of version 1", exact: true });
        await expect.poll(() => cardFigures(funnelV1, "Message card hello")).toEqual(figures(4, 4, 0));
        const reachedQuestions = async () =>
          Number((await cardFigures(funnelV1, "Question card qa")).reached) +
          Number((await cardFigures(funnelV1, "Question card qb")).reached);
        await expect.poll(reachedQuestions).toBe(4);
        expect((await cardFigures(funnelV1, "Question card qa")).reached).toBe(String(metA));
        // Two said yes and gave their email; the one who said no went straight to the goodbye.
        expect(await cardFigures(funnelV1, "Information capture card email")).toEqual(figures(2, 2, 0));
        expect((await cardFigures(funnelV1, "Message card bye")).reached).toBe("3");
        expect(await funnelV1.getByText("Hello from version one!").count()).toBe(1);

        // The connectors carry their traffic: everyone from the welcome on, each branch its share.
        const edgeCounts = await funnelV1.locator(".react-flow__edge-text").allTextContents();
        expect(edgeCounts).toEqual(expect.arrayContaining(["4", String(metA), String(metB)]));

        // The visitor who left dropped at their question: its drop-off is theirs.
        expect((await cardFigures(funnelV1, `Question card q${leaver}`)).dropped).toBe("1");
        expect((await cardFigures(funnelV1, `Question card q${leaver === "a" ? "b" : "a"}`)).dropped).toBe(
          "0",
        );

        // The funnel's data table beside the canvas says the same, a row per card.
        const table = funnelV1.getByRole("table", { name: "Funnel of version 1" });
        const rowOf = (card: string) =>
          table.getByRole("row").filter({ has: page.getByRole("rowheader", { name: card, exact: true }) });
        expect(await table.getByRole("row").count()).toBe(1 + 6);
        expect(await cellsOf(rowOf("hello"))).toEqual(["4", "4", "0", "0%"]);
        expect(await cellsOf(rowOf("email"))).toEqual(["2", "2", "0", "0%"]);

        // The A/B split: one row per branch with its conversations, and the significance note.
        const splits = page.locator("[data-report-section=splits]");
        const branchRow = (name: string) =>
          splits.getByRole("row").filter({ has: page.getByRole("rowheader", { name, exact: true }) });
        await expect.poll(() => branchRow("Demo offer").count()).toBe(1);
        expect((await cellsOf(branchRow("Demo offer"))).slice(0, 2)).toEqual(["Offer test", String(metA)]);
        expect((await cellsOf(branchRow("Talk offer"))).slice(0, 2)).toEqual(["Offer test", String(metB)]);
        expect(await splits.locator(".report-notes").innerText()).toContain("Talk offer vs Demo offer");

        // The number cards count version 1: four triggered, three engaged (one left without a word).
        expect(await page.locator("[data-total=triggered] dd").innerText()).toBe("4");
        expect(await page.locator("[data-total=engaged] dd").innerText()).toBe("3");
      },
    );

    test("without reports.view: no key numbers in the list, no Report tab, no report asked for", async ({
      onTestFailed,
    }) => {
      const { admin, server } = suite;
      const site = await admin.createSite();
      const dialogueId = await admin.publish(site.id, splitStream("Hello!"), { name: "Quiet dialogue" });
      const role = await admin.request<{ id: string }>("POST", "/api/roles", {
        name: "Designer without reports",
        permissions: ["dialogues.view", "dialogues.manage"],
      });
      const user = { name: "Dee Designer", email: "dee@example.com", password: "designer-pass-1" };
      await admin.request("POST", "/api/users", { ...user, roleId: role.id, siteIds: null });
      const { newPage } = await openContext(suite, onTestFailed, "dialogue-report-denied");
      const page = await newPage();
      const asked: string[] = [];
      page.on("request", (r) => {
        if (new URL(r.url()).pathname.includes("/reports/")) asked.push(r.url());
      });
      await signInAs(page, server.baseUrl, user.email, user.password, site.id);
      await page.goto(`${server.baseUrl}/app/dialogues`);
      await page.getByRole("link", { name: "Quiet dialogue" }).waitFor();
      expect(await page.locator(".dialogue-numbers").count()).toBe(0);
      await page.getByRole("link", { name: "Quiet dialogue" }).click();
      const tabs = page.getByRole("navigation", { name: "dialogue sections" });
      await tabs.getByRole("link", { name: "Settings" }).waitFor();
      expect(await tabs.getByRole("link").allInnerTexts()).toEqual(["Stream", "Targeting", "Settings"]);
      // The report's address itself says what is missing.
      await page.goto(`${server.baseUrl}/app/dialogues/${dialogueId}/report`);
      await page.getByRole("heading", { name: "You don't have access to reports" }).waitFor();
      expect(asked).toEqual([]);
    });
  },
);

/** A data table row's cells after its header. */
const cellsOf = async (row: Locator) => (await row.getByRole("cell").allInnerTexts()).map((t) => t.trim());

function figures(reached: number, continued: number, dropped: number) {
  return { reached: String(reached), continued: String(continued), dropped: String(dropped) };
}

/** The funnel's figures drawn on one card of the canvas (its aria-label names the card). */
async function cardFigures(scope: Locator, cardLabel: string): Promise<Record<string, string>> {
  const card = scope.getByRole("article", { name: cardLabel });
  const terms = await card.locator(".card-node-funnel dt").allInnerTexts();
  const values = await card.locator(".card-node-funnel dd").allInnerTexts();
  const all = Object.fromEntries(terms.map((t, i) => [t.trim().toLowerCase(), (values[i] ?? "").trim()]));
  return { reached: all.reached ?? "", continued: all.continued ?? "", dropped: all.dropped ?? "" };
}

async function signInAs(page: Page, baseUrl: string, email: string, password: string, siteId: string) {
  await page.goto(`${baseUrl}/app/sign-in`);
  await page.getByLabel("Email").fill(email);
  await page.getByLabel("Password").fill(password);
  await page.getByRole("button", { name: "Sign in" }).click();
  await page.getByRole("navigation", { name: "Main" }).waitFor();
  const userId = await page.evaluate(async () => {
    const res = await fetch("/api/auth/me");
    return ((await res.json()) as { user: { id: string } }).user.id;
  });
  await page.evaluate(([k, v]) => localStorage.setItem(k ?? "", v ?? ""), [`parley.site.${userId}`, siteId]);
}
