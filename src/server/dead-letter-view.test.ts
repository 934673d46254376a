// What the dead-letter list may show of the webhook URL (src/server/http.ts webhookTarget): the
// list is readable with read-only tokens, and chat webhooks carry their secret in the path or query.
import { describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { webhookTarget } from './http.js';

void describe('webhookTarget', () => {
  void it('keeps a plain endpoint as it is', () => {
    assert.equal(webhookTarget('http://127.0.0.1:8080/hook'), 'http://127.0.0.1:8080/hook');
    assert.equal(webhookTarget('https://alerts.example.net'), 'https://alerts.example.net');
    assert.equal(webhookTarget('https://alerts.example.net/'), 'https://alerts.example.net');
  });

  void it('hides secrets in the path, the query and the authority', () => {
    assert.equal(webhookTarget('https://hooks.slack.com/services/T000/B000/XXXXXXXX'), 'https://hooks.slack.com/services/…');
    assert.equal(webhookTarget('https://discord.com/api/webhooks/123/abc'), 'https://discord.com/api/…');
    assert.equal(webhookTarget('https://alerts.example.net/hook?token=s3cret'), 'https://alerts.example.net/hook/…');
    assert.equal(webhookTarget('https://user:pa55@alerts.example.net/hook'), 'https://alerts.example.net/hook');
    assert.equal(webhookTarget('https://alerts.example.net/hook#frag'), 'https://alerts.example.net/hook/…');
  });

  void it('says nothing when there is no URL or it is unreadable', () => {
    assert.equal(webhookTarget(undefined), null);
    assert.equal(webhookTarget(''), null);
    assert.equal(webhookTarget('not a url'), null);
  });
});
