import { goals } from '../text/plan-text';
import { readSteps } from '../text/step-reading';
import { defineRule } from './types';

export const stepObservable = defineRule({
  id: 'step-observable',
  description:
    'A step whose main verb names what the client knows or feels (learn, understand, be aware, feel, realize, accept), or that asks the client to say an understanding, awareness or acceptance: not something others can see them do.',
  defaultSeverity: 'warning',
  appliesWhen: '`style: formal`',
  applies: (plan) => plan.meta.style?.value === 'formal',
  messages: {
    notObservable:
      'Step starts with "{{verb}}", which no one can see done: say what the client will do that shows it (see the rule page for verbs to use instead).',
    notObservableObject:
      'Step asks the client to "{{verb}}": saying it aloud is seen, but an understanding is not. Say what the client will say or do that shows it ("name 3 triggers", "describe the cycle of panic in their own words").',
  },
  check({ plan, report }) {
    for (const { goal } of goals(plan))
      for (const { range, unobservable } of readSteps(goal))
        if (unobservable)
          report({
            range,
            messageId: unobservable.object ? 'notObservableObject' : 'notObservable',
            data: { verb: unobservable.words },
          });
  },
});
