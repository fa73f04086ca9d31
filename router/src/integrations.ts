import express, { type Router } from 'express';
import { Readable } from 'node:stream';
import { PRINCIPAL_HEADER, signPrincipal } from '@metrograph/kit';
import type { Authenticate } from './authenticate.js';

/**
 * Endpoints of external systems (the 1569 complaint centre, the bank) that the router, as the only
 * public door, passes to the subgraph that owns them. Bodies go through byte for byte: their
 * senders sign the raw bytes, and the owning subgraph checks those signatures itself.
 */
export const INTEGRATION_ROUTES: { path: string; subgraph: string; description: string; signedCaller?: boolean }[] = [
  { path: '/integrations/1569', subgraph: 'complaints', description: '1569 complaint centre: signed complaint intake' },
  { path: '/bank', subgraph: 'payments', description: "bank's direct link: signed payment callbacks" },
  // authenticated like /graphql; the body (a file of up to 200 MB) is streamed, not buffered
  { path: '/imports/instruments', subgraph: 'registry', description: 'bulk instrument registration from CSV/XLSX', signedCaller: true },
];

const HOP_BY_HOP = new Set(['connection', 'keep-alive', 'transfer-encoding', 'upgrade', 'host', 'content-length', 'proxy-authorization', 'te', 'trailer']);

/** How routes with `signedCaller` learn who calls: the router's authenticator and signing secret. */
export interface CallerSigning {
  authenticate: Authenticate;
  signingSecret: string;
}

export function integrationRoutes(subgraphUrl: (name: string) => string | undefined, signing?: CallerSigning): Router {
  const router = express.Router();
  for (const route of INTEGRATION_ROUTES) {
    const bodyParser: express.RequestHandler = route.signedCaller ? (_req, _res, next) => next() : express.raw({ type: () => true, limit: '1mb' });
    router.use(route.path, bodyParser, async (req, res) => {
      const base = subgraphUrl(route.subgraph);
      if (!base) {
        res.status(503).json({ error: `${route.subgraph} is not part of this graph` });
        return;
      }
      const target = new URL(req.originalUrl, base.replace(/\/graphql$/, '/'));
      const headers = new Headers();
      for (const [name, value] of Object.entries(req.headers)) {
        if (value === undefined || HOP_BY_HOP.has(name)) continue;
        headers.set(name, Array.isArray(value) ? value.join(', ') : value);
      }
      headers.set('x-forwarded-for', req.socket.remoteAddress ?? '');
      headers.delete(PRINCIPAL_HEADER);
      if (route.signedCaller) {
        if (!signing) {
          res.status(503).json({ error: `${route.path} needs the router's authenticator` });
          return;
        }
        try {
          headers.set(PRINCIPAL_HEADER, signPrincipal(await signing.authenticate(req), signing.signingSecret));
        } catch (error) {
          res.status(401).setHeader('www-authenticate', 'Bearer realm="metrograph"').json({ error: { code: 'UNAUTHENTICATED', message: (error as Error).message } });
          return;
        }
      }
      try {
        const hasBody = req.method !== 'GET' && req.method !== 'HEAD';
        const body = !hasBody
          ? undefined
          : route.signedCaller
            ? (Readable.toWeb(req) as ReadableStream<Uint8Array>)
            : Buffer.isBuffer(req.body) && req.body.length > 0 ? new Uint8Array(req.body) : undefined;
        const response = await fetch(target, { method: req.method, headers, body, duplex: 'half', signal: AbortSignal.timeout(route.signedCaller ? 600_000 : 30_000) } as RequestInit);
        res.status(response.status);
        response.headers.forEach((value, name) => {
          if (!HOP_BY_HOP.has(name) && name !== 'content-encoding') res.setHeader(name, value);
        });
        res.send(Buffer.from(await response.arrayBuffer()));
      } catch (error) {
        res.status(502).json({ error: `the ${route.subgraph} service is unavailable: ${(error as Error).message}` });
      }
    });
  }
  return router;
}
