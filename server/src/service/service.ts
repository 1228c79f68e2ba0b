// The plan service: everything the language server does, without LSP. It
// keeps the open documents' plans, resolves each one's config and library,
// schedules checks, and answers completion, hover, outline, code actions and
// the extension's requests from the core. It reaches the disk only through
// the host it is handed and the time only through its clock, so tests drive
// it in-process with an in-memory host and fake timers.

import * as path from 'node:path';
import { pathToFileURL } from 'node:url';
import picomatch from 'picomatch';
import type { PlanConfig } from '../config/config';
import { ConfigResolver } from '../config/resolve';
import {
  DEFAULT_SETTINGS,
  configFromSettings,
  planFilePatterns,
  readSettings,
  type Settings,
} from '../config/settings';
import type { FileSystemHost } from '../host/host';
import type { Diagnostic } from '../base/diagnostic';
import { lint } from '../lint/lint';
import { isIsoDate, localDate } from '../plan/dates';
import { isPlanDocument } from '../plan/isPlan';
import { RULE_IDS } from '../rules';
import { DocumentStates, type DocumentState, type Resolution } from './documents';
import { FileErrorBoard } from './fileErrors';
import { CheckScheduler } from './scheduler';
import { planNotes, untrustedConfig } from './notes';
import { fsPath, type InitializeOptions, type ServiceOptions } from './options';
import type { Clock, Documents, ServiceEvents } from './types';

export { fsPath, type InitializeOptions, type ServiceOptions } from './options';

/** A check this quick (ms) runs at once after a keystroke. */
export const CHEAP_CHECK_MS = 5;

export class PlanService {
  readonly host: FileSystemHost;
  readonly documents: Documents;
  readonly resolver: ConfigResolver;
  private readonly events: ServiceEvents;
  private readonly clock: Clock;
  private readonly states = new DocumentStates();
  readonly scheduler: CheckScheduler;
  private readonly fileErrors: FileErrorBoard;
  private settings: Settings = DEFAULT_SETTINGS;
  /** The config the settings make, for plans without a config file; made again when they change. */
  private settingsConfig: PlanConfig | undefined;
  private folders: readonly string[] = [];
  /** False in a workspace the user has not trusted: no path it names is read, nothing in it run (git included). */
  trusted = true;
  snippets = true;
  private fixedToday: string | undefined;
  /** How long to wait after a keystroke before checking: typing bursts cost one check. */
  private lintDelayMs = 150;
  private lintDelayMode: 'adaptive' | 'fixed' = 'adaptive';
  /** How long each open document's last check after an edit took, in ms: the wait before its next one. */
  private readonly costs = new Map<string, number>();
  /** Documents whose waiting check follows an edit (not an open or a settings change, which parse anew). */
  private readonly edited = new Set<string>();
  /** Documents opened and not checked yet: the editor's first "change" is the open itself. */
  private readonly opening = new Set<string>();
  /** Since when (elapsed ms) each document has had an edit waiting: no edit waits past lintDelayMs. */
  private readonly waitingSince = new Map<string, number>();

  constructor(options: ServiceOptions) {
    this.host = options.host;
    this.documents = options.documents;
    this.events = options.events;
    this.clock = options.clock;
    this.resolver = new ConfigResolver(this.host, RULE_IDS);
    this.fileErrors = new FileErrorBoard(this.events);
    this.scheduler = new CheckScheduler(options.timers, (uri) => {
      // The document may have changed or closed meanwhile: check what is current.
      if (this.documents.get(uri)) this.check(uri);
    });
  }

  initialize(options: InitializeOptions): void {
    if (options.today && isIsoDate(options.today)) this.fixedToday = options.today;
    if (typeof options.lintDelayMs === 'number' && options.lintDelayMs >= 0) this.lintDelayMs = options.lintDelayMs;
    if (options.lintDelayMode === 'fixed' || options.lintDelayMode === 'adaptive')
      this.lintDelayMode = options.lintDelayMode;
    if (options.settings !== undefined) this.settings = readSettings(options.settings);
    this.folders = options.workspaceFolders ?? [];
    this.trusted = options.trusted !== false;
    this.snippets = options.snippets !== false;
    this.settingsConfig = undefined;
  }

  get workspaceFolders(): readonly string[] {
    return this.folders;
  }

  today(): string {
    return this.fixedToday ?? localDate(this.clock.now());
  }

  /** New settings from the editor: every open plan is checked again. False when they are the ones in force. */
  setSettings(value: unknown): boolean {
    const settings = readSettings(value);
    if (JSON.stringify(settings) === JSON.stringify(this.settings)) return false;
    this.settings = settings;
    this.settingsConfig = undefined;
    this.resolver.clear();
    this.recheckAll();
    return true;
  }

  // ---------------------------------------------------------------- documents

  opened(uri: string): void {
    this.opening.add(uri);
    this.scheduler.schedule(uri, 0, true);
  }

  changed(uri: string): void {
    if (this.opening.has(uri)) return;
    this.edited.add(uri);
    if (this.lintDelayMode === 'fixed') {
      this.scheduler.schedule(uri, this.lintDelayMs);
      return;
    }
    // Typing faster than a check costs still gets one within lintDelayMs of the first waiting keystroke.
    const now = this.elapsed();
    const since = this.waitingSince.get(uri) ?? now;
    this.waitingSince.set(uri, since);
    this.scheduler.schedule(uri, Math.max(0, Math.min(this.delayFor(uri), this.lintDelayMs - (now - since))));
  }

  private elapsed(): number {
    return this.clock.elapsed?.() ?? this.clock.now().getTime();
  }

  /**
   * The wait before checking a changed document. A check that costs little
   * runs at once: the user sees it within a frame. One that costs more waits
   * as long as it took, so typing faster than that still costs one check per
   * pause, never more than lintDelayMs.
   */
  delayFor(uri: string): number {
    if (this.lintDelayMode === 'fixed') return this.lintDelayMs;
    // No edit checked yet: check the first at once, and learn what an edit costs.
    const cost = this.costs.get(uri) ?? 0;
    return cost <= CHEAP_CHECK_MS ? 0 : Math.min(this.lintDelayMs, Math.ceil(cost));
  }

  closed(uri: string): void {
    this.released(uri);
    this.events.publish(uri, undefined, []);
  }

  /** Forgets a document without a word to the editor: another checker has taken it (the big-plan worker). */
  released(uri: string): void {
    this.states.delete(uri);
    this.costs.delete(uri);
    this.edited.delete(uri);
    this.opening.delete(uri);
    this.waitingSince.delete(uri);
    this.scheduler.cancel(uri);
  }

  /** Files changed on disk: a config, module or code file means every plan is checked again. */
  filesChanged(uris: readonly string[]): void {
    if (!uris.some((u) => /\.(ya?ml|txt)$/i.test(u))) return;
    this.fileErrors.refresh(() => {
      this.resolver.clear();
      for (const doc of this.documents.all()) if (this.isPlan(doc.uri, doc.getText())) this.resolutionFor(doc.uri);
    });
    this.recheckAll();
  }

  recheckAll(): void {
    this.states.clear();
    for (const doc of this.documents.all()) this.scheduler.schedule(doc.uri, 0, true);
  }

  isPlan(uri: string, text: string): boolean {
    const file = fsPath(uri) ?? uri;
    const patterns = planFilePatterns(this.settings);
    if (patterns.length > 0) {
      const posix = file.split(path.sep).join('/');
      if (picomatch.isMatch(posix, patterns, { dot: true, basename: false, contains: true })) return true;
    }
    return isPlanDocument(decodeURIComponent(uri), text);
  }

  /** The config and library for a document, showing the errors of the files they come from. */
  resolutionFor(uri: string | undefined): Resolution {
    const file = uri ? fsPath(uri) : undefined;
    const base = this.folders[0] ?? '/';
    // One config object per settings: what is cached per config (caseload rows) keeps.
    const resolved = this.resolver.configFor(
      file ? path.dirname(file) : undefined,
      () => (this.settingsConfig ??= configFromSettings(this.settings, base, RULE_IDS)),
    );
    const { config, ignored } = this.trusted
      ? { config: resolved.config, ignored: [] }
      : untrustedConfig(resolved.config);
    const loaded = this.resolver.library(config);
    this.fileErrors.showResolution(resolved, loaded);
    return { config, library: loaded.library, configErrors: resolved.errors, ignored };
  }

  /** A URI in the first workspace folder, for requests not tied to a document. */
  workspaceUri(name = 'x.plan.md'): string | undefined {
    const folder = this.folders[0];
    return folder ? pathToFileURL(path.join(folder, name)).href : undefined;
  }

  /** The plan of the document's current version, or undefined when it is not open or not a plan. */
  stateOf(uri: string): DocumentState | undefined {
    const doc = this.documents.get(uri);
    if (!doc) return undefined;
    // A kept plan of this version is a plan: no need to look at the text again.
    let text: string | undefined;
    const getText = () => (text ??= doc.getText());
    const state = this.states.get(
      uri,
      doc.version,
      getText,
      () => this.resolutionFor(uri),
      (t) => this.isPlan(uri, t),
    );
    return state;
  }

  lintOptions(uri: string, state: DocumentState) {
    const { config, library } = state.resolution;
    return { today: this.today(), config, library, fileName: fsPath(uri) ?? uri };
  }

  /** The core's diagnostics for a document (linted once per version). */
  planDiagnostics(uri: string, state: DocumentState): readonly Diagnostic[] {
    state.diagnostics ??= lint(state.plan, this.lintOptions(uri, state));
    return state.diagnostics;
  }

  /** What the editor shows: the plan's diagnostics, after a word on a broken config file or an untrusted workspace. */
  diagnostics(uri: string): readonly Diagnostic[] {
    const state = this.stateOf(uri);
    return state ? [...planNotes(state.resolution), ...this.planDiagnostics(uri, state)] : [];
  }

  /** Checks a document now and publishes what it found. */
  check(uri: string): void {
    const doc = this.documents.get(uri);
    if (!doc) return;
    try {
      const started = this.elapsed();
      this.opening.delete(uri);
      this.waitingSince.delete(uri);
      const diagnostics = this.diagnostics(uri);
      // The cost of a check after an edit (a re-parse of what changed), not of a first parse.
      const cost = this.edited.delete(uri) ? this.elapsed() - started : undefined;
      if (cost !== undefined) this.costs.set(uri, cost);
      this.events.publish(uri, doc.version, diagnostics);
      if (cost !== undefined) this.events.checked?.(uri, cost);
    } catch (e) {
      // Only the kind of failure: never plan text.
      this.events.logError(`treatment plan: could not check a document (${(e as Error).name})`);
    }
  }
}
