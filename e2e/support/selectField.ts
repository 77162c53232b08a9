import type { Locator, Page } from "playwright-core";

/**
 * The app's selects (react-aria-components) are a button named by the choice and then the label,
 * opening a list box in a popover; Playwright's selectOption does not apply to them.
 */
export function selectButton(scope: Page | Locator, label: string): Locator {
  const escaped = label.replace(/[.*+?^${}()|[\]\\]/g, "\\$&");
  return scope.getByRole("button", { name: new RegExp(`(^|\\s)${escaped}$`) });
}

/** Opens the select named `label` and picks the option named `option`, as a user would. */
export async function chooseOption(scope: Page | Locator, label: string, option: string): Promise<void> {
  const button = selectButton(scope, label);
  await button.click();
  const page = "page" in scope ? scope.page() : scope;
  await page.getByRole("listbox").getByRole("option", { name: option, exact: true }).click();
  await page.getByRole("listbox").waitFor({ state: "detached" });
}

/** The names of the options the select named `label` offers (it is opened, read and closed again). */
export async function optionNames(scope: Page | Locator, label: string): Promise<string[]> {
  const button = selectButton(scope, label);
  await button.click();
  const page = "page" in scope ? scope.page() : scope;
  const listbox = page.getByRole("listbox");
  const names = (await listbox.getByRole("option").allInnerTexts()).map((name) => name.trim());
  await page.keyboard.press("Escape");
  await listbox.waitFor({ state: "detached" });
  return names;
}

/** What the select named `label` shows as chosen. */
export async function chosenOption(scope: Page | Locator, label: string): Promise<string> {
  return (await selectButton(scope, label).locator(".select-value").innerText()).trim();
}
