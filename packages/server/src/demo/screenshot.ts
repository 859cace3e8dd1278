import sharp from 'sharp';

const escapeXml = (s: string) =>
  s.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/"/g, '&quot;');

function wrap(text: string, width: number): string[] {
  const lines: string[] = [];
  let line = '';
  for (const word of text.split(/\s+/)) {
    if ((line + ' ' + word).trim().length > width) {
      lines.push(line.trim());
      line = word;
    } else line += ` ${word}`;
  }
  if (line.trim()) lines.push(line.trim());
  return lines;
}

/** A generated PNG that looks like a browser window showing the page and the text typed. */
export async function demoScreenshot(input: {
  url: string;
  app: string;
  text: string;
  hue: number;
}): Promise<Buffer> {
  const lines = wrap(input.text, 52).slice(0, 6);
  const svg = `<svg xmlns="http://www.w3.org/2000/svg" width="1280" height="800">
  <rect width="1280" height="800" fill="#f3f4f6"/>
  <rect width="1280" height="56" fill="#e5e7eb"/>
  <circle cx="28" cy="28" r="8" fill="#ef4444"/><circle cx="52" cy="28" r="8" fill="#f59e0b"/><circle cx="76" cy="28" r="8" fill="#10b981"/>
  <rect x="110" y="12" width="1000" height="32" rx="16" fill="#ffffff"/>
  <text x="130" y="34" font-family="sans-serif" font-size="18" fill="#374151">${escapeXml(input.url.slice(0, 90))}</text>
  <rect x="0" y="56" width="220" height="744" fill="hsl(${input.hue}, 45%, 88%)"/>
  <text x="24" y="100" font-family="sans-serif" font-size="22" font-weight="bold" fill="#1f2937">${escapeXml(input.app)}</text>
  ${[0, 1, 2, 3, 4].map((i) => `<rect x="24" y="${130 + i * 44}" width="170" height="24" rx="6" fill="hsl(${input.hue}, 35%, 78%)"/>`).join('')}
  <rect x="260" y="96" width="960" height="${80 + lines.length * 46}" rx="14" fill="#ffffff" stroke="#d1d5db"/>
  ${lines.map((l, i) => `<text x="290" y="${150 + i * 46}" font-family="sans-serif" font-size="30" fill="#111827">${escapeXml(l)}</text>`).join('')}
  <rect x="260" y="${210 + lines.length * 46}" width="600" height="28" rx="6" fill="#e5e7eb"/>
  <rect x="260" y="${252 + lines.length * 46}" width="820" height="28" rx="6" fill="#e5e7eb"/>
</svg>`;
  return sharp(Buffer.from(svg)).png({ compressionLevel: 6 }).toBuffer();
}
