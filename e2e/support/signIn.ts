import type { Locator, Page } from "playwright-core";

/** Signs in through the sign-in page and waits for the app's main navigation. */
export async function signIn(page: Page, baseUrl: string, email: string, password: string): Promise<Locator> {
  await page.goto(`${baseUrl}/app/sign-in`);
  await page.getByLabel("Email").fill(email);
  await page.getByLabel("Password").fill(password);
  await page.getByRole("button", { name: "Sign in" }).click();
  const nav = page.getByRole("navigation", { name: "Main" });
  await nav.waitFor();
  return nav;
}

/** The names of the links in the main navigation. */
export async function navLinkNames(nav: Locator): Promise<string[]> {
  return (await nav.getByRole("link").allInnerTexts()).map((text) => text.trim());
}
