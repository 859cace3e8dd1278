/**
 * The service worker: runs the engine on what the content scripts send, takes screenshots, queues
 * captures durably and uploads them, enrols the device, keeps policy and rules fresh, and holds
 * the AUP gate. Every listener is registered synchronously at the top level (MV3 requirement); all
 * state lives in chrome.storage so a stopped worker picks up where it left off.
 */
import type { AupEvent, Capture, PolicyResponse } from '@vigil/protocol';
import { newAgentId } from '@vigil/protocol/ids';
import { type AupDecision, gateClosed, redirectedByGate } from '../lib/aup-gate.js';
import { backoffDelay } from '../lib/backoff.js';
import { detectionKey, RecentKeys, textInContext } from '../lib/capture-text.js';
import { unpack } from '../lib/pack.js';
import { extractSearchTerms } from '../lib/search-terms.js';
import { type AgentConfig, mergeConfig, sanitiseConfig } from '../shared/config.js';
import type { ProtectMessage, TextMessage, ToWorker, WorkerStatus } from '../shared/messages.js';
import { ApiClient, ApiError } from './api-client.js';
import { earlyReads, UPDATED_RULES, type UpdatedRules } from './early.js';
import {
  type AgentDetection,
  type Detector,
  detectorFor,
  type LoadedRules,
  loadRules,
  type ScanSource,
} from './engine-adapter.js';
import { platform, profileEmail } from './identity.js';
import { chromeLocal } from './kv.js';
import { Outbox } from './outbox.js';
import { clearCachedUpdate, readUpdateSource, writeCachedRules } from './rules-cache.js';
import { screenshotTab } from './screenshot.js';
import { Uploader } from './uploader.js';

/** The bundled engine (a hash of its source) and packaged rules (of loaded.pack), set by the build. */
declare const __VIGIL_ENGINE_BUILD__: string | undefined;
declare const __VIGIL_PACKAGED_RULES__: string | undefined;
const ENGINE_BUILD = typeof __VIGIL_ENGINE_BUILD__ === 'string' ? __VIGIL_ENGINE_BUILD__ : 'dev';
const PACKAGED_RULES = typeof __VIGIL_PACKAGED_RULES__ === 'string' ? __VIGIL_PACKAGED_RULES__ : 'dev';

const MAX_TEXT_CHARS = 20_000;
const PROTECTED_CATEGORIES = new Set(['sexual', 'violence']);
const ALARM_HEARTBEAT = 'vigil-heartbeat';
const ALARM_UPLOAD = 'vigil-upload';
const ALARM_ENROL = 'vigil-enrol';

interface Device {
  deviceId: string;
  credential: string;
  serverUrl: string;
  school?: { id: string; name: string };
}

interface StoredPolicy {
  etag?: string;
  body: PolicyResponse & { primaryProtection?: boolean };
}

/** The ETag of server rules this engine could not load, so they are not fetched again and again. */
const REJECTED_RULES = 'rules:rejected-etag';

type RulesSource = 'cache' | 'packaged' | 'packaged-json' | 'update' | 'update-reloaded';

/** What the loaded rules in IndexedDB must be to be used: this engine build, these rules. */
const rulesKey = (updated: UpdatedRules | undefined): string =>
  updated ? `${ENGINE_BUILD}:update:${updated.version}` : `${ENGINE_BUILD}:packaged:${PACKAGED_RULES}`;

function useRules(loaded: LoadedRules): void {
  loadedRules = loaded;
  detector = detectorFor(loaded);
}

/** Cloning the tables into IndexedDB takes the worker's thread for a moment: not at once. */
function cacheLater(key: string, loaded: LoadedRules): void {
  rulesCaching = 'pending';
  setTimeout(() => {
    // Not when other rules (an update from the server) came in meanwhile.
    if (loadedRules !== loaded) {
      rulesCaching = undefined;
      return;
    }
    void writeCachedRules({ key, loaded }).then((ok) => {
      rulesCaching = ok ? 'written' : 'failed';
    });
  }, 5_000);
}

/** When this worker's script started running, in ms since the worker's time origin. */
const scriptStartMs = performance.now();
/** When the bundle began to run, before its modules' set-up (a banner the build adds). */
const evalStartMs = (globalThis as { __vigilEvalStart?: number }).__vigilEvalStart ?? -1;
const phases: Record<string, number> = {};
const mark = (name: string): void => {
  phases[name] = Math.round(performance.now() * 10) / 10;
};
const extensionOrigin = chrome.runtime.getURL('');
const aupPage = chrome.runtime.getURL('aup.html');
const agentVersion = chrome.runtime.getManifest().version;

// ---- state (a cache of chrome.storage) ----

let managedConfig: AgentConfig = {};
let localConfig: AgentConfig = {};
let device: Device | undefined;
let policy: StoredPolicy | undefined;
let aupDecision: AupDecision | undefined;
let detector: Detector | undefined;
/** The rules `detector` scans with. */
let loadedRules: LoadedRules | undefined;
let engineReadyMs = -1;
let rulesLoadMs = -1;
let rulesSource: RulesSource | undefined;
let rulesCaching: 'pending' | 'written' | 'failed' | undefined;
let lastError: string | undefined;
const stats = { scans: [] as number[] };
const recent = new RecentKeys(10 * 60_000);

const config = (): AgentConfig => mergeConfig(managedConfig, localConfig);
const outbox = new Outbox(chromeLocal);
const uploader = new Uploader({
  outbox,
  store: chromeLocal,
  client: () => (device ? new ApiClient(device.serverUrl, device.credential) : undefined),
  schedule: scheduleUpload,
  log: (message) => console.warn(`vigil: ${message}`),
  unauthorised: () => void credentialRejected(),
});

function scheduleUpload(at: number): void {
  const delay = Math.max(0, at - Date.now());
  // A timer while the worker lives; an alarm (30 s minimum) in case it is stopped first.
  if (delay < 5 * 60_000) setTimeout(() => void uploader.flush(), delay + 50);
  chrome.alarms.create(ALARM_UPLOAD, { when: Math.max(at, Date.now() + 30_000) });
}

// ---- start ----

/**
 * The rules at start, from the quickest place that has them: their loaded form in IndexedDB (from an
 * earlier start); else for an update from the server, its JSON loaded again (after the extension's
 * engine changed); else the rules packaged with the extension, already in the engine's loaded form
 * (dist/rules/loaded.pack). Never compiled here.
 */
async function loadEngine(): Promise<void> {
  const t0 = performance.now();
  // Both reads began before the engine's modules set up (early.ts): which rules apply, and the
  // cached loaded rules.
  const [updated, cached] = await Promise.all([
    earlyReads.updated.then((v) => {
      mark('rulesChosen');
      return v;
    }),
    earlyReads.cached.then((v) => {
      mark('cacheRead');
      return v;
    }),
  ]);
  const key = rulesKey(updated);
  if (cached?.key === key) {
    useRules(cached.loaded);
    rulesSource = 'cache';
  } else if (updated) {
    const loaded = await reloadUpdate(updated.version);
    if (loaded) {
      useRules(loaded);
      rulesSource = 'update-reloaded';
      cacheLater(key, loaded);
    } else {
      // Unusable (or lost): back to the packaged rules; the next sync fetches the server's again.
      await chrome.storage.local.remove([UPDATED_RULES]);
      await clearCachedUpdate();
    }
  }
  if (!detector) {
    const packaged = await loadPackagedRules();
    useRules(packaged.loaded);
    rulesSource = packaged.source;
    cacheLater(rulesKey(undefined), packaged.loaded);
  }
  engineReadyMs = Math.round(performance.now());
  rulesLoadMs = Math.round(performance.now() - t0);
}

/** The packaged rules: the loaded form the build wrote, else (never expected) the compiled JSON. */
async function loadPackagedRules(): Promise<{ loaded: LoadedRules; source: RulesSource }> {
  try {
    const response = await fetch(chrome.runtime.getURL('rules/loaded.pack'));
    const bytes = await response.arrayBuffer();
    mark('packFetched');
    const loaded = unpack(bytes) as LoadedRules;
    if (loaded?.kind !== 'engine' && loaded?.kind !== 'dev') throw new Error('not loaded rules');
    mark('packUnpacked');
    return { loaded, source: 'packaged' };
  } catch (error) {
    console.warn('vigil: the packaged loaded rules are unusable; loading the compiled JSON', error);
    const json: unknown = await (await fetch(chrome.runtime.getURL('rules/compiled.json'))).json();
    return { loaded: loadRules(json), source: 'packaged-json' };
  }
}

/** Loads a stored server update from its JSON (another engine build made its loaded form). */
async function reloadUpdate(version: string): Promise<LoadedRules | undefined> {
  const source = await readUpdateSource();
  if (!source || source.version !== version) return undefined;
  try {
    return loadRules(source.compiled);
  } catch (error) {
    console.warn(`vigil: the stored rules ${version} do not load with this engine`, error);
    return undefined;
  }
}

async function loadState(): Promise<void> {
  mark('stateStart');
  try {
    const session = await chrome.storage.session.get(['recent']);
    mark('sessionRead');
    recent.restore((session.recent as [string, number][] | undefined) ?? []);
  } catch {
    // no session storage: de-duplication starts afresh
  }
  const got = await chrome.storage.local.get(['setup', 'managed:cache', 'device', 'policy', 'aup:decision']);
  localConfig = sanitiseConfig(got.setup);
  managedConfig = sanitiseConfig(got['managed:cache']);
  device = got.device as Device | undefined;
  policy = got.policy as StoredPolicy | undefined;
  aupDecision = got['aup:decision'] as AupDecision | undefined;
  mark('stateRead');
}

/** The first managed read can take seconds (and is {} right after a force-install): never wait on it. */
async function refreshManaged(): Promise<void> {
  try {
    const managed = sanitiseConfig(await chrome.storage.managed.get(null));
    if (JSON.stringify(managed) !== JSON.stringify(managedConfig)) {
      managedConfig = managed;
      await chrome.storage.local.set({ 'managed:cache': managed });
      await onConfigChanged();
    }
  } catch {
    // no managed storage (not a managed browser)
  }
}

const ready: Promise<void> = Promise.all([loadEngine(), loadState()]).then(
  () => undefined,
  (error) => {
    lastError = `start failed: ${String(error)}`;
    console.error('vigil:', error);
  },
);

void ready.then(async () => {
  if (!(await chrome.alarms.get(ALARM_HEARTBEAT))) {
    const seconds = Math.max(30, policy?.body.heartbeatSeconds ?? 60);
    chrome.alarms.create(ALARM_HEARTBEAT, { periodInMinutes: seconds / 60 });
  }
  await enforceGateOnAllTabs();
  void refreshManaged();
  await ensureEnrolled();
  void uploader.flush();
});

// ---- enrolment, heartbeat, policy, rules ----

let enrolling: Promise<void> | undefined;

function ensureEnrolled(): Promise<void> {
  enrolling ??= enrol().finally(() => {
    enrolling = undefined;
  });
  return enrolling;
}

async function enrol(): Promise<void> {
  const { serverUrl, enrolmentToken, deviceName } = config();
  if (device && (!serverUrl || device.serverUrl === serverUrl)) return;
  if (!serverUrl || !enrolmentToken) return;
  const name = deviceName ?? `chrome-${crypto.randomUUID().slice(0, 8)}`;
  try {
    const answer = await new ApiClient(serverUrl).enrol(enrolmentToken, {
      name,
      platform: await platform(),
      agent: { kind: 'chrome-extension', version: agentVersion },
    });
    device = { deviceId: answer.deviceId, credential: answer.credential, serverUrl, school: answer.school };
    await chrome.storage.local.set({ device, 'enrol:failures': 0 });
    lastError = undefined;
    await chrome.alarms.clear(ALARM_ENROL);
    await syncWithServer(true);
    void uploader.flush(true);
  } catch (error) {
    lastError = `enrolment failed: ${String(error)}`;
    const failures =
      (((await chrome.storage.local.get(['enrol:failures']))['enrol:failures'] as number) ?? 0) + 1;
    await chrome.storage.local.set({ 'enrol:failures': failures });
    chrome.alarms.create(ALARM_ENROL, { when: Date.now() + Math.max(30_000, backoffDelay(failures - 1)) });
  }
}

/** The server answered 401 to our credential (e.g. a server rebuilt from scratch): enrol again. */
async function credentialRejected(): Promise<void> {
  if (!device || !config().enrolmentToken) return;
  device = undefined;
  await chrome.storage.local.remove(['device']);
  await ensureEnrolled();
}

async function onConfigChanged(): Promise<void> {
  const { serverUrl } = config();
  if (device && serverUrl && device.serverUrl !== serverUrl) {
    device = undefined;
    await chrome.storage.local.remove(['device', 'policy', UPDATED_RULES, REJECTED_RULES]);
    await clearCachedUpdate();
  }
  await ensureEnrolled();
}

function client(): ApiClient | undefined {
  return device ? new ApiClient(device.serverUrl, device.credential) : undefined;
}

async function syncWithServer(full = false): Promise<void> {
  const api = client();
  if (!api) return;
  try {
    let policyStale = full;
    let rulesStale = full;
    if (!full) {
      const beat = await api.heartbeat({
        agentVersion,
        rulesVersion: detector?.version ?? 'unknown',
        queueLength: await outbox.length(),
        sentAt: new Date().toISOString(),
      });
      policyStale = beat.policyEtag !== policy?.etag;
      rulesStale = beat.rulesVersion !== detector?.version;
    }
    if (policyStale) await refreshPolicy(api);
    if (rulesStale) await refreshRules(api);
  } catch (error) {
    lastError = `sync failed: ${String(error)}`;
    if (error instanceof ApiError && error.status === 401) await credentialRejected();
  }
}

async function refreshPolicy(api: ApiClient): Promise<void> {
  const fetched = await api.policy(policy?.etag);
  if (fetched.notModified) return;
  policy = { ...(fetched.etag ? { etag: fetched.etag } : {}), body: fetched.body };
  await chrome.storage.local.set({ policy });
  const seconds = Math.max(30, fetched.body.heartbeatSeconds);
  chrome.alarms.create(ALARM_HEARTBEAT, { periodInMinutes: seconds / 60 });
  await enforceGateOnAllTabs();
}

async function refreshRules(api: ApiClient): Promise<void> {
  const got = await chrome.storage.local.get([UPDATED_RULES, REJECTED_RULES]);
  const updated = got[UPDATED_RULES] as UpdatedRules | undefined;
  const rejected = got[REJECTED_RULES] as string | undefined;
  // The server's latest answer: the rules it refused last time, else the update in use.
  const fetched = await api.rules(rejected ?? updated?.etag);
  if (fetched.notModified) return;
  const { version, compiled } = fetched.body;
  if (version === detector?.version) {
    if (rejected) await chrome.storage.local.remove([REJECTED_RULES]);
    return;
  }
  let loaded: LoadedRules;
  try {
    loaded = loadRules(compiled);
  } catch (error) {
    // Compiled by an engine this extension does not have: keep the rules in use.
    lastError = `rules ${version} from the server do not load: ${String(error)}`;
    if (fetched.etag) await chrome.storage.local.set({ [REJECTED_RULES]: fetched.etag });
    return;
  }
  useRules(loaded);
  rulesSource = 'update';
  // Kept for the next start only once both forms are stored; otherwise the next start uses the
  // packaged rules and the next sync fetches these again.
  const meta: UpdatedRules = { version, ...(fetched.etag ? { etag: fetched.etag } : {}) };
  if (await writeCachedRules({ key: rulesKey(meta), loaded }, { version, compiled })) {
    await chrome.storage.local.set({ [UPDATED_RULES]: meta });
    await chrome.storage.local.remove([REJECTED_RULES]);
  }
}

// ---- the AUP gate ----

function gateIsClosed(): boolean {
  return gateClosed(policy?.body.aup, aupDecision);
}

function gateUrl(returnTo?: string): string {
  return returnTo ? `${aupPage}?return=${encodeURIComponent(returnTo)}` : aupPage;
}

function redirectIfGated(tabId: number, url: string | undefined): boolean {
  if (!gateIsClosed() || !redirectedByGate(url, extensionOrigin, device?.serverUrl)) return false;
  void chrome.tabs.update(tabId, { url: gateUrl(url) }).catch(() => undefined);
  return true;
}

async function enforceGateOnAllTabs(): Promise<void> {
  if (!gateIsClosed()) return;
  for (const tab of await chrome.tabs.query({})) {
    if (tab.id !== undefined) redirectIfGated(tab.id, tab.pendingUrl ?? tab.url);
  }
}

async function recordAupDecision(decision: 'accepted' | 'declined', version: string): Promise<void> {
  aupDecision = { version, decision, at: new Date().toISOString() };
  await chrome.storage.local.set({ 'aup:decision': aupDecision });
  const event: AupEvent = {
    id: newAgentId(),
    occurredAt: aupDecision.at,
    person: await person(),
    aupVersion: version,
    decision,
  };
  await outbox.add({
    id: event.id,
    kind: 'aup',
    severity: 5,
    createdAt: Date.now(),
    bytes: 300,
    payload: event,
  });
  void uploader.flush(true);
}

// ---- detection ----

async function person(): Promise<{ email: string } | undefined> {
  const email = (await profileEmail()) ?? config().userEmail;
  return email ? { email } : undefined;
}

function monitored(source: ScanSource): boolean {
  const monitoring = policy?.body.monitoring;
  if (!monitoring) return true;
  return monitoring.enabled && monitoring.sources.includes(source);
}

function primaryProtection(): boolean {
  return config().primaryProtection ?? policy?.body.primaryProtection ?? false;
}

async function scanAndCapture(
  source: ScanSource,
  text: string,
  url: string,
  where: string,
  tabId: number | undefined,
): Promise<void> {
  await ready;
  if (!detector || !text || !monitored(source)) return;
  const t0 = performance.now();
  const found = detector.scan(text, source);
  stats.scans.push(performance.now() - t0);
  if (stats.scans.length > 5_000) stats.scans.splice(0, 2_500);
  const now = Date.now();
  const fresh = found.filter((d) => !recent.seenRecently(detectionKey(`${url}\u0000${where}`, d), now));
  if (!fresh.length) return;
  // Kept in session storage: a restarted worker does not capture the same hit again.
  void chrome.storage.session.set({ recent: recent.entries(now) }).catch(() => undefined);
  await capture(source, text, url, fresh, tabId);
}

async function capture(
  source: ScanSource,
  fullText: string,
  url: string,
  found: AgentDetection[],
  tabId: number | undefined,
): Promise<void> {
  const severity = Math.max(...found.map((d) => d.severity));
  const protect =
    primaryProtection() &&
    source !== 'typed' &&
    tabId !== undefined &&
    found.some((d) => d.severity >= 3 && PROTECTED_CATEGORIES.has(d.category));
  if (protect) {
    const category = found.find((d) => d.severity >= 3 && PROTECTED_CATEGORIES.has(d.category))!.category;
    const message: ProtectMessage = { type: 'vigil:protect', category };
    void chrome.tabs.sendMessage(tabId, message, { frameId: 0 }).catch(() => undefined);
  }
  const wantShot = tabId !== undefined && policy?.body.monitoring.screenshots !== false;
  const shooting = wantShot ? screenshotTab(tabId) : Promise.resolve(undefined);
  const who = await person();
  const { text, detections } = textInContext(fullText, found, MAX_TEXT_CHARS);
  const payload: Capture = {
    id: newAgentId(),
    occurredAt: new Date().toISOString(),
    ...(who ? { person: who } : {}),
    source,
    url: url.slice(0, 4096),
    app: hostOf(url) ?? 'chrome',
    text,
    detections: detections.slice(0, 200).map((d) => ({
      category: d.category,
      severity: Math.min(5, Math.max(1, Math.round(d.severity))),
      rule: d.rule,
      match: d.match.slice(0, 1000),
      start: d.start,
      end: d.end,
      reasons: [
        ...d.reasons.slice(0, 48),
        ...(protect && PROTECTED_CATEGORIES.has(d.category) && d.severity >= 3
          ? ['primary protection: page covered with the tell-a-trusted-adult screen']
          : []),
      ],
    })),
    rulesVersion: detector?.version ?? 'unknown',
  };
  // Queue it before the screenshot, held back from upload until the screenshot is attached (or a
  // minute has passed, if this worker is stopped meanwhile): a detection is never lost to a stop.
  const bytes = text.length * 2 + 1_000;
  const createdAt = Date.now();
  await outbox.add({
    id: payload.id,
    kind: 'capture',
    severity,
    createdAt,
    bytes,
    holdUntil: createdAt + 60_000,
    payload,
  });
  const shot = await shooting;
  const complete: Capture = shot ? { ...payload, screenshot: shot } : payload;
  await outbox.complete(payload.id, complete, bytes + (shot?.data.length ?? 0));
  void uploader.flush();
}

function hostOf(url: string): string | undefined {
  try {
    return new URL(url).hostname || undefined;
  } catch {
    return undefined;
  }
}

function onNavigation(tabId: number, url: string): void {
  if (redirectIfGated(tabId, url)) return;
  if (!/^https?:/.test(url)) return;
  void scanAndCapture('url', url, url, 'url', tabId);
  const search = extractSearchTerms(url);
  if (search) void scanAndCapture('search', search.terms, url, `search:${search.engine}`, tabId);
}

// ---- messages ----

async function status(): Promise<WorkerStatus> {
  await ready;
  const cfg = config();
  const email = (await person())?.email;
  return {
    enrolled: Boolean(device),
    ...(device ? { deviceId: device.deviceId, serverUrl: device.serverUrl } : {}),
    ...(cfg.serverUrl && !device ? { serverUrl: cfg.serverUrl } : {}),
    ...(device?.school?.name || cfg.school ? { school: device?.school?.name ?? cfg.school } : {}),
    ...(email ? { email } : {}),
    rulesVersion: detector?.version ?? 'unknown',
    engineReadyMs,
    queueLength: await outbox.length(),
    ...(policy ? { aup: policy.body.aup } : {}),
    ...(aupDecision ? { aupDecision } : {}),
    gateClosed: gateIsClosed(),
    managed: Object.keys(managedConfig).length > 0,
    ...(lastError ? { lastError } : {}),
  };
}

function percentile(values: number[], p: number): number {
  if (!values.length) return 0;
  const sorted = [...values].sort((a, b) => a - b);
  return sorted[Math.min(sorted.length - 1, Math.ceil((p / 100) * sorted.length) - 1)] ?? 0;
}

async function handle(message: ToWorker, sender: chrome.runtime.MessageSender): Promise<unknown> {
  switch (message.type) {
    case 'vigil:text': {
      const m = message as TextMessage;
      const tabId = sender.tab?.id;
      if (tabId !== undefined && sender.frameId === 0 && redirectIfGated(tabId, sender.tab?.url)) return;
      await scanAndCapture(m.source, m.text.slice(0, 200_000), sender.tab?.url ?? m.url, m.where, tabId);
      return;
    }
    case 'vigil:status':
      void uploader.flush(true);
      return status();
    case 'vigil:aup-decision':
      await ready;
      await recordAupDecision(message.decision, message.version);
      return status();
    case 'vigil:setup': {
      localConfig = sanitiseConfig({ ...localConfig, ...message.config });
      await chrome.storage.local.set({ setup: localConfig });
      await onConfigChanged();
      return status();
    }
    case 'vigil:sync':
      await ready;
      await syncWithServer();
      await uploader.flush(true);
      return status();
    case 'vigil:stats': {
      await ready;
      if (message.reset) stats.scans.length = 0;
      return {
        engineReadyMs,
        rulesLoadMs,
        rulesSource,
        rulesCaching,
        scriptStartMs: Math.round(scriptStartMs),
        evalStartMs: Math.round(evalStartMs * 10) / 10,
        phases,
        scans: stats.scans.length,
        scanTotalMs: stats.scans.reduce((sum, t) => sum + t, 0),
        scanP50: percentile(stats.scans, 50),
        scanP99: percentile(stats.scans, 99),
      };
    }
  }
}

chrome.runtime.onMessage.addListener((message: ToWorker, sender, sendResponse) => {
  // Only this extension's content scripts and pages talk to the worker.
  if (sender.id !== chrome.runtime.id) return false;
  // Content scripts only send text; everything else comes from the extension's own pages.
  if (message?.type !== 'vigil:text' && !sender.url?.startsWith(extensionOrigin)) return false;
  handle(message, sender).then(
    (answer) => sendResponse(answer),
    (error) => sendResponse({ error: String(error) }),
  );
  return true;
});

// ---- browser events ----

chrome.webNavigation.onBeforeNavigate.addListener((details) => {
  if (details.frameId === 0) redirectIfGated(details.tabId, details.url);
});
chrome.webNavigation.onCommitted.addListener((details) => {
  if (details.frameId === 0) void ready.then(() => onNavigation(details.tabId, details.url));
});
// A navigation that fails (blocked by a filter, no network) was still an attempt to visit.
chrome.webNavigation.onErrorOccurred.addListener((details) => {
  if (details.frameId === 0 && details.error !== 'net::ERR_ABORTED') {
    void ready.then(() => onNavigation(details.tabId, details.url));
  }
});
chrome.webNavigation.onHistoryStateUpdated.addListener((details) => {
  if (details.frameId === 0) void ready.then(() => onNavigation(details.tabId, details.url));
});
chrome.tabs.onUpdated.addListener((tabId, change) => {
  if (change.url) void ready.then(() => redirectIfGated(tabId, change.url));
});

chrome.alarms.onAlarm.addListener((alarm) => {
  void ready.then(async () => {
    if (alarm.name === ALARM_HEARTBEAT) {
      await syncWithServer();
      await uploader.flush();
    } else if (alarm.name === ALARM_UPLOAD) {
      await uploader.flush();
    } else if (alarm.name === ALARM_ENROL) {
      await ensureEnrolled();
    }
  });
});

chrome.storage.onChanged.addListener((changes, area) => {
  if (area === 'managed') void refreshManaged();
  if (area === 'local' && changes['aup:decision'])
    aupDecision = changes['aup:decision'].newValue as AupDecision;
});

chrome.runtime.onInstalled.addListener(() => {
  chrome.alarms.create(ALARM_HEARTBEAT, { periodInMinutes: 1 });
  // Earlier builds kept a server update's JSON in chrome.storage.
  void chrome.storage.local.remove(['rules:update', 'rules:version']);
});
chrome.runtime.onStartup.addListener(() => {
  void ready.then(() => uploader.flush(true));
});
