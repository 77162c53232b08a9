import crypto from "node:crypto";
import type { Browser, Locator, Page } from "playwright-core";
import { afterAll, beforeAll, beforeEach, describe, expect, test } from "vitest";
import { SCALE_OUT_ENABLED, SCALE_OUT_SKIP_NOTE } from "./support/e2eGate";
import { launchBrowser } from "./support/launchBrowser";
import { createScratchDatabase, type ScratchDatabase } from "./support/scratchDatabase";
import { startTcpProxy, type TcpProxy } from "./support/tcpProxy";
import { type Site, WidgetAdmin } from "./support/widgetApi";
import { ensureWidgetBuild } from "./support/widgetBuild";
import { chatWindow, launcher, transcript, widget } from "./support/widgetPage";
import { startWidgetServer, type WidgetServer } from "./support/widgetServer";
import { newVisitor } from "./support/widgetSuite";

const HELLO = "Parley: Hi there 👋 What brings you here today?";
const ASK_EMAIL = "Parley: Great! What's your email, so we can send you more?";
const portOf = (node: WidgetServer) => Number(new URL(node.baseUrl).port);

/** The whole conversation as the transcript shows it once the demo dialogue ended with this email. */
const finished = (answer: string, email: string) => [
  HELLO,
  `You: ${answer}`,
  ASK_EMAIL,
  `You: ${email}`,
  `Parley: Thank you! We'll be in touch at ${email}.`,
];

describe.skipIf(!SCALE_OUT_ENABLED)(
  `Widget on two server nodes behind a load balancer: failover to the other node (browser, PostgreSQL + Redis)${SCALE_OUT_SKIP_NOTE}`,
  () => {
    let db: ScratchDatabase | undefined;
    let proxy: TcpProxy | undefined;
    const nodes: WidgetServer[] = [];
    let browser: Browser | undefined;
    let admin: WidgetAdmin;
    let demo: Site;
    const node1 = () => nodes[0] as WidgetServer;
    const node2 = () => nodes[1] as WidgetServer;
    const lb = () => proxy as TcpProxy;

    beforeAll(async () => {
      await ensureWidgetBuild();
      db = await createScratchDatabase(process.env.DATABASE_URL_TEST as string);
      proxy = await startTcpProxy();
      // Identical nodes, as a deployment runs them: one database, one Redis, one secret, one public address.
      const env = {
        DATABASE_URL: db.url,
        REDIS_URL: process.env.REDIS_URL_TEST,
        SECRET_KEY: crypto.randomBytes(32).toString("hex"),
        PUBLIC_URL: proxy.url,
      };
      // Started together: first-run work (admin, demo site) must happen once.
      const started = await Promise.allSettled([startWidgetServer({ env }), startWidgetServer({ env })]);
      for (const result of started) if (result.status === "fulfilled") nodes.push(result.value);
      for (const result of started) if (result.status === "rejected") throw result.reason;
      browser = await launchBrowser();
      admin = await WidgetAdmin.signIn(node2().baseUrl);
      demo = await admin.demoSite();
    }, 180_000);

    afterAll(async () => {
      await browser?.close();
      for (const node of nodes) await node.dispose();
      await proxy?.close();
      await db?.drop();
    });

    beforeEach(async () => {
      // Each test starts with both nodes up and the load balancer on node 1.
      if (node1().pid() === null) await node1().start();
      lb().switchTo(portOf(node1()));
    }, 60_000);

    /** A new visitor on the demo page (through the load balancer), the chat open at the email question. */
    const demoPartway = async (page: Page, answer: string): Promise<Locator> => {
      await page.goto(`${lb().url}/demo`);
      await widget(page).locator(".poke").waitFor();
      await launcher(page).click();
      const dialog = chatWindow(page);
      await dialog.getByRole("button", { name: answer }).click();
      await dialog.getByText("What's your email").waitFor();
      expect(await transcript(dialog)).toEqual([HELLO, `You: ${answer}`, ASK_EMAIL]);
      return dialog;
    };

    /** Node 1 goes away, by its PID; resolves once the process is gone. */
    const stopNode1 = async (signal: NodeJS.Signals) => {
      const pid = node1().pid();
      if (pid === null) throw new Error("node 1 is not running");
      process.kill(pid, signal);
      await node1().stop();
    };

    /** While nobody answers, the widget says so quietly: one status line, no error, the transcript kept. */
    const expectQuietReconnecting = async (dialog: Locator, shown: string[]) => {
      await dialog.getByRole("status").getByText("Reconnecting…").waitFor({ timeout: 15_000 });
      expect(await dialog.locator(".end").isVisible()).toBe(false);
      expect(await dialog.locator(".log .err").count()).toBe(0);
      expect(await dialog.locator("p.err").textContent()).toBe("");
      expect(await transcript(dialog)).toEqual(shown);
    };

    /** What the database holds, seen through node 2 by a page that forgets its copy and resumes from seq 0. */
    const storedTranscript = async (page: Page): Promise<string[]> => {
      await page.evaluate((key) => {
        const stored = JSON.parse(localStorage.getItem(`parley:${key}:c:chat`) ?? "{}");
        localStorage.setItem(`parley:${key}:c:chat`, JSON.stringify({ ...stored, messages: [], seq: 0 }));
      }, demo.siteKey);
      await page.reload();
      const dialog = chatWindow(page);
      // Resuming from seq 0 brings every stored message in one frame: the first row means all of them.
      await dialog.locator(".log .row").first().waitFor({ timeout: 30_000 });
      return transcript(dialog);
    };

    test(
      "node 1 is stopped between two answers: the widget reconnects quietly to node 2, keeps the transcript, and the next answer is delivered once",
      { timeout: 120_000 },
      async ({ onTestFailed }) => {
        const { page } = await newVisitor({ browser: browser as Browser }, onTestFailed, "widget-failover");
        const dialog = await demoPartway(page, "Just looking");
        const shown = await transcript(dialog);

        await stopNode1("SIGTERM");
        await expectQuietReconnecting(dialog, shown);
        // The visitor answers while no node is reachable: the answer waits, shown as pending.
        const email = `failover.${Date.now()}@example.com`;
        const input = dialog.getByLabel("Your answer").filter({ visible: true });
        expect(await input.isEnabled()).toBe(true);
        await input.fill(email);
        await input.press("Enter");
        await dialog.locator(".pend .row").getByText(email).waitFor();

        lb().switchTo(portOf(node2()));
        await dialog.getByText("This conversation has ended.").waitFor({ timeout: 60_000 });
        expect(lb().connectionsTo(portOf(node2()))).toBeGreaterThan(0);
        expect(await dialog.locator(".st").textContent()).toBe("");
        expect(await dialog.locator(".pend .row").count()).toBe(0);
        expect(await transcript(dialog)).toEqual(finished("Just looking", email));

        expect(await admin.people(demo.id, email)).toMatchObject([
          { email, fields: { interest: "looking" } },
        ]);
        expect(await storedTranscript(page)).toEqual(finished("Just looking", email));
      },
    );

    test(
      "node 1 crashes right after storing an answer, before the visitor hears back: node 2 takes the resent answer as the same one",
      { timeout: 120_000 },
      async ({ onTestFailed }) => {
        const { page } = await newVisitor(
          { browser: browser as Browser },
          onTestFailed,
          "widget-failover-crash",
        );
        const email = `crash.${Date.now()}@example.com`;
        // The page's WebSocket traffic, watched: once the email has gone out on node 1's socket, nothing
        // more from that socket reaches the page; node 1's ack (the answer is committed) is its last word.
        const inputs: { clientId: string; afterCrash: boolean }[] = [];
        const acks: { clientId: string; duplicate: boolean }[] = [];
        let crashed = false;
        let crash!: () => void;
        const crashedNow = new Promise<void>((resolve) => (crash = resolve));
        await page.routeWebSocket(/\/ws\?/, (ws) => {
          const server = ws.connectToServer();
          let silenced = false;
          ws.onMessage((message) => {
            const frame = JSON.parse(String(message));
            if (frame.type === "conversation.input" && JSON.stringify(frame.input).includes(email)) {
              inputs.push({ clientId: frame.clientId, afterCrash: crashed });
              silenced = !crashed;
            }
            server.send(message);
          });
          server.onMessage((message) => {
            const frame = JSON.parse(String(message));
            if (silenced) {
              if (frame.type === "ack" && !crashed) {
                crashed = true;
                crash();
              }
              return;
            }
            if (frame.type === "ack" && inputs.some((i) => i.clientId === frame.clientId))
              acks.push({ clientId: frame.clientId, duplicate: frame.duplicate });
            ws.send(message);
          });
        });
        const dialog = await demoPartway(page, "Just looking");
        const shown = await transcript(dialog);

        const input = dialog.getByLabel("Your answer").filter({ visible: true });
        await input.fill(email);
        await input.press("Enter");
        await crashedNow;
        await stopNode1("SIGKILL");
        await expectQuietReconnecting(dialog, shown);
        expect(await dialog.locator(".pend .row").innerText()).toContain(email);

        lb().switchTo(portOf(node2()));
        await dialog.getByText("This conversation has ended.").waitFor({ timeout: 60_000 });
        expect(await transcript(dialog)).toEqual(finished("Just looking", email));
        expect(await dialog.locator(".pend .row").count()).toBe(0);
        // Sent twice with one client id (to node 1, then to node 2), and node 2 knew it already.
        expect(inputs).toEqual([
          { clientId: expect.any(String), afterCrash: false },
          { clientId: inputs[0]?.clientId, afterCrash: true },
        ]);
        expect(acks).toEqual([{ clientId: inputs[0]?.clientId, duplicate: true }]);

        expect(await admin.people(demo.id, email)).toMatchObject([
          { email, fields: { interest: "looking" } },
        ]);
        expect(await storedTranscript(page)).toEqual(finished("Just looking", email));
      },
    );
  },
);
