// The HTTP API contract of `ikescope serve` (OpenAPI 3.1), served at GET /api/v1/openapi.json.
// The web UI is written against this document; http.ts implements it and http.test.ts checks
// that every path here answers.
import { VERSION } from '../version.js';

const ref = (name: string) => ({ $ref: `#/components/schemas/${name}` });
const json = (schema: unknown, description: string) => ({ description, content: { 'application/json': { schema } } });
const error = (description: string) => json(ref('Error'), description);

const SA_STATUS = { type: 'string', enum: ['up', 'down', 'negotiating', 'unknown'] };
const TUNNEL_STATUS = {
  type: 'string',
  enum: ['established', 'partial', 'failed', 'down', 'unknown'],
  description: 'established: child SA up; partial: negotiating or IKE SA only; failed: the last attempt failed; down: was up, went down; unknown: nothing conclusive yet.',
};

export const OPENAPI = {
  openapi: '3.1.0',
  info: {
    title: 'ikescope serve',
    version: VERSION,
    description:
      'Live IPsec/IKE tunnel monitoring from syslog. Every path but /healthz needs a token: `Authorization: Bearer <token>` or the `ikescope_token` cookie that GET /login?token=... sets (HttpOnly, SameSite=Strict). Read-only tokens get 403 on every method but GET/HEAD. All text that comes from logs is untrusted and must be escaped by the client.',
  },
  servers: [{ url: '/' }],
  security: [{ bearer: [] }, { cookie: [] }],
  paths: {
    '/healthz': {
      get: {
        summary: 'Liveness (no authentication)',
        security: [],
        responses: { '200': json(ref('Health'), 'The server runs') },
      },
    },
    '/login': {
      get: {
        summary: 'Exchange a token for a session cookie, then redirect to /',
        security: [],
        parameters: [{ name: 'token', in: 'query', required: true, schema: { type: 'string' } }],
        responses: { '303': { description: 'Cookie set, redirect to /' }, '401': error('Unknown token') },
      },
    },
    '/logout': { get: { summary: 'Clear the session cookie', responses: { '303': { description: 'Redirect to /' } } } },
    '/api/v1/tunnels': {
      get: {
        summary: 'All tunnels, like `show crypto session` across devices',
        parameters: [
          { name: 'status', in: 'query', schema: { type: 'string' }, description: 'One status or a comma-separated list' },
          { name: 'device', in: 'query', schema: { type: 'string' }, description: 'Exact device (sending host)' },
          { name: 'q', in: 'query', schema: { type: 'string', maxLength: 200 }, description: 'Case-insensitive search in name, peer, device, description, verdict' },
        ],
        responses: { '200': json({ type: 'array', items: ref('TunnelRow') }, 'Matching tunnels, by device then name'), '401': error('No or bad token') },
      },
    },
    '/api/v1/tunnels/{id}': {
      get: {
        summary: 'One tunnel: its row, the full analysis of it and its up/down history',
        parameters: [
          { name: 'id', in: 'path', required: true, schema: { type: 'string' } },
          { name: 'history', in: 'query', schema: { type: 'integer', minimum: 1, maximum: 1000, default: 200 } },
        ],
        responses: { '200': json(ref('TunnelDetail'), 'The tunnel'), '404': error('No such tunnel') },
      },
    },
    '/api/v1/tunnels/{id}/events': {
      get: {
        summary: 'Raw log lines of a tunnel, newest first, paged',
        parameters: [
          { name: 'id', in: 'path', required: true, schema: { type: 'string' } },
          { name: 'before', in: 'query', schema: { type: 'integer' }, description: 'Only lines with a smaller id (the `next` of the previous page)' },
          { name: 'limit', in: 'query', schema: { type: 'integer', minimum: 1, maximum: 1000, default: 100 } },
        ],
        responses: {
          '200': json(
            { type: 'object', required: ['items', 'next'], properties: { items: { type: 'array', items: ref('RawLine') }, next: { type: ['integer', 'null'] } } },
            'A page of lines',
          ),
          '404': error('No such tunnel'),
        },
      },
    },
    '/api/v1/events/stream': {
      get: {
        summary: 'Server-sent events',
        description:
          'event `tunnel`: data is a TunnelRow, sent whenever a row changes. event `stats`: data is Stats, sent on connect and every 5 s. Comment lines (`: ping`) keep the connection open.',
        responses: { '200': { description: 'text/event-stream', content: { 'text/event-stream': { schema: { type: 'string' } } } }, '503': error('Too many open streams') },
      },
    },
    '/api/v1/analyze': {
      post: {
        summary: 'Analyse uploaded logs and configurations; the answer is exactly `ikescope analyze --format json`',
        requestBody: {
          required: true,
          content: {
            'multipart/form-data': { schema: { type: 'object', additionalProperties: { type: 'string', format: 'binary' } } },
            'text/plain': { schema: { type: 'string' } },
            'application/octet-stream': { schema: { type: 'string', format: 'binary' } },
          },
        },
        parameters: [{ name: 'name', in: 'query', schema: { type: 'string' }, description: 'File name of a raw body (default upload.log)' }],
        responses: {
          '200': json({ $ref: '#/components/schemas/Report' }, 'The report (schema ikescope.analysis/1, docs/schema.md)'),
          '400': error('Empty upload'),
          '403': error('Read-only token'),
          '413': error('Upload larger than --max-upload'),
          '503': error('Analyses already running; retry later'),
        },
      },
    },
    '/api/v1/sources': {
      get: { summary: 'Ingest counters per source', responses: { '200': json({ type: 'array', items: ref('Source') }, 'Sources') } },
    },
    '/api/v1/dead-letters': {
      get: {
        summary: 'Notifications whose delivery was given up',
        parameters: [{ name: 'limit', in: 'query', schema: { type: 'integer', minimum: 1, maximum: 1000, default: 100 } }],
        responses: {
          '200': {
            ...json({ type: 'array', items: ref('DeadLetter') }, 'Dead letters, newest first'),
            headers: {
              'X-Ikescope-Access': {
                description: 'Whether the token may retry (read-write) or only read (read-only)',
                schema: { type: 'string', enum: ['read-only', 'read-write'] },
              },
            },
          },
        },
      },
    },
    '/api/v1/dead-letters/{id}/retry': {
      post: {
        summary: 'Queue a dead letter for delivery again',
        parameters: [{ name: 'id', in: 'path', required: true, schema: { type: 'integer' } }],
        responses: {
          '202': json({ type: 'object', properties: { requeued: { type: 'integer' } } }, 'Queued'),
          '403': error('Read-only token'),
          '404': error('No such dead letter'),
        },
      },
    },
    '/api/v1/tokens': {
      get: { summary: 'Tokens (without secrets)', responses: { '200': json({ type: 'array', items: ref('Token') }, 'Tokens') } },
      post: {
        summary: 'Create a token; the secret is in this answer only',
        requestBody: { content: { 'application/json': { schema: { type: 'object', properties: { readOnly: { type: 'boolean' }, label: { type: 'string', maxLength: 100 } } } } } },
        responses: { '201': json({ allOf: [ref('Token'), { type: 'object', required: ['token'], properties: { token: { type: 'string' } } }] }, 'Created') },
      },
    },
    '/api/v1/tokens/{id}': {
      delete: {
        summary: 'Revoke a token',
        parameters: [{ name: 'id', in: 'path', required: true, schema: { type: 'string' } }],
        responses: { '204': { description: 'Revoked' }, '400': error('A token cannot revoke itself'), '404': error('No such token') },
      },
    },
    '/api/v1/openapi.json': { get: { summary: 'This document', responses: { '200': { description: 'OpenAPI 3.1' } } } },
    '/api/v1/metrics': {
      get: {
        summary: 'Prometheus metrics (also at /metrics)',
        description:
          'ikescope_tunnels{status}, ikescope_tunnel_transitions_total{kind}, ikescope_tunnel_failures_total{code}, ikescope_ingest_messages_total{source,transport,result}, ikescope_ingest_lag_seconds, ikescope_commit_lag_seconds, ikescope_connections_rejected_total, webhook and process metrics.',
        responses: { '200': { description: 'text/plain; version=0.0.4', content: { 'text/plain': { schema: { type: 'string' } } } } },
      },
    },
  },
  components: {
    securitySchemes: {
      bearer: { type: 'http', scheme: 'bearer' },
      cookie: { type: 'apiKey', in: 'cookie', name: 'ikescope_token' },
    },
    schemas: {
      Error: { type: 'object', required: ['error', 'message'], properties: { error: { type: 'string' }, message: { type: 'string' } } },
      Health: { type: 'object', properties: { status: { const: 'ok' }, backend: { enum: ['sqlite', 'postgres'] }, uptimeSeconds: { type: 'integer' } } },
      Verdict: {
        type: ['object', 'null'],
        required: ['code', 'title', 'severity'],
        properties: { code: { type: 'string' }, title: { type: 'string' }, severity: { enum: ['error', 'warning', 'info'] } },
      },
      TunnelRow: {
        type: 'object',
        required: ['id', 'device', 'peer', 'name', 'description', 'status', 'ikeStatus', 'childStatus', 'lastChange', 'verdict', 'attempts'],
        properties: {
          id: { type: 'string', description: 'Stable across restarts' },
          device: { type: 'string', description: 'Sending host (syslog HOSTNAME, else the sender address), or the followed file' },
          peer: { type: ['string', 'null'], description: 'Remote IKE endpoint address (or identity)' },
          name: { type: 'string', description: 'Connection name, else the peer' },
          description: { type: ['string', 'null'], description: 'Peer description (Cisco SESSION_STATUS)' },
          status: TUNNEL_STATUS,
          ikeStatus: SA_STATUS,
          childStatus: SA_STATUS,
          lastChange: { type: 'string', format: 'date-time' },
          verdict: ref('Verdict'),
          attempts: { type: 'integer' },
        },
      },
      Transition: {
        type: 'object',
        properties: {
          at: { type: 'string', format: 'date-time' },
          kind: { enum: ['up', 'down', 'failure', 'flapping', 'settled'] },
          from: { type: ['string', 'null'] },
          to: { type: 'string' },
          verdict: { type: ['string', 'null'] },
        },
      },
      TunnelDetail: {
        type: 'object',
        required: ['tunnel', 'report', 'history', 'lastFailure', 'session', 'flapping'],
        properties: {
          tunnel: ref('TunnelRow'),
          report: { description: 'ReportTunnel of the ikescope.analysis/1 report (docs/schema.md); its evidence `line` is the RawLine id', type: ['object', 'null'] },
          history: { type: 'array', items: ref('Transition'), description: 'Newest first' },
          lastFailure: {
            type: ['object', 'null'],
            properties: { at: { type: 'string' }, status: { type: 'string' }, verdict: ref('Verdict'), diagnoses: { type: 'array', items: { type: 'object' } } },
          },
          session: {
            type: 'object',
            properties: { fvrf: { type: 'string' }, ivrf: { type: 'string' }, peerId: { type: 'string' }, peerPort: { type: 'integer' } },
          },
          flapping: { type: 'boolean' },
        },
      },
      RawLine: {
        type: 'object',
        properties: {
          id: { type: 'integer' },
          receivedAt: { type: 'string', format: 'date-time' },
          source: { type: 'string' },
          transport: { enum: ['udp', 'tcp', 'tls', 'file'] },
          host: { type: ['string', 'null'] },
          recognized: { type: 'boolean' },
          text: { type: 'string', description: 'The line as received (invalid UTF-8 replaced by U+FFFD)' },
        },
      },
      Source: {
        type: 'object',
        properties: {
          source: { type: 'string', description: '`udp/<address>`, `tcp/<address>`, `tls/<address>` or `file/<path>`' },
          transport: { enum: ['udp', 'tcp', 'tls', 'file'] },
          received: { type: 'integer' },
          parsed: { type: 'integer' },
          unrecognized: { type: 'integer' },
          dropped: { type: 'integer', description: 'Refused for a limit (message size, queue full)' },
          lastAt: { type: ['string', 'null'], format: 'date-time' },
        },
      },
      Stats: {
        type: 'object',
        properties: {
          at: { type: 'string' },
          tunnels: { type: 'object', additionalProperties: { type: 'integer' } },
          ingest: { type: 'object', properties: { received: { type: 'integer' }, parsed: { type: 'integer' }, unrecognized: { type: 'integer' }, dropped: { type: 'integer' }, sources: { type: 'integer' } } },
          queue: { type: 'integer' },
          lagSeconds: { type: 'number' },
          connections: { type: 'integer' },
        },
      },
      Notice: {
        description: 'Webhook body (POST, application/json)',
        type: 'object',
        required: ['type', 'at', 'tunnel'],
        properties: {
          type: { enum: ['transition', 'failure', 'flapping', 'settled'] },
          at: { type: 'string', format: 'date-time' },
          tunnel: ref('TunnelRow'),
          from: { type: ['string', 'null'] },
          to: { enum: ['up', 'down'] },
          newFailure: { type: 'boolean' },
          verdict: ref('Verdict'),
          diagnoses: { type: 'array', items: { type: 'object' } },
          transitions: { type: 'integer' },
          windowSeconds: { type: 'integer' },
        },
      },
      DeadLetter: {
        type: 'object',
        properties: {
          id: { type: 'integer' },
          createdAt: { type: 'string', format: 'date-time' },
          target: { type: 'string' },
          url: {
            type: ['string', 'null'],
            description: 'The webhook URL cut to scheme, host, port and first path segment (no credentials, no query)',
          },
          attempts: { type: 'integer' },
          lastError: { type: ['string', 'null'] },
          payload: ref('Notice'),
        },
      },
      Token: { type: 'object', properties: { id: { type: 'string' }, readOnly: { type: 'boolean' }, label: { type: 'string' } } },
      Report: { type: 'object', description: 'ikescope.analysis/1 (docs/schema.md)', properties: { schema: { const: 'ikescope.analysis/1' } } },
    },
  },
} as const;
