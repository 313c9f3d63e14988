// Once per unit test run: the fault tests start the built core (out/main/core.js) as its own process.
import { ensureBuilt } from '../../tools/build'

export default function setup(): void {
  ensureBuilt()
}
