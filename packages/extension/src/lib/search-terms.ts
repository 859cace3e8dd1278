/** Search terms typed into the big search engines, read from the result page's URL. */
export type SearchEngine = 'google' | 'bing' | 'youtube' | 'duckduckgo';

export interface SearchTerms {
  engine: SearchEngine;
  terms: string;
}

const GOOGLE_HOST = /^(www\.)?google\.[a-z]{2,3}(\.[a-z]{2})?$/;

function engineFor(host: string, path: string): { engine: SearchEngine; params: string[] } | undefined {
  if (GOOGLE_HOST.test(host) && (path === '/search' || path === '/webhp' || path === '/')) {
    return { engine: 'google', params: ['q'] };
  }
  if ((host === 'www.bing.com' || host === 'bing.com') && path.startsWith('/search')) {
    return { engine: 'bing', params: ['q'] };
  }
  if ((host === 'www.bing.com' || host === 'bing.com') && /^\/(images|videos|news)\/search/.test(path)) {
    return { engine: 'bing', params: ['q'] };
  }
  if (
    (host === 'www.youtube.com' || host === 'm.youtube.com' || host === 'youtube.com') &&
    path === '/results'
  ) {
    return { engine: 'youtube', params: ['search_query', 'q'] };
  }
  if (host === 'duckduckgo.com' || host === 'html.duckduckgo.com' || host === 'lite.duckduckgo.com') {
    return { engine: 'duckduckgo', params: ['q'] };
  }
  return undefined;
}

/** The search terms in `url`, or undefined when it is not a search on a known engine. */
export function extractSearchTerms(url: string): SearchTerms | undefined {
  let parsed: URL;
  try {
    parsed = new URL(url);
  } catch {
    return undefined;
  }
  if (parsed.protocol !== 'https:' && parsed.protocol !== 'http:') return undefined;
  const host = parsed.hostname.toLowerCase();
  const found = engineFor(host, parsed.pathname);
  if (!found) return undefined;
  // Google puts instant-search terms in the fragment too.
  const fragment = new URLSearchParams(parsed.hash.replace(/^#/, ''));
  for (const param of found.params) {
    const value = parsed.searchParams.get(param) ?? fragment.get(param);
    const terms = value?.replace(/\s+/g, ' ').trim();
    if (terms) return { engine: found.engine, terms };
  }
  return undefined;
}
