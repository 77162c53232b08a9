import type { Page } from "playwright-core";
import { chatWindow, launcher, widget } from "./widgetPage";

/**
 * A visitor on /demo answers the sample dialogue ("Just looking") and gives this email;
 * resolves once the widget says the conversation has ended (the answer is stored by then).
 */
export async function giveEmailOnDemo(page: Page, baseUrl: string, email: string): Promise<void> {
  await page.goto(`${baseUrl}/demo`);
  await widget(page).locator(".poke").waitFor();
  await launcher(page).click();
  const dialog = chatWindow(page);
  await dialog.getByRole("button", { name: "Just looking" }).click();
  const input = dialog.getByLabel("Your answer").filter({ visible: true });
  await input.fill(email);
  await input.press("Enter");
  await dialog.getByText("This conversation has ended.").waitFor();
}
