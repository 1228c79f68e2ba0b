import type { Goal, Range } from '../plan/model';
import { weakMemo } from '../text/memo';
import { goals } from '../text/plan-text';
import { unobservableVerb } from '../text/steps';
import { stepToWrite } from './step-measurable';
import { defineRule } from './types';

const unobservable = weakMemo((goal: Goal) => {
  const out: Array<{ range: Range; verb: string }> = [];
  for (const step of goal.steps?.items ?? []) {
    if (stepToWrite(step)) continue;
    const verb = unobservableVerb(step.text);
    if (verb) out.push({ range: step.textRange, verb });
  }
  return out;
});

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
      for (const { range, verb } of unobservable(goal)) report({ range, messageId: 'notObservable', data: { verb } });
  },
});
