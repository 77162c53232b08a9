import type { Page } from "playwright-core";
import { describe, expect, test } from "vitest";
import { appSuite, openPage } from "./support/appSuite";
import { E2E_ENABLED, E2E_SKIP_NOTE } from "./support/e2eGate";
import { signIn } from "./support/signIn";
import { ADMIN } from "./support/widgetServer";

interface DraftView {
  draftRevision: number;
  draft: { cards: { id: string; type: string; next?: string | null }[] };
}

const nodes = (page: Page) => page.locator(".react-flow__node");
const edges = (page: Page) => page.locator(".react-flow__edge");
const saved = (page: Page) => page.getByRole("status").filter({ hasText: "All changes saved" }).waitFor();

async function addCard(page: Page, label: string): Promise<void> {
  await page.getByRole("button", { name: "+ Add card" }).click();
  await page.getByRole("menuitem", { name: label }).click();
}

/** Drags from a card's connector to another card's entry dot, as a marketer would. */
async function connect(page: Page, from: string, handle: string, to: string): Promise<void> {
  const source = page.locator(
    `.react-flow__node[data-id="${from}"] .react-flow__handle[data-handleid="${handle}"]`,
  );
  const target = page.locator(`.react-flow__node[data-id="${to}"] .react-flow__handle.target`);
  const a = await source.boundingBox();
  const b = await target.boundingBox();
  if (!a || !b) throw new Error("handles not on screen");
  await page.mouse.move(a.x + a.width / 2, a.y + a.height / 2);
  await page.mouse.down();
  await page.mouse.move(b.x + b.width / 2, b.y + b.height / 2, { steps: 8 });
  await page.mouse.up();
}

describe.skipIf(!E2E_ENABLED)(`The stream designer's canvas (browser)${E2E_SKIP_NOTE}`, () => {
  const suite = appSuite();

  async function newDialogue(name: string): Promise<{ siteId: string; id: string; url: string }> {
    const site = await suite.api.demoSite();
    const created = await suite.api.request<{ id: string }>("POST", `/api/sites/${site.id}/dialogues`, {
      name,
    });
    return {
      siteId: site.id,
      id: created.id,
      url: `${suite.server.baseUrl}/app/dialogues/${created.id}/design`,
    };
  }
  const draftOf = (d: { siteId: string; id: string }) =>
    suite.api.request<DraftView>("GET", `/api/sites/${d.siteId}/dialogues/${d.id}`);

  test("add a card, connect it, undo and redo; autosave keeps it across a reload", async ({
    onTestFailed,
  }) => {
    const dialogue = await newDialogue("Canvas basics");
    const page = await openPage(suite, "designer-basics", onTestFailed);
    await signIn(page, suite.server.baseUrl, ADMIN.email, ADMIN.password);
    await page.goto(dialogue.url);
    await nodes(page).first().waitFor();
    // The blank dialogue's greeting had no place on the canvas: it got one, and that was saved.
    await saved(page);
    expect(await nodes(page).count()).toBe(1);

    await addCard(page, "Question");
    await expect.poll(() => nodes(page).count()).toBe(2);
    const questionId = await nodes(page).nth(1).getAttribute("data-id");
    if (!questionId) throw new Error("the new card has no id");
    await expect.poll(() => page.getByLabel("Card settings").count()).toBe(1);

    await connect(page, "welcome", "next", questionId);
    await expect.poll(() => edges(page).count()).toBe(1);

    await page.getByRole("button", { name: "Undo" }).click();
    await expect.poll(() => edges(page).count()).toBe(0);
    await page.getByRole("button", { name: "Redo" }).click();
    await expect.poll(() => edges(page).count()).toBe(1);

    await saved(page);
    const stored = await draftOf(dialogue);
    expect(stored.draft.cards.find((c) => c.id === "welcome")?.next).toBe(questionId);

    await page.reload();
    await nodes(page).nth(1).waitFor();
    expect(await nodes(page).count()).toBe(2);
    expect(await edges(page).count()).toBe(1);
    await page.context().close();
  }, 60_000);

  test("two tabs on one draft: the second gets the conflict, and nothing is lost silently", async ({
    onTestFailed,
  }) => {
    const dialogue = await newDialogue("Two tabs");
    const first = await openPage(suite, "designer-tab-one", onTestFailed);
    await signIn(first, suite.server.baseUrl, ADMIN.email, ADMIN.password);
    await first.goto(dialogue.url);
    // The greeting is placed and that placement saved before the second window opens.
    await nodes(first).first().waitFor();
    await saved(first);
    // A second window (its own session), so both stay visible and neither is throttled as a background tab.
    const second = await openPage(suite, "designer-tab-two", onTestFailed);
    await signIn(second, suite.server.baseUrl, ADMIN.email, ADMIN.password);
    await second.goto(dialogue.url);
    await nodes(second).first().waitFor();
    await saved(second);

    await addCard(first, "Goal");
    await saved(first);
    const theirs = await draftOf(dialogue);
    expect(theirs.draft.cards.map((c) => c.type)).toEqual(["message", "goal"]);

    // The second tab still has the older revision: its save is refused, and it says so.
    await addCard(second, "Live chat");
    const conflict = second.getByRole("alertdialog", { name: /Someone else saved this dialogue/ });
    await conflict.waitFor();
    expect(await conflict.textContent()).toContain(ADMIN_NAME);
    expect((await draftOf(dialogue)).draft.cards.map((c) => c.type)).toEqual(["message", "goal"]);

    // Keep mine: the second tab's version is saved on top of theirs, on purpose.
    await conflict.getByRole("button", { name: "Keep mine" }).click();
    await saved(second);
    const mine = await draftOf(dialogue);
    expect(mine.draftRevision).toBe(theirs.draftRevision + 1);
    expect(mine.draft.cards.map((c) => c.type)).toEqual(["message", "liveChat"]);

    // The first tab's next edit meets the conflict in turn; "Reload theirs" shows the saved version.
    await addCard(first, "Message");
    const back = first.getByRole("alertdialog", { name: /Someone else saved this dialogue/ });
    await back.getByRole("button", { name: "Reload theirs" }).click();
    await expect.poll(() => first.locator(".card-node--human").count()).toBe(1);
    expect(await nodes(first).count()).toBe(2);
    await first.context().close();
    await second.context().close();
  }, 90_000);
});

const ADMIN_NAME = "Admin";
