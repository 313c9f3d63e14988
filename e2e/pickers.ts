// Filling the app's pickers as a person does: shared by the specs that make commitments.
import type { Locator, Page } from '@playwright/test'

/** Types into a picker and chooses an option. One word: Playwright types Cyrillic as inserted text, without key events. */
export async function pick(page: Page, label: string, typed: string, option: string) {
  const box = page.getByRole('combobox', { name: label, exact: true })
  await box.click()
  await box.pressSequentially(typed)
  await page.getByRole('option', { name: option, exact: true }).click()
}

/** Chooses from a drop-down; `within` narrows where the field is (a dialog over the page). */
export async function choose(page: Page, label: string, option: string, within: Locator | Page = page) {
  await within.getByRole('combobox', { name: label, exact: true }).click()
  await page.getByRole('option', { name: option, exact: true }).click()
}
