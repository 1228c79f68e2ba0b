// Which files are plans (format section 1): `*.plan.md`, and any Markdown file
// whose frontmatter says `type: treatment-plan`.

const TYPE_LINE = /^type[ \t]*:[ \t]*(['"]?)treatment-plan\1[ \t]*(?:#.*)?$/m;

export function isPlanFileName(fileName: string): boolean {
  return /\.plan\.md$/i.test(fileName);
}

export function isPlanDocument(fileName: string, text: string): boolean {
  if (isPlanFileName(fileName)) return true;
  if (!/\.(md|markdown)$/i.test(fileName)) return false;
  const withBom = text.charCodeAt(0) === 0xfeff ? text.slice(1) : text;
  // Blank lines and HTML comments may stand before the frontmatter (frontmatter-position reports it).
  const body = withBom.replace(/^(?:[ \t]*(?:\r?\n|\r)|[ \t]*<!--[\s\S]*?-->[ \t]*(?:\r?\n|\r))*/, '');
  const open = /^---[ \t]*\r?\n/.exec(body);
  if (!open) return false;
  const close = /^---[ \t]*$/m.exec(body.slice(open[0].length));
  if (!close) return false;
  return TYPE_LINE.test(body.slice(open[0].length, open[0].length + close.index));
}
