import type { Goal, Range } from '../plan/model';
import { weakMemo } from '../base/memo';
import { goals } from '../text/plan-text';
import { defineRule } from './types';

// By goal: a goal an edit did not touch is the same object, with the same answer.
const emptyInGoal = weakMemo((goal: Goal) => {
  const out: Array<{ range: Range; messageId: 'goal' | 'step' | 'method' }> = [];
  if (!goal.text.trim()) out.push({ range: goal.heading.range, messageId: 'goal' });
  for (const step of goal.steps?.items ?? []) if (!step.text.trim()) out.push({ range: step.range, messageId: 'step' });
  for (const method of goal.methods?.items ?? [])
    if (!method.text.trim()) out.push({ range: method.range, messageId: 'method' });
  return out;
});

export const emptyText = defineRule({
  id: 'empty-text',
  description: 'A title, problem, goal, step or method with no words: a heading or an item left empty is not done.',
  defaultSeverity: 'error',
  messages: {
    title: 'The title is empty: give the plan a title, or remove the `#` line.',
    problem: 'This problem has no name: say what is being worked on, after `Problem:`.',
    goal: 'This goal has no words: say what the client wants to reach, after `Goal:`.',
    step: 'This step is empty: say what the client will do, or remove the item.',
    method: 'This method is empty: name the therapy method, or remove the item.',
  },
  check({ plan, report }) {
    if (plan.title && !plan.title.text.trim()) report({ range: plan.title.range, messageId: 'title' });
    for (const problem of plan.problems) {
      if (!problem.name.trim()) report({ range: problem.heading.range, messageId: 'problem' });
    }
    for (const { goal } of goals(plan)) for (const f of emptyInGoal(goal)) report(f);
  },
});
