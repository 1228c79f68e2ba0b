import { nearest } from '../base/nearest';
import { defineRule } from './types';

export const frontmatterUnknownKey = defineRule({
  id: 'frontmatter-unknown-key',
  description: 'A frontmatter key the format does not know (names the nearest known key).',
  defaultSeverity: 'warning',
  fixable: true,
  fixDescription: 'renames the key to the known one, when that key is not already present',
  messages: {
    typo: 'Unknown key `{{key}}`{{where}}: did you mean `{{near}}`?',
    unknown: 'Unknown key `{{key}}`{{where}}: it is kept, but no check reads it (known keys: {{known}}).',
  },
  check({ plan, report }) {
    const present = new Set(plan.frontmatter?.entries.map((e) => e.key));
    for (const unknown of plan.unknownKeys) {
      const near = nearest(unknown.key, unknown.known, 1);
      const where = unknown.parent ? ` in '${unknown.parent.replace('[]', '')}'` : '';
      if (near) {
        // Renaming onto a key that is already there would make a duplicate.
        const safe = unknown.parent !== '' || !present.has(near);
        report({
          range: unknown.range,
          messageId: 'typo',
          data: { key: unknown.key, where, near },
          ...(safe
            ? { fix: { title: `Rename to \`${near}\``, edits: [{ range: unknown.range, newText: near }] } }
            : {}),
        });
      } else {
        report({
          range: unknown.range,
          messageId: 'unknown',
          data: { key: unknown.key, where, known: unknown.known.join(', ') },
        });
      }
    }
  },
});
