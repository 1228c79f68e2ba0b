// The Plans view's rows and the status bar's line, from the plan service:
// plans on disk and open ones, most urgent first; a changed file's row is
// made again, an unchanged one is not; Summarize Changes on an open plan.
import { describe, expect, it } from 'vitest';
import { caseload, planStatus } from '../../server/src/service/caseload';
import { summarizeChanges } from '../../server/src/service/requests';
import { serviceHarness, uriOf } from '../helpers/service';

// The harness's clock says 2026-11-28.
const plan = (client: string, review: string, extra = '') =>
  `---\nclient: ${client}\nclinician: A. Rivera, LPC\ncreated: 2026-11-02\nreview: ${review}\nstatus: active\n---\n\n## Problem: Depression\n\n### Goal: Return to work\n\n#### Steps\n\n- [ ] Work 3 days a week for 2 weeks, by 2027-01-15\n${extra}\n#### Methods\n\n- Behavioral activation\n`;

describe('the caseload of a workspace', () => {
  it('lists plans on disk and open ones, most urgent first, with the line to say first', () => {
    const h = serviceHarness({
      '/ws/a.plan.md': plan('A.', '2027-02-01'),
      '/ws/sub/b.plan.md': plan('B.', '2026-11-20'),
      '/ws/notes.md': '# Notes\n',
      '/ws/c.plan.md': plan('C.', '2027-02-01'),
    });
    h.service.initialize({ workspaceFolders: ['/ws'] });
    // The open version wins over the file on disk.
    h.open('/ws/c.plan.md', plan('C.', '2026-12-05'));
    const rows = caseload(h.service);
    expect(rows.map((r) => [r.file, r.group, r.headline])).toEqual([
      ['sub/b.plan.md', 'overdue', 'Review overdue by 8 days'],
      ['c.plan.md', 'due-soon', 'Review in 7 days'],
      ['a.plan.md', 'later', 'Ready to share'],
    ]);
    expect(rows[0]!.uri).toBe(uriOf('/ws/sub/b.plan.md'));
    expect(planStatus(h.service, uriOf('/ws/c.plan.md'))).toMatchObject({ headline: 'Review in 7 days' });
    expect(planStatus(h.service, uriOf('/ws/a.plan.md'))).toBeNull();
  });

  it("carries each plan's scores, and flags no improvement after the config's weeks", () => {
    const measures = (rows: string) => `\n## Measures\n\n| Date | Measure | Score |\n| --- | --- | --- |\n${rows}\n`;
    const flat = measures('| 2026-09-01 | PHQ-9 | 15 |\n| 2026-11-24 | PHQ-9 | 13 |');
    const h = serviceHarness({
      '/ws/a.plan.md': plan('A.', '2027-02-01') + flat,
      '/ws/b.plan.md': plan('B.', '2027-02-01') + measures('| 2026-09-01 | PHQ-9 | 17 |\n| 2026-11-24 | PHQ-9 | 8 |'),
      '/ws/c/c.plan.md': plan('C.', '2027-02-01') + flat,
      '/ws/c/.planrc.yaml': 'notImprovingWeeks: 16\n',
    });
    h.service.initialize({ workspaceFolders: ['/ws'] });
    const rows = Object.fromEntries(caseload(h.service).map((r) => [r.file, r]));
    expect(rows['a.plan.md']).toMatchObject({ notImproving: true, measures: [{ measure: 'PHQ-9', change: -2 }] });
    expect(rows['b.plan.md']).toMatchObject({
      notImproving: false,
      measures: [{ response: true, reliable: 'improved' }],
    });
    expect(rows['c/c.plan.md']!.notImproving).toBe(false);
    h.open('/ws/a.plan.md', plan('A.', '2027-02-01') + flat);
    expect(planStatus(h.service, uriOf('/ws/a.plan.md'))).toMatchObject({ notImproving: true });
  });

  it('checks again only the plan whose text changed', () => {
    const h = serviceHarness({ '/ws/a.plan.md': plan('A.', '2027-02-01'), '/ws/b.plan.md': plan('B.', '2027-02-01') });
    h.service.initialize({ workspaceFolders: ['/ws'] });
    const first = caseload(h.service);
    const again = caseload(h.service);
    expect(again[0]).toBe(first[0]);
    h.files['/ws/b.plan.md'] = plan('B.', '2027-02-01', '- [ ] Call the employer, by 2026-11-01\n');
    const after = caseload(h.service);
    expect(after.map((r) => [r.file, r.headline])).toEqual([
      ['b.plan.md', '1 step overdue'],
      ['a.plan.md', 'Ready to share'],
    ]);
    expect(after[1]).toBe(first[0]);
  });

  it('reads again only the plans named as changed, and drops a deleted one', () => {
    const h = serviceHarness({ '/ws/a.plan.md': plan('A.', '2027-02-01'), '/ws/b.plan.md': plan('B.', '2027-02-01') });
    h.service.initialize({ workspaceFolders: ['/ws'] });
    expect(caseload(h.service).map((r) => r.file)).toEqual(['a.plan.md', 'b.plan.md']);
    h.files['/ws/a.plan.md'] = plan('A.', '2026-11-01');
    h.files['/ws/c.plan.md'] = plan('C.', '2026-12-01');
    // Only b is named: a's change is not seen yet, c is not listed yet.
    h.files['/ws/b.plan.md'] = plan('B.', '2026-12-01');
    expect(caseload(h.service, [uriOf('/ws/b.plan.md')]).map((r) => [r.file, r.headline])).toEqual([
      ['b.plan.md', 'Review in 3 days'],
      ['a.plan.md', 'Ready to share'],
    ]);
    delete h.files['/ws/b.plan.md'];
    const rows = caseload(h.service, [uriOf('/ws/a.plan.md'), uriOf('/ws/b.plan.md'), uriOf('/ws/c.plan.md')]);
    expect(rows.map((r) => [r.file, r.headline])).toEqual([
      ['a.plan.md', 'Review overdue by 27 days'],
      ['c.plan.md', 'Review in 3 days'],
    ]);
    // Asked for every plan, it walks the folders again.
    expect(caseload(h.service).map((r) => r.file)).toEqual(['a.plan.md', 'c.plan.md']);
  });

  it('summarizes an open plan against an older text', () => {
    const h = serviceHarness({});
    h.service.initialize({ workspaceFolders: ['/ws'] });
    const old = plan('A.', '2027-02-01');
    const uri = h.open('/ws/a.plan.md', old.replace('- [ ] Work', '- [x] Work'));
    expect(summarizeChanges(h.service, { uri, oldText: old, since: 'the last commit' })).toEqual({
      markdown:
        "### Changes since the last commit\n\n**Steps**\n\n- Step met ('Depression' › 'Return to work'): 'Work 3 days a week for 2 weeks'.\n",
      summary: '1 step met.',
      changes: 1,
    });
    expect(summarizeChanges(h.service, { uri: uriOf('/ws/none.plan.md'), oldText: old, since: 'x' })).toBeNull();
  });
});
