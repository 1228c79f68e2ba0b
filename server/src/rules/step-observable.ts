import { goals } from '../text/plan-text';
import { readSteps } from '../text/step-reading';
import { defineRule } from './types';

export const stepObservable = defineRule({
  id: 'step-observable',
  description:
    'A step whose main verb names what the client knows or feels (learn, understand, verbalize, be aware, feel, realize, accept), not something others can see them do.',
  defaultSeverity: 'warning',
  appliesWhen: '`style: formal`',
  applies: (plan) => plan.meta.style?.value === 'formal',
  messages: {
    notObservable:
      'Step starts with "{{verb}}", which no one can see done: say what the client will do that shows it (see the rule page for verbs to use instead).',
  },
  check({ plan, report }) {
    for (const { goal } of goals(plan))
      for (const { range, unobservable } of readSteps(goal))
        if (unobservable) report({ range, messageId: 'notObservable', data: { verb: unobservable } });
  },
});
