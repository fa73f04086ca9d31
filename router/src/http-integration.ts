import type { Request, RequestHandler, Response } from 'express';
import { HeaderMap, type ApolloServer, type BaseContext, type ContextFunction } from '@apollo/server';

/**
 * Apollo Server behind Express, as @as-integrations/express5's expressMiddleware, with one
 * difference that matters for large answers: the JSON text is encoded to UTF-8 once, with
 * TextEncoder, and handed to Express as bytes. Given a string, Express converts it with
 * Buffer.from (markedly slower for text with Thai characters, which JSON.stringify makes a
 * two-byte string) before hashing it for the ETag and writing it. The bytes, headers (Content-Type
 * as Apollo sets it, Content-Length, ETag) and statuses sent are the same.
 */
const ENCODED_TYPES = new Set(['application/json; charset=utf-8', 'application/graphql-response+json; charset=utf-8']);

export function graphqlMiddleware<TContext extends BaseContext>(
  server: ApolloServer<TContext>,
  options: { context: ContextFunction<[{ req: Request; res: Response }], TContext> },
): RequestHandler {
  server.assertStarted('graphqlMiddleware()');
  const encoder = new TextEncoder();
  return async (req, res) => {
    if (!('body' in req)) {
      res.status(500);
      res.send('`req.body` is not set; this probably means you forgot to set up the `json` middleware before the Apollo Server middleware.');
      return;
    }
    const headers = new HeaderMap();
    for (const key in req.headers) {
      const value = req.headers[key];
      if (value !== undefined) headers.set(key, Array.isArray(value) ? value.join(', ') : value);
    }
    const url = req.url;
    const query = url.indexOf('?');
    const hash = url.indexOf('#');
    // what url.parse(req.url).search gives: from '?' up to any '#', '' when there is none
    const search = query < 0 || (hash >= 0 && hash < query) ? '' : url.slice(query, hash > query ? hash : undefined);
    const response = await server.executeHTTPGraphQLRequest({
      httpGraphQLRequest: { method: req.method.toUpperCase(), headers, search, body: req.body },
      context: () => options.context({ req, res }),
    });
    for (const [key, value] of response.headers) res.setHeader(key, value);
    res.statusCode = response.status || 200;
    if (response.body.kind === 'complete') {
      const text = response.body.string;
      // Express would set these types unchanged (it adds charset=utf-8 to a string's type); any
      // other type goes through Express's own string handling
      if (!ENCODED_TYPES.has(res.getHeader('content-type') as string)) {
        res.send(text);
        return;
      }
      const bytes = encoder.encode(text);
      res.send(Buffer.from(bytes.buffer, bytes.byteOffset, bytes.byteLength));
      return;
    }
    for await (const chunk of response.body.asyncIterator) {
      res.write(chunk);
      if (typeof (res as { flush?: () => void }).flush === 'function') (res as unknown as { flush: () => void }).flush();
    }
    res.end();
  };
}
