// The `reference` test project's setup: the shortcuts' switch as the
// environment sets it (TPLAN_SHORTCUTS=off there), in this process as in the
// CLI and the server it starts.
import { setShortcuts, shortcutsIn } from '../../server/src/base/shortcuts';

setShortcuts(shortcutsIn(process.env));
