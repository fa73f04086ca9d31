import { afterEach, describe, expect, it, vi } from 'vitest';
import { KeepAlive } from './keep-alive.js';

interface Fake {
  id: number;
  alive: boolean;
  answers: boolean;
}

afterEach(() => vi.useRealTimers());

function setup(count: number, periodMs = 1_200, slices = 12) {
  vi.useFakeTimers();
  const pinged: number[][] = [];
  const dropped: number[] = [];
  let current: number[] = [];
  const keepAlive = new KeepAlive<Fake>(
    periodMs,
    (c) => {
      current.push(c.id);
      if (c.answers) c.alive = true; // the pong arrives before the next check
    },
    (c) => dropped.push(c.id),
    slices,
  );
  const connections = Array.from({ length: count }, (_, id) => ({ id, alive: true, answers: true }));
  for (const c of connections) keepAlive.add(c);
  const advance = (ms: number) => {
    for (let t = 0; t < ms; t += periodMs / slices) {
      current = [];
      vi.advanceTimersByTime(periodMs / slices);
      pinged.push(current);
    }
  };
  return { keepAlive, connections, pinged, dropped, advance };
}

describe('keep-alive pings', () => {
  it('reach every connection once per period, spread evenly over it', () => {
    const { pinged, advance, keepAlive } = setup(1_200);
    advance(1_200);
    expect(pinged).toHaveLength(12);
    for (const tick of pinged) expect(tick).toHaveLength(100);
    expect(new Set(pinged.flat()).size).toBe(1_200);
    advance(1_200);
    expect(pinged.flat()).toHaveLength(2_400);
    keepAlive.stop();
  });

  it('drop a connection that did not answer the previous ping, and only that one', () => {
    const { connections, dropped, advance, keepAlive } = setup(24);
    connections[5].answers = false;
    advance(1_200); // first ping: connection 5 stays silent
    expect(dropped).toEqual([]);
    advance(1_200); // second check: dropped
    expect(dropped).toEqual([5]);
    expect(keepAlive.size).toBe(23);
    advance(2_400);
    expect(dropped).toEqual([5]);
    keepAlive.stop();
  });

  it('stop pinging connections that left, and keep the slices even as others arrive', () => {
    const { connections, pinged, advance, keepAlive } = setup(12);
    for (const c of connections.slice(0, 6)) keepAlive.remove(c);
    for (let id = 100; id < 106; id++) keepAlive.add({ id, alive: true, answers: true });
    advance(1_200);
    for (const tick of pinged) expect(tick).toHaveLength(1);
    expect(pinged.flat().filter((id) => id < 6)).toEqual([]);
    keepAlive.stop();
  });
});
