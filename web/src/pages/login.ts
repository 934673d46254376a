// Sign in with the access token of `ikescope serve`.
import { connectLive, signIn } from '../api.js';
import { el, replace, toDom } from '../dom.js';
import { richText } from '../../../src/render/html-view.js';
import { tr } from '../i18n.js';
import { navigate, showError, type Page } from '../shell.js';

export const loginPage: Page = (main, route) => {
  const input = el('input', {
    attrs: { id: 'token', name: 'token', type: 'password', autocomplete: 'current-password', required: true, spellcheck: 'false', 'aria-describedby': 'login-msg' },
  });
  const msg = el('p', { class: 'login-msg', attrs: { id: 'login-msg', role: 'alert' } });
  const submit = el('button', { class: 'btn btn-primary', attrs: { type: 'submit' } }, tr('web.login.submit'));
  const next = route.query.get('next');
  const target = next && next.startsWith('#/') && !next.startsWith('#/login') ? next : '#/';
  if (next) msg.textContent = tr('web.login.needed');
  const form = el('form', {
    class: 'login-card',
    on: {
      submit: (e) => {
        e.preventDefault();
        const t = input.value.trim();
        if (!t) return;
        submit.disabled = true;
        signIn(t)
          .then((ok) => {
            if (ok) {
              connectLive();
              navigate(target);
            } else {
              msg.textContent = tr('web.login.bad');
              msg.className = 'login-msg error-text';
              input.select();
              input.focus();
            }
          })
          .catch((err: unknown) => showError(main, err))
          .finally(() => (submit.disabled = false));
      },
    },
  },
    el('h1', null, tr('web.login.title')),
    el('p', { class: 'muted' }, toDom(richText(tr('web.login.intro')))),
    el('div', { class: 'field' }, el('label', { attrs: { for: 'token' } }, tr('web.login.token')), input),
    msg,
    el('div', { class: 'actions' }, submit),
  );
  replace(main, form);
  return Promise.resolve();
};
