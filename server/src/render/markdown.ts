// Plan Markdown (a description, a step, a section) as sanitized HTML nodes:
// remark-rehype and rehype-sanitize with GitHub's schema, so nothing a plan
// holds can run script or load a remote resource. Every element carries
// `data-line` so the preview and the editor can scroll together.

import { unified } from 'unified';
import remarkParse from 'remark-parse';
import remarkGfm from 'remark-gfm';
import remarkRehype from 'remark-rehype';
import rehypeSanitize, { defaultSchema } from 'rehype-sanitize';
import type { Element, ElementContent, Root } from 'hast';
import type { Root as MdRoot } from 'mdast';
import type { Plan, Position } from '../plan/model';
import { linesOf } from '../text/plan-text';

/** `data-line`: where an element's text stands in the plan (scroll sync, click to reveal). */
export const line = (l: number) => ({ dataLine: String(l) });

const markdown = unified()
  .use(remarkParse)
  .use(remarkGfm)
  .use(remarkRehype)
  .use(rehypeSanitize, { ...defaultSchema, clobberPrefix: 'user-content-' });

/**
 * In-page links point at the prefixed ids the sanitizer gives headings, and
 * images become their words: an `<img>` would be fetched by whatever opens
 * the page (a tracking beacon, if remote), and a plan is read, not decorated.
 */
function tidy(root: Root | Element): void {
  // A stack, not recursion: how deep the tree goes is the text's to say.
  const stack: Array<Root | Element> = [root];
  while (stack.length > 0) {
    const node = stack.pop()!;
    node.children = node.children.map((child) => {
      if (child.type !== 'element') return child;
      if (child.tagName === 'img') return imageAsText(child);
      const href = child.properties?.href;
      if (
        child.tagName === 'a' &&
        typeof href === 'string' &&
        href.startsWith('#') &&
        !href.startsWith('#user-content-')
      )
        child.properties.href = `#user-content-${href.slice(1)}`;
      stack.push(child);
      return child;
    }) as typeof node.children;
  }
}

/** `![alt](src)` as text: the alt, then the address, never loaded. */
function imageAsText(img: Element): Element {
  const alt = typeof img.properties?.alt === 'string' ? img.properties.alt.trim() : '';
  const src = typeof img.properties?.src === 'string' ? img.properties.src : '';
  const words = [alt || 'image', src ? `(image: ${src})` : '(image)'].join(' ');
  return {
    type: 'element',
    tagName: 'span',
    properties: { className: ['image-text'] },
    children: [{ type: 'text', value: words }],
    ...(img.position ? { position: img.position } : {}),
  };
}

/** Adds `data-line` (0-based, in the plan) to every element with a position. */
function addLines(root: Root | Element, base: number): void {
  const stack: Array<Root | Element> = [root];
  while (stack.length > 0) {
    for (const child of stack.pop()!.children) {
      if (child.type !== 'element') continue;
      if (child.position)
        child.properties = { ...child.properties, dataLine: String(child.position.start.line - 1 + base) };
      stack.push(child);
    }
  }
}

// Text with none of Markdown's special characters renders as itself: no parse needed.
const PLAIN = /^[^*_[\]<>&`!#|~\\:/@=+\-\r\n]*$/;

/** Plan Markdown (a description, a step, a section) as sanitized HTML nodes. */
export function md(text: string, baseLine: number, inline = false): ElementContent[] {
  if (inline && PLAIN.test(text)) return [{ type: 'text', value: text }];
  const tree = markdown.runSync(markdown.parse(text) as MdRoot) as Root;
  tidy(tree);
  addLines(tree, baseLine);
  const nodes = tree.children.filter((n): n is ElementContent => n.type === 'element' || n.type === 'text');
  // A single paragraph inline (step and method text) gives its children.
  if (inline && nodes.length === 1 && nodes[0]!.type === 'element' && nodes[0]!.tagName === 'p')
    return nodes[0]!.children;
  return nodes;
}

/** The plan's text between two positions (a section's body, rendered as Markdown). */
export function slice(plan: Plan, from: Position, to: Position): string {
  const lines = linesOf(plan);
  return plan.text.slice(lines.offset(from), lines.offset(to));
}
