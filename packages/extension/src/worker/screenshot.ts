/** Screenshots of the visible tab, spaced to stay within Chrome's quota (about two a second). */
import { CallSpacer, isQuotaError } from '../lib/spacing.js';

const spacer = new CallSpacer(550, 1_000);
const sleep = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));

export interface Shot {
  contentType: 'image/jpeg' | 'image/png';
  data: string;
}

/**
 * Captures `tabId` if it is the visible tab of its window (captureVisibleTab only sees that tab, so
 * a background tab gets no screenshot rather than a picture of something else).
 */
export async function screenshotTab(tabId: number): Promise<Shot | undefined> {
  for (let attempt = 0; attempt < 4; attempt++) {
    const wait = spacer.reserve(Date.now());
    if (wait > 0) await sleep(wait);
    let tab: chrome.tabs.Tab;
    try {
      tab = await chrome.tabs.get(tabId);
    } catch {
      return undefined;
    }
    if (!tab.active) return undefined;
    try {
      const dataUrl = await chrome.tabs.captureVisibleTab(tab.windowId, { format: 'jpeg', quality: 70 });
      spacer.succeeded();
      const comma = dataUrl.indexOf(',');
      const contentType = dataUrl.startsWith('data:image/png') ? 'image/png' : 'image/jpeg';
      return { contentType, data: dataUrl.slice(comma + 1) };
    } catch (error) {
      if (!isQuotaError(error)) return undefined;
      await sleep(spacer.penalise(Date.now()));
    }
  }
  return undefined;
}
