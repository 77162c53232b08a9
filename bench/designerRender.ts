/**
 * bench:designer-render: how fast the stream designer draws and drags a big stream. Builds the web
 * app, starts a real server, seeds a 300-card draft and a 30-card baseline, opens each in Debian's
 * Chromium (playwright-core) and measures
 *  - first render: navigation start → the designer's `designer:rendered` mark (every card measured);
 *  - drag: one card dragged over 60 pointer moves, each awaited to the next animation frame.
 * Appends a table to bench/RESULTS.md. `--look` also saves screenshots at 1280 and 1024 px.
 */
import fs from "node:fs";
import os from "node:os";
import path from "node:path";
import type { Page } from "playwright-core";
import { ensureWebBuild } from "../e2e/support/ensureWebBuild";
import { launchBrowser } from "../e2e/support/launchBrowser";
import { signIn } from "../e2e/support/signIn";
import { startServer } from "../e2e/support/startServer";
import { WidgetAdmin } from "../e2e/support/widgetApi";
import { ADMIN } from "../e2e/support/widgetServer";
import { benchStream } from "./designerStream";
import { percentile } from "./percentile";

const RUNS = 3;
const DRAG_FRAMES = 60;

async function openDesigner(page: Page, url: string): Promise<number> {
  await page.goto(url);
  await page.waitForFunction(() => performance.getEntriesByName("designer:rendered").length > 0, null, {
    timeout: 60_000,
  });
  return page.evaluate(() => performance.getEntriesByName("designer:rendered")[0]?.startTime ?? NaN);
}

/** Waits for the page's next animation frame (a string: bench is type-checked without the DOM). */
const nextFrame = (page: Page): Promise<unknown> =>
  page.evaluate("new Promise((resolve) => requestAnimationFrame(() => resolve(null)))");

/** Finds the first card with the designer's search (Enter centres it at a working zoom), as a marketer would. */
async function showFirstCard(page: Page): Promise<void> {
  await page.getByRole("searchbox", { name: "Search cards" }).fill("message 0 of");
  await page.keyboard.press("Enter");
  const head = page.locator('.react-flow__node[data-id="c0"] .card-node-head');
  // The view glides there; wait until it stands still.
  let last = "";
  for (;;) {
    await nextFrame(page);
    const now = JSON.stringify(await head.boundingBox());
    if (now === last) return;
    last = now;
  }
}

async function dragOnce(page: Page): Promise<number> {
  await showFirstCard(page);
  const head = page.locator('.react-flow__node[data-id="c0"] .card-node-head');
  const box = await head.boundingBox();
  if (!box) throw new Error("no card to drag");
  const x = box.x + box.width / 2;
  const y = box.y + box.height / 2;
  await page.mouse.move(x, y);
  const start = await page.evaluate(() => performance.now());
  await page.mouse.down();
  // Out and back, so the card ends where it was: the next run drags the same card from the same place.
  const half = DRAG_FRAMES / 2;
  let moved = 0;
  for (let i = 1; i <= DRAG_FRAMES; i++) {
    const k = i <= half ? i : DRAG_FRAMES - i;
    await page.mouse.move(x + k * 4, y + k);
    await nextFrame(page);
    if (i === half) moved = ((await head.boundingBox())?.x ?? box.x) - box.x;
  }
  await page.mouse.up();
  const end = await page.evaluate(() => performance.now());
  // A drag that did not move the card measured nothing.
  if (moved < 20) throw new Error("the card did not follow the drag");
  return (end - start) / DRAG_FRAMES;
}

async function main(): Promise<void> {
  const look = process.argv.includes("--look");
  await ensureWebBuild();
  const server = await startServer({ admin: ADMIN });
  const browser = await launchBrowser();
  try {
    const api = await WidgetAdmin.signIn(server.baseUrl);
    const site = await api.demoSite();
    const rows: string[] = [];
    for (const count of [30, 300]) {
      const created = await api.request<{ id: string }>("POST", `/api/sites/${site.id}/dialogues`, {
        name: `Bench ${count} cards`,
      });
      await api.request("PATCH", `/api/sites/${site.id}/dialogues/${created.id}`, {
        draft: benchStream(count),
      });
      const url = `${server.baseUrl}/app/dialogues/${created.id}/design`;
      const renders: number[] = [];
      const drags: number[] = [];
      for (let run = 0; run < RUNS; run++) {
        const context = await browser.newContext({ viewport: { width: 1280, height: 900 } });
        const page = await context.newPage();
        await signIn(page, server.baseUrl, ADMIN.email, ADMIN.password);
        renders.push(await openDesigner(page, url));
        drags.push(await dragOnce(page));
        if (look && run === 0) await screenshots(page, count);
        await context.close();
      }
      const med = (xs: number[]) =>
        percentile(
          [...xs].sort((a, b) => a - b),
          50,
        );
      rows.push(
        `| ${count} | ${RUNS} | ${med(renders).toFixed(0)} ms | ${Math.max(...renders).toFixed(0)} ms | ${med(drags).toFixed(1)} ms | ${Math.max(...drags).toFixed(1)} ms |`,
      );
      console.log(rows.at(-1));
    }
    // A look (--look) is for the eyes; only plain runs are recorded.
    if (!look) append(rows);
  } finally {
    await browser.close();
    await server.stop();
  }
}

async function screenshots(page: Page, count: number): Promise<void> {
  const dir = path.resolve(".test-artifacts");
  fs.mkdirSync(dir, { recursive: true });
  for (const width of [1280, 1024]) {
    await page.setViewportSize({ width, height: 800 });
    await page.keyboard.press("f");
    await page.locator(".react-flow__node").nth(1).locator(".card-node-head").click({ force: true });
    const file = path.join(dir, `designer-${count}-${width}.png`);
    await page.screenshot({ path: file });
    console.log(`screenshot: ${file}`);
  }
  await page.getByRole("button", { name: "Test chat" }).click();
  await page.screenshot({ path: path.join(dir, `designer-${count}-1024-test-chat.png`) });
  await page.getByRole("button", { name: "Close test chat" }).click();
  // Close up: a few cards at full size.
  const zoomIn = page.getByRole("button", { name: "Zoom In" });
  for (let i = 0; i < 6; i++) await zoomIn.click();
  await page.screenshot({ path: path.join(dir, `designer-${count}-closeup.png`) });
}

function append(rows: string[]): void {
  const cpu = os.cpus()[0]?.model ?? "unknown CPU";
  const text = [
    "",
    "## bench:designer-render — the stream designer with 300 cards",
    "",
    `Machine: ${os.cpus().length} × ${cpu}, ${os.type()} ${os.release()}, Node ${process.version}, Debian's`,
    `Chromium headless (playwright-core), 1280×900. ${new Date().toISOString().slice(0, 10)}. Median and worst of ${RUNS}`,
    "runs per size; the 30-card row is the baseline measured in the same run. First render: navigation",
    "start to every card drawn and measured (`designer:rendered`), page load and sign-in excluded.",
    `Drag: one card moved over ${DRAG_FRAMES} pointer moves, each awaited to the next animation frame (the`,
    "figure includes playwright's round trip per move, which the baseline shows). The card is found with the",
    "designer's search first, which centres it at 80 % zoom; every card is still drawn (no culling).",
    "",
    "| cards | runs | first render (median) | first render (worst) | per drag frame (median) | per drag frame (worst) |",
    "|---|---|---|---|---|---|",
    ...rows,
    "",
  ].join("\n");
  fs.appendFileSync(path.resolve("bench/RESULTS.md"), text);
}

await main();
