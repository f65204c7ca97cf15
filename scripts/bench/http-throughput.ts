/**
 * HTTP throughput of GET /api/halls/nearby with autocannon: 50 connections on loopback, a
 * different random point (and sometimes a level) on every request so no cache or branch predictor
 * sees the same query twice. Errors = socket errors + timeouts + non-2xx answers.
 */
import { createRequire } from 'node:module';
import type { Section } from './report';
import { metric } from './report';

const BUDGET_RPS = 2000;
const LEVELS = ['', '', 'district', 'township', 'village'];

/** The part of autocannon's result used here (the package ships no types). */
interface AutocannonResult {
  requests: { average: number; total: number; p50: number };
  latency: { p50: number; p99: number; average: number; max: number };
  throughput: { average: number };
  errors: number;
  timeouts: number;
  non2xx: number;
  duration: number;
  statusCodeStats?: Record<string, { count: number }>;
}
interface AutocannonRequest {
  method?: string;
  path?: string;
  setupRequest?: (req: AutocannonRequest) => AutocannonRequest;
}
type Autocannon = (opts: {
  url: string;
  connections: number;
  duration: number;
  requests: AutocannonRequest[];
  timeout?: number;
}) => Promise<AutocannonResult>;

// autocannon is CommonJS without type declarations: required, and typed by the interface above.
const autocannon = createRequire(__filename)('autocannon') as Autocannon;

export async function measureHttpThroughput(baseUrl: string, seconds: number): Promise<Omit<Section, 'ms'>> {
  let seed = 7;
  const random = () => {
    seed = (seed * 16807) % 2147483647;
    return seed / 2147483647;
  };
  const result = await autocannon({
    url: baseUrl,
    connections: 50,
    duration: seconds,
    timeout: 10,
    requests: [
      {
        method: 'GET',
        setupRequest: (req) => {
          const lat = (28.16 + random() * 4.04).toFixed(5);
          const lng = (105.29 + random() * 4.9).toFixed(5);
          const level = LEVELS[Math.floor(random() * LEVELS.length)];
          return { ...req, path: `/api/halls/nearby?lat=${lat}&lng=${lng}&limit=20${level ? `&level=${level}` : ''}` };
        },
      },
    ],
  });
  const errors = result.errors + result.timeouts + result.non2xx;
  return {
    id: 'http-throughput',
    title: 'HTTP /api/halls/nearby',
    ok: true,
    metrics: [
      metric('throughput (50 conns)', Math.round(result.requests.average), 'req/s', { op: '>=', limit: BUDGET_RPS }, `${result.requests.total} requests in ${result.duration} s`),
      metric('errors (socket + timeout + non-2xx)', errors, 'errors', { op: '<=', limit: 0 }),
      metric('latency p50', result.latency.p50, 'ms'),
      metric('latency p99', result.latency.p99, 'ms'),
    ],
    details: {
      requests: result.requests,
      latency: result.latency,
      bytesPerSecond: result.throughput.average,
      errors: result.errors,
      timeouts: result.timeouts,
      non2xx: result.non2xx,
      statusCodes: result.statusCodeStats,
    },
  };
}
