import express, { type Router } from 'express';

/**
 * Endpoints of external systems (the 1569 complaint centre, the bank) that the router, as the only
 * public door, passes to the subgraph that owns them. Bodies go through byte for byte: their
 * senders sign the raw bytes, and the owning subgraph checks those signatures itself.
 */
export const INTEGRATION_ROUTES: { path: string; subgraph: string; description: string }[] = [
  { path: '/integrations/1569', subgraph: 'complaints', description: '1569 complaint centre: signed complaint intake' },
  { path: '/bank', subgraph: 'payments', description: "bank's direct link: signed payment callbacks" },
];

const HOP_BY_HOP = new Set(['connection', 'keep-alive', 'transfer-encoding', 'upgrade', 'host', 'content-length', 'proxy-authorization', 'te', 'trailer']);

export function integrationRoutes(subgraphUrl: (name: string) => string | undefined): Router {
  const router = express.Router();
  for (const route of INTEGRATION_ROUTES) {
    router.use(route.path, express.raw({ type: () => true, limit: '1mb' }), async (req, res) => {
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
      try {
        const body = Buffer.isBuffer(req.body) && req.body.length > 0 ? new Uint8Array(req.body) : undefined;
        const response = await fetch(target, { method: req.method, headers, body: req.method === 'GET' || req.method === 'HEAD' ? undefined : body, signal: AbortSignal.timeout(30_000) });
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
