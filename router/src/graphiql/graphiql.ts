import { createRequire } from 'node:module';
import path from 'node:path';
import express, { type Router } from 'express';

const require = createRequire(import.meta.url);

/** Files GraphiQL needs, served from installed packages: the machines have no CDN. */
const ASSETS: Record<string, string> = {
  'react.js': path.join(path.dirname(require.resolve('react/package.json')), 'umd/react.production.min.js'),
  'react-dom.js': path.join(path.dirname(require.resolve('react-dom/package.json')), 'umd/react-dom.production.min.js'),
  'graphiql.js': path.join(path.dirname(require.resolve('graphiql/package.json')), 'graphiql.min.js'),
  'graphiql.css': path.join(path.dirname(require.resolve('graphiql/package.json')), 'graphiql.min.css'),
};

export const EXAMPLE_QUERY = `# Sign in first; schema exploration (docs, completion) is for analysts and administrators:
#   mutation { signIn(input: { username: "analyst", password: "…" }) { token userErrors { code message } } }
# then put {"Authorization": "Bearer <token>"} in the Headers tab below.
#
# Complaints in Chiang Mai (province 50), each field from its owning subgraph:
# complaints -> respondent operator (registry) -> instruments (registry) -> province name (identity)
query ComplaintsInProvince($province: ID! = "50") {
  complaints(first: 20, filter: { provinceCodes: [$province] }) {
    totalCount
    edges {
      node {
        referenceNo
        receivedAt
        status
        province { code nameTh }
        respondent {
          nameTh
          province { nameTh }
          instruments(first: 3) {
            totalCount
            edges { node { instrumentNo type certificateStatus } }
          }
        }
      }
    }
  }
}
`;

const INIT = `
const fetcher = GraphiQL.createFetcher({ url: window.location.origin + '/graphql' });
const root = ReactDOM.createRoot(document.getElementById('graphiql'));
root.render(React.createElement(GraphiQL, {
  fetcher,
  defaultQuery: ${JSON.stringify(EXAMPLE_QUERY)},
  defaultEditorToolsVisibility: 'headers',
  shouldPersistHeaders: false,
}));
`;

export const GRAPHIQL_HTML = `<!doctype html>
<html lang="en">
<head>
  <meta charset="utf-8">
  <meta name="viewport" content="width=device-width, initial-scale=1">
  <title>Metrograph — GraphiQL</title>
  <link rel="stylesheet" href="/graphiql/assets/graphiql.css">
  <style>html, body, #graphiql { height: 100%; margin: 0; }</style>
</head>
<body>
  <div id="graphiql">Loading GraphiQL…</div>
  <script src="/graphiql/assets/react.js"></script>
  <script src="/graphiql/assets/react-dom.js"></script>
  <script src="/graphiql/assets/graphiql.js"></script>
  <script src="/graphiql/assets/init.js"></script>
</body>
</html>
`;

/** GET /graphiql (and GET /graphql from a browser) serve the self-hosted GraphiQL IDE. */
export function graphiqlRoutes(): Router {
  const router = express.Router();
  router.get('/graphiql/assets/init.js', (_req, res) => {
    res.type('application/javascript').send(INIT);
  });
  router.get('/graphiql/assets/:file', (req, res) => {
    const file = ASSETS[req.params.file];
    if (!file) {
      res.status(404).end();
      return;
    }
    res.setHeader('cache-control', 'public, max-age=86400');
    // dotfiles: pnpm keeps packages under node_modules/.pnpm
    res.sendFile(file, { dotfiles: 'allow' });
  });
  const page: express.RequestHandler = (_req, res) => {
    res.type('html').send(GRAPHIQL_HTML);
  };
  router.get('/graphiql', page);
  router.get('/graphql', (req, res, next) => {
    const wantsHtml = req.accepts(['application/json', 'text/html']) === 'text/html' && !req.query.query;
    if (wantsHtml) page(req, res, next);
    else next();
  });
  return router;
}
