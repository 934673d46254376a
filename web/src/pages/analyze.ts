// Analyze: paste or upload logs, configurations or captures; the server runs the same analysis
// as `ikescope analyze` and the result is shown with the same views as the HTML report.
import { analyze } from '../api.js';
import { el, replace, toDom } from '../dom.js';
import { tr } from '../i18n.js';
import { reportView } from '../../../src/render/html-view.js';
import { showError, type Page } from '../shell.js';

let lastText = '';

export const analyzePage: Page = (main) => {
  const text = el('textarea', {
    attrs: { id: 'an-text', name: 'text', rows: 12, spellcheck: 'false', autocomplete: 'off', placeholder: tr('web.an.pasteHint'), 'aria-describedby': 'an-intro' },
  });
  text.value = lastText;
  text.addEventListener('input', () => (lastText = text.value));
  const files = el('input', { attrs: { id: 'an-files', name: 'files', type: 'file', multiple: true } });
  const submit = el('button', { class: 'btn btn-primary', attrs: { type: 'submit' } }, tr('web.an.submit'));
  const reset = el('button', { class: 'btn btn-quiet', attrs: { type: 'button' } }, tr('web.an.reset'));
  const status = el('p', { class: 'an-status', attrs: { role: 'status', 'aria-live': 'polite' } });
  const result = el('section', { class: 'an-result', attrs: { 'aria-labelledby': 'an-result-h' } });
  result.hidden = true;

  reset.addEventListener('click', () => {
    text.value = lastText = '';
    files.value = '';
    result.hidden = true;
    result.replaceChildren();
    status.textContent = '';
    text.focus();
  });

  const form = el('form', {
    class: 'an-form',
    on: {
      submit: (e) => {
        e.preventDefault();
        const chosen = [...(files.files ?? [])];
        if (!text.value.trim() && chosen.length === 0) {
          status.textContent = tr('web.an.empty');
          status.className = 'an-status warn-text';
          text.focus();
          return;
        }
        submit.disabled = true;
        form.setAttribute('aria-busy', 'true');
        status.className = 'an-status muted';
        status.textContent = tr('web.an.running');
        analyze(text.value, chosen)
          .then((report) => {
            status.textContent = '';
            const json = JSON.stringify(report, null, 2);
            const download = el('a', { class: 'btn btn-quiet', attrs: { download: 'ikescope-report.json' } }, tr('web.an.download'));
            // A blob: URL is same-origin data, not a request to anyone.
            download.href = URL.createObjectURL(new Blob([json], { type: 'application/json' }));
            replace(result,
              el('div', { class: 'page-head' }, el('h2', { attrs: { id: 'an-result-h', tabindex: -1 } }, tr('web.an.result')), download),
              toDom(reportView(report, tr)),
            );
            result.hidden = false;
            result.querySelector<HTMLElement>('#an-result-h')?.focus();
          })
          .catch((e: unknown) => {
            status.textContent = '';
            const box = el('div');
            showError(box, e);
            replace(result, box);
            result.hidden = false;
          })
          .finally(() => {
            submit.disabled = false;
            form.removeAttribute('aria-busy');
          });
      },
    },
  },
    el('div', { class: 'field' }, el('label', { attrs: { for: 'an-text' } }, tr('web.an.paste')), text),
    el('div', { class: 'field' }, el('label', { attrs: { for: 'an-files' } }, tr('web.an.files')), files),
    el('div', { class: 'actions' }, submit, reset, status),
  );
  replace(main, el('h1', null, tr('web.an.title')), el('p', { class: 'intro muted', attrs: { id: 'an-intro' } }, tr('web.an.intro')), form, result);
  return Promise.resolve();
};
