/** The friendly "tell a trusted adult" screen that covers a page for younger pupils. */
let shown = false;

export function showProtection(): void {
  if (shown) return;
  shown = true;
  const host = document.createElement('vigil-protection');
  host.setAttribute('data-vigil-ignore', '');
  host.style.cssText = 'position:fixed;inset:0;z-index:2147483647;display:block;';
  const root = host.attachShadow({ mode: 'closed' });
  root.innerHTML = `
    <style>
      .cover { position: fixed; inset: 0; background: #eaf4ff; display: flex; align-items: center;
        justify-content: center; font: 20px/1.5 system-ui, sans-serif; color: #17324d; }
      .card { max-width: 34rem; padding: 2rem 2.5rem; background: #fff; border-radius: 1.5rem;
        box-shadow: 0 10px 30px rgba(0,0,0,.12); text-align: center; }
      h1 { font-size: 1.6rem; margin: 0 0 .75rem; }
      button { font: inherit; margin-top: 1.25rem; padding: .6rem 1.6rem; border: 0; border-radius: 999px;
        background: #2f6fdf; color: #fff; cursor: pointer; }
    </style>
    <div class="cover" role="alertdialog" aria-labelledby="t" aria-describedby="d">
      <div class="card">
        <div aria-hidden="true" style="font-size:3rem">&#129309;</div>
        <h1 id="t">This page might not be OK for you</h1>
        <p id="d">You have not done anything wrong. Please tell a trusted adult, like your teacher or a
        grown-up at home, about this page. They can help.</p>
        <button type="button">Go back</button>
      </div>
    </div>`;
  root.querySelector('button')?.addEventListener('click', () => {
    if (history.length > 1) history.back();
    else location.replace('about:blank');
  });
  (document.body ?? document.documentElement).appendChild(host);
  try {
    for (const media of document.querySelectorAll('video, audio')) (media as HTMLMediaElement).pause();
  } catch {
    // nothing to pause
  }
}
