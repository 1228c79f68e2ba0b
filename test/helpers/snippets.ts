// Expanding VS Code snippets as the editor does with their defaults (tests of snippets and generators):
// the product's own expansion (what a client without snippet support is sent), with the date variables.
import { snippetDefaults } from '../../server/src/features/snippets';

const VARIABLES: Record<string, string> = { CURRENT_YEAR: '2026', CURRENT_MONTH: '11', CURRENT_DATE: '28' };

/** Expands a VS Code snippet body with its defaults: the first choice, the placeholder text. */
export function expand(body: string): string {
  return snippetDefaults(body, VARIABLES);
}
