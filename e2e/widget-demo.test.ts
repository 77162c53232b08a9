import { describe, expect, test } from "vitest";
import { E2E_ENABLED, E2E_SKIP_NOTE } from "./support/e2eGate";
import { chatWindow, launcher, recordedEvents, transcript, widget } from "./support/widgetPage";
import { newVisitor, widgetSuite } from "./support/widgetSuite";

describe.skipIf(!E2E_ENABLED)(
  `Widget on the demo page: the sample dialogue end to end (browser)${E2E_SKIP_NOTE}`,
  () => {
    const suite = widgetSuite();

    test(
      "a visitor meets the dialogue after 2 s, is just looking, gives an email, and becomes a person in the API",
      { timeout: 90_000 },
      async ({ onTestFailed }) => {
        const { page } = await newVisitor(suite, onTestFailed, "widget-demo-journey");
        const loaded: string[] = [];
        const encodings = new Map<string, string | undefined>();
        page.on("request", (request) => loaded.push(new URL(request.url()).pathname));
        page.on("response", (response) => {
          const pathname = new URL(response.url()).pathname;
          if (pathname.startsWith("/widget")) encodings.set(pathname, response.headers()["content-encoding"]);
        });
        await page.goto(`${suite.server.baseUrl}/demo`);
        await launcher(page).waitFor();
        // Before the trigger: the loader only; the app chunk comes when there is something to show.
        expect(loaded).toContain("/widget.js");
        expect(loaded.some((p) => p.startsWith("/widget/app-"))).toBe(false);

        const poke = widget(page).locator(".poke");
        await poke.waitFor();
        expect(loaded.some((p) => p.startsWith("/widget/app-"))).toBe(true);
        // Chromium accepts Brotli: the loader and the app come precompressed.
        expect(encodings.get("/widget.js")).toBe("br");
        expect([...encodings].find(([p]) => p.startsWith("/widget/app-"))?.[1]).toBe("br");
        expect(await poke.innerText()).toContain("What brings you here today?");
        expect(await launcher(page).getAttribute("aria-label")).toBe("Open chat, 1 unread message");

        await launcher(page).click();
        const dialog = chatWindow(page);
        await dialog.waitFor();
        expect(await dialog.getAttribute("aria-label")).toBe("Chat with Parley");
        expect(await dialog.locator("button.qr").allInnerTexts()).toEqual([
          "See a demo",
          "Talk to someone now",
          "Just looking",
        ]);
        await dialog.getByRole("button", { name: "Just looking" }).click();
        const input = dialog.getByLabel("Your answer").filter({ visible: true });
        await expect.poll(() => input.isEnabled(), { timeout: 10_000 }).toBe(true);
        expect(await input.getAttribute("type")).toBe("email");

        await input.fill("not-an-email");
        await input.press("Enter");
        await dialog.getByText("Please enter a valid email address.").waitFor();
        expect(await input.getAttribute("aria-invalid")).toBe("true");

        const email = `grace.${Date.now()}@example.com`;
        await input.fill(email);
        await input.press("Enter");
        await dialog.getByText("This conversation has ended.").waitFor();
        const rows = await transcript(dialog);
        expect(rows).toEqual([
          "Parley: Hi there 👋 What brings you here today?",
          "You: Just looking",
          "Parley: Great! What's your email, so we can send you more?",
          `You: ${email}`,
          `Parley: Thank you! We'll be in touch at ${email}.`,
        ]);
        expect(await dialog.locator(".log strong").innerText()).toBe(email);

        const site = await suite.admin.demoSite();
        const people = await suite.admin.people(site.id, email);
        expect(people).toHaveLength(1);
        expect(people[0]).toMatchObject({ email, fields: { interest: "looking" } });

        const events = await recordedEvents(page);
        expect(events.map((e) => e.name)).toEqual([
          "conversation.triggered",
          "conversation.engaged",
          "email.given",
          "goal.reached",
          "conversation.completed",
        ]);
        expect(events[3]?.payload).toMatchObject({ goal: "Email captured" });
        expect(events[2]?.payload).toMatchObject({
          type: "dialogue",
          name: "Welcome to Parley",
          delivery: "chat",
          email,
        });
        expect(events[0]?.payload.sessionId).toEqual(expect.any(String));
        expect(events[0]?.payload.conversationId).toEqual(expect.any(String));
      },
    );

    test(
      "a reload mid-dialogue continues where the visitor was: same conversation, transcript and open window",
      { timeout: 90_000 },
      async ({ onTestFailed }) => {
        const { page } = await newVisitor(suite, onTestFailed, "widget-demo-reload");
        await page.goto(`${suite.server.baseUrl}/demo`);
        await widget(page).locator(".poke").waitFor();
        await launcher(page).click();
        await chatWindow(page).getByRole("button", { name: "Just looking" }).click();
        await chatWindow(page).getByText("What's your email").waitFor();
        const before = await transcript(chatWindow(page));

        await page.reload();
        const dialog = chatWindow(page);
        await dialog.waitFor();
        expect(await transcript(dialog)).toEqual(before);
        const input = dialog.getByLabel("Your answer").filter({ visible: true });
        await expect.poll(() => input.isEnabled()).toBe(true);
        const email = `lin.${Date.now()}@example.com`;
        await input.fill(email);
        await input.press("Enter");
        await dialog.getByText("This conversation has ended.").waitFor();
        expect((await transcript(dialog)).filter((row) => row.startsWith("You:"))).toEqual([
          "You: Just looking",
          `You: ${email}`,
        ]);
        // The second page saw no new trigger: it continued the first page's conversation.
        const names = (await recordedEvents(page)).map((e) => e.name);
        expect(names).not.toContain("conversation.triggered");
        expect(names).toContain("conversation.completed");

        const site = await suite.admin.demoSite();
        expect(await suite.admin.people(site.id, email)).toMatchObject([
          { email, fields: { interest: "looking" } },
        ]);
      },
    );

    test(
      "See a demo: the visitor is offered a meeting with the team (the Meeting booking card's prompt)",
      { timeout: 90_000 },
      async ({ onTestFailed }) => {
        const { page } = await newVisitor(suite, onTestFailed, "widget-demo-meeting");
        await page.goto(`${suite.server.baseUrl}/demo`);
        await widget(page).locator(".poke").waitFor();
        await launcher(page).click();
        const dialog = chatWindow(page);
        await dialog.getByRole("button", { name: "See a demo" }).click();
        await dialog.getByText("Pick a time for a demo with our team.", { exact: false }).waitFor();
        expect((await transcript(dialog)).slice(0, 3)).toEqual([
          "Parley: Hi there 👋 What brings you here today?",
          "You: See a demo",
          "Parley: Pick a time for a demo with our team. Times are shown in your time zone.",
        ]);
        // The card waits for a booking (or a decline): the conversation has not ended.
        expect(await dialog.getByText("This conversation has ended.").isVisible()).toBe(false);
      },
    );
  },
);
