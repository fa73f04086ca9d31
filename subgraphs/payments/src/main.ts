import { runSubgraphFromEnv } from '@metrograph/kit';
import { payments } from './index.js';

await runSubgraphFromEnv(payments);
