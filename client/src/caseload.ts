// The "Treatment Plans" view in the Explorer (every plan of the workspace,
// grouped by when it needs review) and the status bar item of an open plan.
// Both show what the server answers (treatmentPlan/caseload, planStatus):
// nothing is decided here.
import * as vscode from 'vscode';
import type { LanguageClient } from 'vscode-languageclient/node';
import {
  Caseload,
  CaseloadGroups,
  PlanStatus,
  type CaseloadGroupInfo,
  type CaseloadItem,
} from '../../server/src/protocol';
import { send } from './requests';

type Node = { group: CaseloadGroupInfo; count: number } | CaseloadItem;

const dateLine = (r: CaseloadItem) =>
  [
    r.client,
    r.review ? `review ${r.review}` : undefined,
    r.steps.overdue ? `${r.steps.overdue} overdue` : undefined,
    `${r.steps.met}/${r.steps.open + r.steps.met} steps met`,
    r.notImproving ? 'not improving' : undefined,
  ]
    .filter(Boolean)
    .join(' · ');

/** Runs `fn` once, `ms` after the last of a burst of calls. */
function debounced(fn: () => Promise<unknown>): (ms: number) => void {
  let pending: ReturnType<typeof setTimeout> | undefined;
  return (ms) => {
    if (pending) clearTimeout(pending);
    pending = setTimeout(() => {
      pending = undefined;
      void fn();
    }, ms);
  };
}

export class PlansView implements vscode.TreeDataProvider<Node> {
  private rows: CaseloadItem[] = [];
  /** The view's groups, in order, as the server names them (asked once). */
  private groups: CaseloadGroupInfo[] = [];
  private clinician: string | undefined;
  private readonly changed = new vscode.EventEmitter<Node | undefined>();
  readonly onDidChangeTreeData = this.changed.event;
  /** Plans changed since the last answer, unless every plan is to be asked for. */
  private changedSince = new Set<string>();
  private everyPlan = true;
  private readonly later = debounced(() => this.load(this.everyPlan ? undefined : this.changedSince));
  /** Whether the view is shown: a hidden view asks the server for nothing (no caseload checked as the window opens). */
  private visible = () => true;
  /** Changes came while the view was hidden: ask when it is shown. */
  private stale = false;

  constructor(
    private readonly client: LanguageClient,
    private readonly ready: () => Promise<void>,
  ) {}

  /** Follows the view's visibility: a refresh waits until it is shown. */
  attach(view: vscode.TreeView<Node>): vscode.Disposable {
    this.visible = () => view.visible;
    return view.onDidChangeVisibility((e) => {
      if (e.visible && this.stale) this.refresh(0);
    });
  }

  /** Asks the server again, once for a burst of saves: for the plans changed, or (no URI) for all. */
  refresh(delayMs = 300, changed?: vscode.Uri): void {
    if (changed) this.changedSince.add(changed.toString());
    else this.everyPlan = true;
    this.stale = !this.visible();
    if (!this.stale) this.later(delayMs);
  }

  async load(changed?: ReadonlySet<string>): Promise<CaseloadItem[]> {
    await this.ready();
    const params = changed ? { changed: [...changed] } : undefined;
    this.changedSince = new Set();
    this.everyPlan = false;
    if (this.groups.length === 0) this.groups = await send(this.client, CaseloadGroups, undefined);
    this.rows = await send(this.client, Caseload, params);
    this.changed.fire(undefined);
    return this.rows;
  }

  async filterByClinician(): Promise<void> {
    const names = [...new Set(this.rows.map((r) => r.clinician).filter((c): c is string => !!c))].sort();
    const all = 'All clinicians';
    const picked = await vscode.window.showQuickPick([all, ...names], { placeHolder: 'Show the plans of' });
    if (picked === undefined) return;
    this.clinician = picked === all ? undefined : picked;
    this.changed.fire(undefined);
  }

  private shown(): CaseloadItem[] {
    return this.clinician ? this.rows.filter((r) => r.clinician === this.clinician) : this.rows;
  }

  getChildren(node?: Node): Node[] {
    const rows = this.shown();
    if (!node)
      return this.groups
        .map((group) => ({ group, count: rows.filter((r) => r.group === group.id).length }))
        .filter((g) => g.count > 0);
    return 'uri' in node ? [] : rows.filter((r) => r.group === node.group.id);
  }

  getTreeItem(node: Node): vscode.TreeItem {
    if (!('uri' in node)) {
      const item = new vscode.TreeItem(
        `${node.group.title} (${node.count})`,
        node.group.id === 'closed'
          ? vscode.TreeItemCollapsibleState.Collapsed
          : vscode.TreeItemCollapsibleState.Expanded,
      );
      item.id = `group:${node.group.id}`;
      return item;
    }
    const item = new vscode.TreeItem(node.file, vscode.TreeItemCollapsibleState.None);
    item.id = node.uri;
    item.description = `${node.headline} · ${dateLine(node)}`;
    item.tooltip = `${node.file}\n${node.headline}\n${dateLine(node)}\n${node.errors} errors, ${node.warnings} warnings${node.signed ? (node.signatureStale ? '\nsignature stale' : '\nsigned') : ''}${node.measures.map((m) => `\n${m.text}`).join('')}`;
    item.resourceUri = vscode.Uri.parse(node.uri);
    item.iconPath = new vscode.ThemeIcon(
      node.group === 'overdue' || node.errors > 0 || node.signatureStale
        ? 'warning'
        : node.ready
          ? 'pass'
          : 'circle-outline',
    );
    item.command = { command: 'vscode.open', title: 'Open Plan', arguments: [vscode.Uri.parse(node.uri)] };
    return item;
  }
}

/** "Review in 12 days", "3 steps overdue", "Ready to share": for the plan in the active editor. */
export class PlanStatusItem {
  readonly item = vscode.window.createStatusBarItem('treatmentPlan.status', vscode.StatusBarAlignment.Left, 50);
  private readonly later = debounced(() => this.show());

  constructor(
    private readonly client: LanguageClient,
    private readonly ready: () => Promise<void>,
  ) {
    this.item.name = 'Treatment Plan';
    this.item.command = 'treatmentPlan.openPreviewToSide';
  }

  /** Asks for the active editor's plan, shortly after the last change. */
  update(delayMs = 400): void {
    this.later(delayMs);
  }

  async show(): Promise<string | undefined> {
    const doc = vscode.window.activeTextEditor?.document;
    if (!doc || doc.languageId !== 'markdown') {
      this.item.hide();
      return undefined;
    }
    await this.ready();
    const status = await send(this.client, PlanStatus, { uri: doc.uri.toString() });
    if (!status) {
      this.item.hide();
      return undefined;
    }
    const urgent = status.group === 'overdue' || status.steps.overdue > 0 || status.errors > 0 || status.signatureStale;
    this.item.text = `$(${urgent ? 'warning' : status.ready ? 'pass' : 'info'}) ${status.headline}`;
    this.item.tooltip = `Treatment plan: ${status.headline}. Click to open the preview.`;
    this.item.show();
    return status.headline;
  }

  dispose(): void {
    this.item.dispose();
  }
}
