import { quote } from '../text/plan-text';
import { defineRule } from './types';

export const planTooComplex = defineRule({
  id: 'plan-too-complex',
  description:
    'The file nests block quotes and lists, continues a quoted or listed paragraph over many lines without its `>` or indentation, ends quotes and nested lists or underlines setext headings very many times between headings, or packs Markdown markup into a paragraph, past what can be checked quickly; or checking it took longer than its time limit.',
  defaultSeverity: 'error',
  messages: {
    nested:
      'Block quotes and lists could nest {{depth}} deep on this line, more than a plan can hold ({{limit}}): the plan is not checked. Flatten the nesting.',
    markup:
      'This paragraph has more Markdown markup or lines than a plan can hold (more than {{limit}} markup characters, or fewer in a very long paragraph): the plan is not checked. Split it with blank lines, or remove markup.',
    bracket:
      'This paragraph has a `[` that no `]` closes, as far as this check can tell ({{words}}), and more words after it than a plan can hold: the plan is not checked. Close the bracket, write it as `\\[`, or split the paragraph with blank lines.',
    lazy: 'This quote or list item goes on over {{lines}} lines without its `>` or its indentation, more than a plan can hold: the plan is not checked. Add the `>` or the indentation to those lines, or end the item with a blank line.',
    closing:
      'From this line, block quotes and nested lists end {{closings}} times before the next heading, more than a plan can hold: the plan is not checked. Add headings between them, or quote and nest less.',
    underline:
      'From this line, {{headings}} headings are underlined with `===` or `---` before the next `#` or `##` heading, more than a plan can hold: the plan is not checked. Write them as `#` headings, or add `##` headings between them.',
    rebuilds:
      'From this line, block quotes, lists or underlined headings end so many times that reading the section would take the parser too long: the plan is not checked. Add headings between them, or quote, nest and underline less.',
    slow: 'Checking this plan took longer than {{seconds}} seconds, the limit for one plan: it is not checked. The other plans were.',
  },
  check({ plan, report }) {
    for (const finding of plan.parseFindings) {
      if (finding.rule !== 'plan-too-complex') continue;
      report({
        range: finding.range,
        messageId: finding.messageId as
          'nested' | 'markup' | 'bracket' | 'lazy' | 'closing' | 'underline' | 'rebuilds' | 'slow',
        ...(finding.data
          ? {
              // The refusal keeps the raw text from the `[`: quoted here, on one line, shortened.
              data: finding.messageId === 'bracket' ? { words: quote(String(finding.data.words)) } : finding.data,
            }
          : {}),
      });
    }
  },
});
