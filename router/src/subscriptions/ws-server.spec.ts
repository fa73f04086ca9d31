import http from 'node:http';
import type { AddressInfo } from 'node:net';
import { describe, expect, it } from 'vitest';
import { buildSchema } from 'graphql';
import { Receiver, WebSocket } from 'ws';
import { PROTOCOL, startLiveServer, textFrames } from './ws-server.js';

/** Parses frames the way a client does (ws's own receiver) and returns the messages. */
function receive(bytes: Buffer): Promise<string[]> {
  return new Promise((resolve, reject) => {
    const messages: string[] = [];
    const receiver = new Receiver({ isServer: false });
    receiver.on('message', (data: Buffer) => messages.push(data.toString()));
    receiver.on('error', reject);
    receiver.write(bytes);
    setImmediate(() => resolve(messages));
  });
}

describe('text frames written straight to the socket', () => {
  it.each([0, 125, 126, 65_535, 65_536, 200_000])('are read back by a WebSocket client at %i bytes', async (length) => {
    const body = Buffer.from('ก'.repeat(Math.floor(length / 3)) + 'x'.repeat(length % 3));
    expect(body.length).toBe(length);
    const two = textFrames([[body], [Buffer.from('{"}')]]);
    expect(await receive(two)).toEqual([body.toString(), '{"}']);
  });

  it('are written as one buffer for several messages, each given in parts', async () => {
    const shared = Buffer.from('{"data":{"ชื่อ":"' + 'ก'.repeat(50_000) + '"}}');
    const prefix = (id: string) => Buffer.from(`{"id":"${id}","type":"next","payload":`);
    const closing = Buffer.from('}');
    const frames = textFrames([[prefix('a'), shared, closing], [Buffer.from('{"type":"pong"}')], [prefix('b'), Buffer.from('{"data":{}}'), closing]]);
    expect(await receive(frames)).toEqual([
      `{"id":"a","type":"next","payload":${shared.toString()}}`,
      '{"type":"pong"}',
      '{"id":"b","type":"next","payload":{"data":{}}}',
    ]);
  });
});

describe('keep-alive on a live server', () => {
  it('drops a connection that stops answering pings and keeps one that answers', async () => {
    const httpServer = http.createServer();
    await new Promise<void>((resolve) => httpServer.listen(0, '127.0.0.1', resolve));
    const live = startLiveServer({
      httpServer,
      schema: buildSchema('type Query { ok: Boolean } type Subscription { ticks: Int }'),
      authenticate: async () => ({ kind: 'anonymous' }) as never,
      keepAlive: 120,
    });
    const url = `ws://127.0.0.1:${(httpServer.address() as AddressInfo).port}/graphql`;
    const open = (autoPong: boolean) =>
      new Promise<WebSocket>((resolve, reject) => {
        const socket = new WebSocket(url, PROTOCOL, { autoPong });
        socket.once('open', () => {
          socket.send(JSON.stringify({ type: 'connection_init' }));
          resolve(socket);
        });
        socket.once('error', reject);
      });
    try {
      const answering = await open(true);
      const silent = await open(false);
      let pings = 0;
      silent.on('ping', () => pings++);
      const closed = new Promise<number>((resolve) => silent.once('close', (code) => resolve(code)));
      const started = Date.now();
      // pinged once, silent for a whole period, then dropped (terminated: no close frame, 1006)
      expect(await closed).toBe(1006);
      expect(pings).toBeGreaterThanOrEqual(1);
      expect(Date.now() - started).toBeLessThan(1_000);
      await new Promise((resolve) => setTimeout(resolve, 400));
      expect(answering.readyState).toBe(WebSocket.OPEN);
      expect(live.clients()).toBe(1);
      answering.close();
    } finally {
      await live.close();
      await new Promise((resolve) => httpServer.close(resolve));
    }
  });
});
