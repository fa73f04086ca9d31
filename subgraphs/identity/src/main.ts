import { runSubgraphFromEnv } from '@metrograph/kit';
import { identity } from './index.js';

await runSubgraphFromEnv(identity);
