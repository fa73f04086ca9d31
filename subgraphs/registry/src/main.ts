import { runSubgraphFromEnv } from '@metrograph/kit';
import { registry } from './index.js';

await runSubgraphFromEnv(registry);
