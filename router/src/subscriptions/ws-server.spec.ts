import { describe, expect, it } from 'vitest';
import { Receiver } from 'ws';
import { textFrameHeader } from './ws-server.js';

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
    const two = Buffer.concat([textFrameHeader(length), body, textFrameHeader(3), Buffer.from('{"}')]);
    expect(await receive(two)).toEqual([body.toString(), '{"}']);
  });
});
