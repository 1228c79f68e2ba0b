// Where each rule's page is published: SARIF's helpUri, and the editor's link
// when the extension's own copy of the docs is not at hand.

export const DOCS_BASE = 'https://github.com/treatment-plan-markdown/treatment-plan-markdown/blob/main/docs/rules/';

export function ruleDocUrl(id: string): string {
  return `${DOCS_BASE}${id}.md`;
}
