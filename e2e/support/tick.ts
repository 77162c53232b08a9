import type { Locator } from "playwright-core";

/**
 * Ticks (or clears) a react-aria checkbox or radio the way a user does: by clicking its label, since
 * the real input is visually hidden under the drawn box and Playwright's check() will not click it.
 * Throws when the control does not end in the wanted state.
 */
export async function tick(control: Locator, on = true): Promise<void> {
  if ((await control.isChecked()) === on) return;
  await control.locator("xpath=ancestor::label[1]").click();
  if ((await control.isChecked()) !== on)
    throw new Error(`The control did not become ${on ? "ticked" : "clear"}`);
}
