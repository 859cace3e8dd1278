/** A TCP pass-through on 127.0.0.1 that can "lose the network": offline, it drops every connection. */
import net from 'node:net';

export interface Switch {
  url: string;
  setOnline(online: boolean): void;
  close(): Promise<void>;
}

export async function startSwitch(upstream: string): Promise<Switch> {
  const target = new URL(upstream);
  let online = true;
  const open = new Set<net.Socket>();
  const server = net.createServer((client) => {
    if (!online) {
      client.destroy();
      return;
    }
    const up = net.connect(Number(target.port), target.hostname);
    open.add(client);
    open.add(up);
    client.pipe(up).pipe(client);
    const end = () => {
      client.destroy();
      up.destroy();
      open.delete(client);
      open.delete(up);
    };
    client.on('error', end).on('close', end);
    up.on('error', end).on('close', end);
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const port = (server.address() as net.AddressInfo).port;
  return {
    url: `http://127.0.0.1:${port}`,
    setOnline(value) {
      online = value;
      if (!value) for (const socket of open) socket.destroy();
    },
    close: () =>
      new Promise((resolve) => {
        for (const socket of open) socket.destroy();
        server.close(() => resolve());
      }),
  };
}
