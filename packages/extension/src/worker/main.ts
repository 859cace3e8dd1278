/**
 * The service worker: runs the engine on what the content scripts send, takes screenshots, queues
 * captures durably and uploads them, enrols the device, keeps policy and rules fresh, and holds
 * the AUP gate. Every listener is registered synchronously at the top level (MV3 requirement); all
 * state lives in chrome.storage so a stopped worker picks up where it left off.
 */
import type { AupEvent, Capture, PolicyResponse } from '@vigil/protocol';
import { type AupDecision, gateClosed, redirectedByGate } from '../lib/aup-gate.js';
import { backoffDelay } from '../lib/backoff.js';
import { detectionKey, RecentKeys, textInContext } from '../lib/capture-text.js';
import { extractSearchTerms } from '../lib/search-terms.js';
import { type AgentConfig, mergeConfig, sanitiseConfig } from '../shared/config.js';
import type { ProtectMessage, TextMessage, ToWorker, WorkerStatus } from '../shared/messages.js';
import { ApiClient, ApiError } from './api-client.js';
import {
  type AgentDetection,
  type Detector,
  detectorFor,
  loadRules,
  type ScanSource,
} from './engine-adapter.js';
import { platform, profileEmail } from './identity.js';
import { chromeLocal } from './kv.js';
import { Outbox } from './outbox.js';
import { readCachedEntry, writeCachedRules } from './rules-cache.js';
import { screenshotTab } from './screenshot.js';
import { Uploader } from './uploader.js';

/** The bundled rules file's hash, set by the build (scripts/build.ts). */
declare const __VIGIL_RULES_HASH__: string | undefined;
const RULES_HASH = typeof __VIGIL_RULES_HASH__ === 'string' ? __VIGIL_RULES_HASH__ : 'dev';

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

interface StoredRules {
  version: string;
  etag?: string;
  compiled: unknown;
}

/** When this worker's script started running, in ms since the worker's time origin. */
const scriptStartMs = performance.now();
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
let engineReadyMs = -1;
let rulesLoadMs = -1;
let rulesFetchMs = -1;
let rulesCacheReadMs = -1;
let rulesCache: 'hit' | 'writing' | 'written' | 'failed' = 'writing';
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

async function loadEngine(): Promise<void> {
  const t0 = performance.now();
  // Both reads at once: which rules apply, and the cached loaded rules.
  const [got, entry] = await Promise.all([chrome.storage.local.get(['rules:version']), readCachedEntry()]);
  const updated = typeof got['rules:version'] === 'string' ? got['rules:version'] : undefined;
  // The bundled rules change only with the extension; an update from the server has its version.
  const cacheKey = updated ? `update:${updated}` : `bundled:${RULES_HASH}`;
  const cached = entry?.key === cacheKey ? entry.loaded : undefined;
  rulesCacheReadMs = Math.round(performance.now() - t0);
  if (cached) {
    detector = detectorFor(cached);
    rulesFetchMs = 0;
    rulesCache = 'hit';
  } else {
    let json: unknown;
    if (updated) {
      json = ((await chrome.storage.local.get(['rules:update']))['rules:update'] as StoredRules | undefined)
        ?.compiled;
    }
    if (json === undefined) {
      json = await (await fetch(chrome.runtime.getURL('rules/compiled.json'))).json();
    }
    rulesFetchMs = Math.round(performance.now() - t0);
    const loaded = loadRules(json);
    detector = detectorFor(loaded);
    rulesCache = 'writing';
    // Cloning the tables into IndexedDB takes the worker's thread for a moment: not while the page
    // that woke the worker is still being scanned.
    setTimeout(() => {
      void writeCachedRules(cacheKey, loaded).then((ok) => {
        rulesCache = ok ? 'written' : 'failed';
      });
    }, 5_000);
  }
  engineReadyMs = Math.round(performance.now());
  rulesLoadMs = Math.round(performance.now() - t0);
}

async function loadState(): Promise<void> {
  try {
    const session = await chrome.storage.session.get(['recent']);
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
    await chrome.storage.local.remove(['device', 'policy', 'rules:version', 'rules:update']);
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
  const stored = (await chrome.storage.local.get(['rules:update']))['rules:update'] as
    | StoredRules
    | undefined;
  const fetched = await api.rules(stored?.etag);
  if (fetched.notModified) return;
  if (fetched.body.version === detector?.version) return;
  const loaded = loadRules(fetched.body.compiled);
  detector = detectorFor(loaded);
  void writeCachedRules(`update:${fetched.body.version}`, loaded);
  const update: StoredRules = {
    version: fetched.body.version,
    ...(fetched.etag ? { etag: fetched.etag } : {}),
    compiled: fetched.body.compiled,
  };
  await chrome.storage.local.set({ 'rules:update': update, 'rules:version': update.version });
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
    id: crypto.randomUUID(),
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
    id: crypto.randomUUID(),
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
        rulesFetchMs,
        rulesCacheReadMs,
        rulesCache,
        scriptStartMs: Math.round(scriptStartMs),
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
});
chrome.runtime.onStartup.addListener(() => {
  void ready.then(() => uploader.flush(true));
});
