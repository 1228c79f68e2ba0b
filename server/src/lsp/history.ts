// Summarize Changes Since…, the language server's part: the plan's text at
// its last commit, or at the last commit on or before the day it was signed,
// read from git (node/git.ts, as `tplan diff --git` reads it), then compared
// by the plan service. What git could not give is one line without plan text.

import { GitError, commitOnOrBefore, textAtRevision } from '../node/git';
import type { SummarizeChangesParams, SummarizeChangesRefusal, SummarizeChangesResult } from '../protocol';
import { summarizeChanges } from '../service/requests';
import { fsPath, type PlanService } from '../service/service';

export function changesSince(
  service: PlanService,
  params: SummarizeChangesParams,
): SummarizeChangesResult | SummarizeChangesRefusal | null {
  const file = fsPath(params.uri);
  if (!file || !service.stateOf(params.uri)) return null;
  const name = file.split(/[\\/]/).pop() ?? file;
  // An untrusted workspace's repository is not read: its git config could name programs to run.
  if (!service.trusted) return { refused: 'the workspace is not trusted, so its git history is not read' };
  try {
    if ('signed' in params.since) {
      const signed = params.since.signed;
      const rev = commitOnOrBefore(file, signed);
      if (!rev) throw new GitError(`no commit of this plan on or before ${signed}`);
      const oldText = textAtRevision(file, name, rev);
      return summarizeChanges(service, { uri: params.uri, oldText, since: `it was signed on ${signed}` });
    }
    const oldText = textAtRevision(file, name, 'HEAD');
    return summarizeChanges(service, { uri: params.uri, oldText, since: 'the last commit' });
  } catch (e) {
    if (!(e instanceof GitError)) throw e;
    return { refused: e.message };
  }
}
