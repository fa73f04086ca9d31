import { runSubgraphFromEnv } from '@metrograph/kit';
import { complaints } from './index.js';

await runSubgraphFromEnv(complaints);
