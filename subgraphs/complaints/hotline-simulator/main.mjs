#!/usr/bin/env node
/**
 * The 1569 complaint centre simulator as a process (demo and tests; see simulator.mjs).
 *
 *   node subgraphs/complaints/hotline-simulator/main.mjs serve [--port 4569] [--post N] [--interval ms]
 *       receives results at POST /results (GET /results lists them, POST /control switches
 *       failures), and optionally posts N complaints meanwhile
 *   node subgraphs/complaints/hotline-simulator/main.mjs post N [--interval ms]
 *       posts N complaints and exits (status 1 if any was refused)
 *
 * Environment:
 *   INTAKE_URL         complaints intake (default http://127.0.0.1:4003/integrations/1569/complaints)
 *   SIM_SECRET         the centre's secret, registered as system 1569 in the complaints service
 *   HOTLINE_SECRET     the complaints service's secret, to check the results it sends
 *   HOTLINE_SYSTEM_ID  the complaints service's system id (default dit-wm)
 *   SIM_PORT, SIM_SEED, SIM_FAIL_NEXT, SIM_FAIL_STATUS, SIM_DELAY_MS, SIM_REJECT_SIGNATURES=1
 * Prints one JSON line per event on stdout, e.g. {"event":"listening","url":"http://127.0.0.1:4569"}.
 */
import { postComplaints, startSimulator } from './simulator.mjs';

const argv = process.argv.slice(2);
const command = argv[0] && !argv[0].startsWith('--') ? argv.shift() : 'serve';
const flag = (name, fallback) => {
  const i = argv.indexOf(`--${name}`);
  return i >= 0 && argv[i + 1] !== undefined ? argv[i + 1] : fallback;
};
const emit = (event, fields = {}) => process.stdout.write(JSON.stringify({ time: new Date().toISOString(), event, ...fields }) + '\n');
const env = process.env;
const intakeUrl = env.INTAKE_URL ?? 'http://127.0.0.1:4003/integrations/1569/complaints';

async function post(count, intervalMs) {
  if (!env.SIM_SECRET) throw new Error('SIM_SECRET (the secret registered for system 1569) is required to post complaints');
  const answers = await postComplaints(intakeUrl, count, {
    secret: env.SIM_SECRET,
    seed: env.SIM_SEED,
    intervalMs,
    onAnswer: (answer) => emit('complaint-posted', { ticketNo: answer.ticketNo, status: answer.status, answer: answer.body }),
  });
  return answers.filter((a) => a.status !== 200 && a.status !== 201).length;
}

try {
  if (command === 'post') {
    const count = Number(argv[0] && !argv[0].startsWith('--') ? argv[0] : flag('count', '5'));
    const refused = await post(count, Number(flag('interval', '0')));
    emit('done', { posted: count, refused });
    process.exit(refused ? 1 : 0);
  } else if (command === 'serve') {
    if (!env.HOTLINE_SECRET) throw new Error('HOTLINE_SECRET (the complaints service secret) is required to check the results it sends');
    const simulator = await startSimulator({
      port: Number(flag('port', env.SIM_PORT ?? '4569')),
      host: env.SIM_HOST ?? '127.0.0.1',
      secret: env.HOTLINE_SECRET,
      systemId: env.HOTLINE_SYSTEM_ID || 'dit-wm',
      failNext: Number(env.SIM_FAIL_NEXT ?? 0),
      failStatus: Number(env.SIM_FAIL_STATUS ?? 500),
      delayMs: Number(env.SIM_DELAY_MS ?? 0),
      rejectSignatures: env.SIM_REJECT_SIGNATURES === '1',
    });
    emit('listening', { url: simulator.url, resultsUrl: simulator.resultsUrl });
    const stop = async () => {
      await simulator.stop();
      process.exit(0);
    };
    process.once('SIGTERM', stop);
    process.once('SIGINT', stop);
    const count = Number(flag('post', '0'));
    if (count > 0) {
      const refused = await post(count, Number(flag('interval', '1000')));
      emit('posted', { posted: count, refused });
    }
  } else {
    throw new Error(`unknown command "${command}": use serve or post`);
  }
} catch (error) {
  emit('error', { message: error.message });
  process.exit(2);
}
