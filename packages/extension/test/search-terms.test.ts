import { describe, expect, test } from 'vitest';
import { extractSearchTerms } from '../src/lib/search-terms.js';

describe('extractSearchTerms', () => {
  test.each([
    ['https://www.google.com/search?q=how+to+tie+a+noose&oq=how', 'google', 'how to tie a noose'],
    ['https://www.google.co.uk/search?q=caf%C3%A9%20near%20me', 'google', 'café near me'],
    ['https://www.google.com/webhp#q=hidden+terms', 'google', 'hidden terms'],
    ['https://www.bing.com/search?q=online+casino&form=QBLH', 'bing', 'online casino'],
    ['https://www.bing.com/images/search?q=cats', 'bing', 'cats'],
    ['https://www.youtube.com/results?search_query=minecraft+%20tips', 'youtube', 'minecraft tips'],
    ['https://m.youtube.com/results?search_query=x', 'youtube', 'x'],
    ['https://duckduckgo.com/?q=vpn+bypass+school&t=h_', 'duckduckgo', 'vpn bypass school'],
    ['https://html.duckduckgo.com/html?q=test', 'duckduckgo', 'test'],
  ])('%s', (url, engine, terms) => {
    expect(extractSearchTerms(url)).toEqual({ engine, terms });
  });

  test.each([
    'https://www.google.com/maps?q=london',
    'https://www.youtube.com/watch?v=abc',
    'https://duckduckgo.com/',
    'https://www.google.com/search?q=%20%20',
    'https://evil.example/search?q=fake-google',
    'https://google.com.evil.example/search?q=x',
    'chrome://settings/?q=x',
    'not a url',
  ])('not a search: %s', (url) => {
    expect(extractSearchTerms(url)).toBeUndefined();
  });
});
