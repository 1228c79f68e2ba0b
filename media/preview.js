// The preview's only script (loaded with a nonce): live updates, scroll sync
// both ways through `data-line`, click a step to reveal it in the editor.
// It receives sanitized HTML from the extension and never evaluates text.
(function () {
  const vscode = acquireVsCodeApi();
  const state = vscode.getState() || {};
  let ignoreScrollUntil = 0;

  // The plan's own elements: the readiness banner's findings link to lines too, but do not stand there.
  function elements() {
    return Array.from(document.querySelectorAll('[data-line]')).filter((el) => !el.closest('aside.readiness'));
  }

  function elementForLine(line) {
    let best;
    for (const el of elements()) {
      const l = Number(el.getAttribute('data-line'));
      if (l <= line && (!best || l >= Number(best.getAttribute('data-line')))) best = el;
    }
    return best;
  }

  function topLine() {
    for (const el of elements()) {
      const r = el.getBoundingClientRect();
      if (r.bottom > 0) return Number(el.getAttribute('data-line'));
    }
    return 0;
  }

  window.addEventListener('message', (event) => {
    const msg = event.data;
    if (msg.type === 'update') {
      const main = document.querySelector('main.plan');
      const y = window.scrollY;
      if (main) main.outerHTML = msg.html;
      window.scrollTo(0, y);
    } else if (msg.type === 'scroll') {
      const el = elementForLine(msg.line);
      ignoreScrollUntil = Date.now() + 300;
      // At the plan's first element, the top of the page: the readiness banner stands above it.
      if (!el || el === elements()[0]) window.scrollTo(0, 0);
      else el.scrollIntoView({ block: 'start' });
    }
  });

  let pending;
  window.addEventListener('scroll', () => {
    if (Date.now() < ignoreScrollUntil) return;
    clearTimeout(pending);
    pending = setTimeout(() => {
      const line = topLine();
      vscode.setState({ ...state, line });
      vscode.postMessage({ type: 'reveal', line });
    }, 50);
  });

  document.addEventListener('click', (event) => {
    const link = event.target.closest('a');
    if (link && !link.getAttribute('href').startsWith('#')) {
      event.preventDefault();
      return;
    }
    const step = event.target.closest('li.step, [data-line]');
    if (step && !link) vscode.postMessage({ type: 'click', line: Number(step.getAttribute('data-line')) });
  });

  vscode.setState({ ...state, uri: document.body.dataset.uri });
  vscode.postMessage({ type: 'ready' });
})();
