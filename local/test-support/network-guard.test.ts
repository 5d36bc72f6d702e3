import http from 'node:http';
import net from 'node:net';

import { describe, expect, it } from 'vitest';

import { guardNetwork } from './network-guard';

describe('network guard', () => {
  it('blocks and records a request to a remote host before any packet leaves', async () => {
    const guard = guardNetwork();
    try {
      const outcome = await new Promise<string>((resolve) => {
        try {
          const request = http.get('http://metadata.tencentyun.com/latest/meta-data/', () =>
            resolve('connected'),
          );
          request.on('error', (error) => resolve(error.message));
        } catch (error) {
          resolve(error instanceof Error ? error.message : String(error));
        }
      });

      expect(outcome).toContain('blocked by the test guard');
      expect(guard.attempts.join(' ')).toContain('metadata.tencentyun.com');
    } finally {
      guard.restore();
    }
  });

  it('blocks a raw socket to an IP address but lets loopback through', async () => {
    const guard = guardNetwork();
    const server = net.createServer((socket) => socket.end());
    await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
    const { port } = server.address() as net.AddressInfo;
    try {
      expect(() => net.connect(443, '10.1.2.3')).toThrow('blocked by the test guard');
      const local = net.connect(port, '127.0.0.1');
      await new Promise<void>((resolve) => local.on('close', () => resolve()));

      expect(guard.attempts).toEqual(['10.1.2.3:443']);
    } finally {
      guard.restore();
      server.close();
    }
  });
});
