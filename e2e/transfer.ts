// The dialogs around files that travel (exchange files, full backups), as a user answers them.
import type { Page } from '@playwright/test'

/** Before the save dialog: a transfer passphrase typed twice, or `null` for a file without protection. */
export async function protectTransfer(page: Page, passphrase: string | null) {
  const dialog = page.getByRole('dialog', { name: 'Защитить файл для передачи' })
  if (passphrase === null) {
    await dialog.getByRole('checkbox', { name: /^Сохранить без защиты/ }).check()
  } else {
    await dialog.getByLabel('Парольная фраза для передачи').fill(passphrase)
    await dialog.getByLabel('Фраза ещё раз').fill(passphrase)
  }
  await dialog.getByRole('button', { name: 'Сохранить…' }).click()
}

/** A sealed file that arrived: its passphrase typed into the dialog that names it. */
export async function openSealed(page: Page, passphrase: string) {
  const dialog = page.getByRole('dialog', { name: 'Файл защищён' })
  await dialog.getByLabel('Парольная фраза для передачи').fill(passphrase)
  await dialog.getByRole('button', { name: 'Открыть' }).click()
}
