// GET /metrics: Prometheus text exposition format 0.0.4. Label values come from the network
// (source names hold sender addresses and file paths) and are escaped as the format requires.
import type { LiveEngine } from './live.js';

function esc(v: string): string {
  let out = '';
  for (const ch of v.length > 200 ? v.slice(0, 200) : v) {
    if (ch === '\\') out += '\\\\';
    else if (ch === '"') out += '\\"';
    else if (ch === '\n') out += '\\n';
    else if (ch.charCodeAt(0) < 32) out += ' ';
    else out += ch;
  }
  return out;
}

function labels(l: Record<string, string>): string {
  const parts = Object.entries(l).map(([k, v]) => `${k}="${esc(v)}"`);
  return parts.length ? `{${parts.join(',')}}` : '';
}

export interface MetricsExtra {
  webhookDelivered: number;
  webhookFailedAttempts: number;
  deadLetters: number;
  syslogSent: number;
}

export function renderMetrics(engine: LiveEngine, extra: MetricsExtra): string {
  const out: string[] = [];
  const metric = (name: string, type: 'gauge' | 'counter', help: string, rows: [Record<string, string>, number][]): void => {
    out.push(`# HELP ${name} ${help}`, `# TYPE ${name} ${type}`);
    for (const [l, v] of rows) out.push(`${name}${labels(l)} ${Number.isFinite(v) ? v : 0}`);
  };
  const byStatus = new Map<string, number>([
    ['established', 0],
    ['partial', 0],
    ['failed', 0],
    ['down', 0],
    ['unknown', 0],
  ]);
  for (const t of engine.tunnels.values()) byStatus.set(t.row.status, (byStatus.get(t.row.status) ?? 0) + 1);
  metric('ikescope_tunnels', 'gauge', 'Tunnels by status.', [...byStatus].map(([s, n]) => [{ status: s }, n]));
  metric(
    'ikescope_tunnel_transitions_total',
    'counter',
    'Tunnel up/down transitions, flapping and settling.',
    ['up', 'down', 'flapping', 'settled'].map((k) => [{ kind: k }, engine.transitionTotals.get(k) ?? 0]),
  );
  metric(
    'ikescope_tunnel_failures_total',
    'counter',
    'New failure verdicts by diagnosis code.',
    [...engine.failureTotals].sort().map(([code, n]) => [{ code }, n]),
  );
  const rows: [Record<string, string>, number][] = [];
  for (const s of engine.sources.values()) {
    const c = s.counters;
    for (const [result, n] of [
      ['received', c.received],
      ['parsed', c.parsed],
      ['unrecognized', c.unrecognized],
      ['dropped', c.dropped],
    ] as const)
      rows.push([{ source: s.id, transport: s.transport, result }, n]);
  }
  metric('ikescope_ingest_messages_total', 'counter', 'Messages per source and transport: received, parsed, unrecognized, dropped.', rows);
  const now = Date.now();
  metric(
    'ikescope_source_last_message_age_seconds',
    'gauge',
    'Seconds since each source last sent a message.',
    [...engine.sources.values()].filter((s) => s.counters.lastAt > 0).map((s) => [{ source: s.id, transport: s.transport }, (now - s.counters.lastAt) / 1000]),
  );
  metric('ikescope_ingest_lag_seconds', 'gauge', 'Age of the oldest received line not yet committed.', [[{}, engine.commitLagSeconds()]]);
  metric('ikescope_analysis_lag_seconds', 'gauge', 'How far the analysis is behind the received lines, in seconds.', [[{}, engine.lagSeconds()]]);
  metric('ikescope_analysis_backlog', 'gauge', 'Lines received but not analysed yet.', [[{}, engine.analysisBacklog]]);
  metric('ikescope_commit_lag_seconds', 'gauge', 'Receive-to-commit delay of the last committed batch.', [[{}, engine.lastCommitLag]]);
  metric('ikescope_ingest_queue', 'gauge', 'Lines waiting for the next commit.', [[{}, engine.queueDepth]]);
  metric('ikescope_stream_connections', 'gauge', 'Open TCP/TLS syslog connections.', [[{}, engine.openConnections]]);
  metric('ikescope_connections_rejected_total', 'counter', 'Syslog connections closed for exceeding --max-connections.', [[{}, engine.rejectedConnections]]);
  metric('ikescope_webhook_delivered_total', 'counter', 'Webhook notifications delivered.', [[{}, extra.webhookDelivered]]);
  metric('ikescope_webhook_failed_attempts_total', 'counter', 'Webhook delivery attempts that failed.', [[{}, extra.webhookFailedAttempts]]);
  metric('ikescope_dead_letters', 'gauge', 'Notifications given up on (dead letters).', [[{}, extra.deadLetters]]);
  metric('ikescope_syslog_notices_sent_total', 'counter', 'SESSION_STATUS notices sent to --notify-syslog.', [[{}, extra.syslogSent]]);
  const mem = process.memoryUsage();
  const cpu = process.cpuUsage();
  metric('process_resident_memory_bytes', 'gauge', 'Resident memory size in bytes.', [[{}, mem.rss]]);
  metric('process_cpu_seconds_total', 'counter', 'User and system CPU time spent in seconds.', [[{}, (cpu.user + cpu.system) / 1e6]]);
  return out.join('\n') + '\n';
}
