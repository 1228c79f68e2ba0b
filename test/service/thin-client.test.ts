// What the editor once read itself, the server answers through the protocol:
// the latest signature date (for "Summarize Changes Since it was signed"),
// whether a name is a plan's, the Plans view's groups, and the old version
// of a plan from git.
import { execFileSync } from 'node:child_process';
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import * as path from 'node:path';
import { describe, expect, it } from 'vitest';
import { CASELOAD_GROUPS, GROUP_TITLES } from '../../server/src/features/caseload';
import { changesSince } from '../../server/src/lsp/history';
import { caseload, caseloadGroups, planStatus } from '../../server/src/service/caseload';
import { planFileNameProblem } from '../../server/src/service/requests';
import { serviceHarness, uriOf } from '../helpers/service';

const plan = (extra = '', step = '- [ ] Work 3 days a week for 2 weeks, by 2027-01-15') =>
  `---\nclient: J.D.\nclinician: A. Rivera, LPC\ncreated: 2026-11-02\nreview: 2027-02-01\nstatus: active\n${extra}---\n\n## Problem: Depression\n\n### Goal: Return to work\n\n#### Steps\n\n${step}\n\n#### Methods\n\n- Behavioral activation\n`;

const SIGNED =
  'signatures:\n  - role: client\n    name: J.D.\n    method: wet-ink\n    date: 2026-11-09\n' +
  '  - role: clinician\n    name: A. Rivera\n    credentials: LPC\n    date: "2026-11-12"\n' +
  '  - role: supervisor\n    name: B. Chen\n    credentials: LCSW\n    date: 2026-13-40\n';

describe('the server answers the client', () => {
  it("the latest date the plan's signatures record, from the open version and from disk", () => {
    const h = serviceHarness({ '/ws/disk.plan.md': plan(SIGNED) });
    h.service.initialize({ workspaceFolders: ['/ws'] });
    // The supervisor's date is not on the calendar: passed over, as the format reads it.
    const open = h.open('/ws/open.plan.md', plan(SIGNED));
    expect(planStatus(h.service, open)?.lastSigned).toBe('2026-11-12');
    expect(caseload(h.service).map((r) => [r.file, r.lastSigned])).toEqual([['disk.plan.md', '2026-11-12']]);
    const unsigned = h.open('/ws/unsigned.plan.md', plan());
    expect(planStatus(h.service, unsigned)).not.toHaveProperty('lastSigned');
  });

  it("whether a name is a plan's, by the format's rule", () => {
    expect(planFileNameProblem('jd-2026.plan.md')).toBeNull();
    expect(planFileNameProblem('  Sub/JD.PLAN.MD ')).toBeNull();
    expect(planFileNameProblem('jd-2026.md')).toBe('A plan file name ends in .plan.md, like jd-2026.plan.md');
    expect(planFileNameProblem('jd.plan.md.bak')).toBe('A plan file name ends in .plan.md, like jd-2026.plan.md');
  });

  it("the Plans view's groups, in the order shown, with their titles", () => {
    expect(caseloadGroups()).toEqual(CASELOAD_GROUPS.map((id) => ({ id, title: GROUP_TITLES[id] })));
    expect(caseloadGroups().map((g) => g.title)).toEqual([
      'Review overdue',
      'Review due soon',
      'Later',
      'Drafts',
      'Completed or discontinued',
    ]);
  });
});

describe('Summarize Changes: the old version from git, read by the server', () => {
  const git = (dir: string, date: string, ...args: string[]) =>
    execFileSync('git', ['-c', 'user.name=T', '-c', 'user.email=t@example.invalid', ...args], {
      cwd: dir,
      stdio: 'pipe',
      env: { ...process.env, GIT_AUTHOR_DATE: `${date}T12:00:00Z`, GIT_COMMITTER_DATE: `${date}T12:00:00Z` },
    });

  it('since the last commit, since the day it was signed, and why not, in one line', () => {
    const dir = mkdtempSync(path.join(tmpdir(), 'tplan-history-'));
    const file = path.join(dir, 'jd.plan.md');
    git(dir, '2026-11-02', 'init', '-q');
    writeFileSync(file, plan(SIGNED));
    git(dir, '2026-11-10', 'add', 'jd.plan.md');
    git(dir, '2026-11-10', 'commit', '-q', '-m', 'signed');
    writeFileSync(file, plan(SIGNED, '- [ ] Work 4 days a week for 2 weeks, by 2027-01-15'));
    git(dir, '2026-11-20', 'commit', '-q', '-am', 'four days');
    const h = serviceHarness();
    const uri = h.open(file, plan(SIGNED, '- [x] Work 4 days a week for 2 weeks, by 2027-01-15'));

    const sinceCommit = changesSince(h.service, { uri, since: { commit: 'HEAD' } });
    expect(sinceCommit).toMatchObject({ changes: 1, summary: '1 step met.' });
    expect(sinceCommit).toHaveProperty('markdown', expect.stringMatching(/^### Changes since the last commit\n/));
    // Signed on the 12th: the commit of the 10th is the version signed.
    const sinceSigned = changesSince(h.service, { uri, since: { signed: '2026-11-12' } });
    expect(sinceSigned).toHaveProperty(
      'markdown',
      expect.stringMatching(/^### Changes since it was signed on 2026-11-12\n/),
    );
    expect((sinceSigned as { changes: number }).changes).toBeGreaterThan(1);
    expect(changesSince(h.service, { uri, since: { signed: '2026-11-01' } })).toEqual({
      refused: 'no commit of this plan on or before 2026-11-01',
    });
    expect(
      changesSince(h.service, { uri: uriOf(path.join(dir, 'other.plan.md')), since: { commit: 'HEAD' } }),
    ).toBeNull();

    // A workspace not trusted: its repository is not read (its git config could name programs to run).
    const untrusted = serviceHarness();
    untrusted.service.initialize({ workspaceFolders: [dir], trusted: false });
    const inUntrusted = untrusted.open(file, plan(SIGNED));
    expect(changesSince(untrusted.service, { uri: inUntrusted, since: { commit: 'HEAD' } })).toEqual({
      refused: 'the workspace is not trusted, so its git history is not read',
    });

    const outside = mkdtempSync(path.join(tmpdir(), 'tplan-nogit-'));
    const loose = h.open(path.join(outside, 'loose.plan.md'), plan());
    expect(changesSince(h.service, { uri: loose, since: { commit: 'HEAD' } })).toEqual({
      refused: "'loose.plan.md' is not in a git repository",
    });
  });
});
