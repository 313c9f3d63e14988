// A file dropped on the window, as the system hands it over: its name and bytes in a DataTransfer.
import type { Page } from '@playwright/test'

export async function drop(page: Page, name: string, bytes: Buffer) {
  const transfer = await page.evaluateHandle(
    ([base64, fileName]) => {
      const data = new DataTransfer()
      data.items.add(new File([Uint8Array.from(atob(base64), (c) => c.charCodeAt(0))], fileName))
      return data
    },
    [bytes.toString('base64'), name] as const,
  )
  await page.locator('main').dispatchEvent('drop', { dataTransfer: transfer })
}
