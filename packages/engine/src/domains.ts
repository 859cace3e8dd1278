// Site lists: a rule with `domains` fires when a URL or bare host in the text is that domain or
// a subdomain of it.
import type { CompiledRules } from './compiled.js';

const HOST = /(?:https?:\/\/)?((?:[a-z0-9](?:[a-z0-9-]{0,61}[a-z0-9])?\.)+[a-z]{2,24})(?![a-z0-9-])/gi;

export interface DomainHit {
  rule: number;
  start: number;
  end: number;
}

export function findDomains(c: CompiledRules, text: string): DomainHit[] {
  if (c.domainIndex.size === 0 || !text.includes('.')) return [];
  const hits: DomainHit[] = [];
  HOST.lastIndex = 0;
  for (let m = HOST.exec(text); m; m = HOST.exec(text)) {
    const host = m[1]!.toLowerCase();
    const start = m.index + m[0].length - m[1]!.length;
    let d = host;
    for (;;) {
      for (const rule of c.domainIndex.get(d) ?? []) hits.push({ rule, start, end: start + host.length });
      const dot = d.indexOf('.');
      if (dot < 0) break;
      d = d.slice(dot + 1);
      if (!d.includes('.')) break;
    }
  }
  return hits;
}
