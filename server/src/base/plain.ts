// Messages are plain text wherever they are shown (the Problems panel, quick-fix
// titles, the CLI's output, the preview's findings): Markdown code spans in a
// rule's message template become quoted text. The rule pages keep the code.

/** `#### Methods` → '#### Methods'; text without code spans is returned as it is. */
export function plainText(text: string): string {
  return text.includes('`') ? text.replace(/`([^`\n]*)`/g, "'$1'") : text;
}
