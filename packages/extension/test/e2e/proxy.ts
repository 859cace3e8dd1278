/** A TCP pass-through on 127.0.0.1 that can "lose the network": offline, it drops every connection. */
import http from 'node:http';
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

export interface RulesOverride {
  url: string;
  /** What GET /api/agent/v1/rules answers (with this ETag, honouring If-None-Match); undefined passes it through. */
  setRules(rules: { body: string; etag: string } | undefined): void;
  /** The rules requests seen, with the If-None-Match each carried. */
  rulesRequests: { ifNoneMatch?: string; status: number }[];
  close(): Promise<void>;
}

/**
 * An HTTP pass-through to `upstream` that can serve its own compiled rules on the agent API's rules
 * route, standing in for a server whose rules differ from those packaged with the extension.
 */
export async function startRulesOverride(upstream: string): Promise<RulesOverride> {
  const target = new URL(upstream);
  let rules: { body: string; etag: string } | undefined;
  const rulesRequests: RulesOverride['rulesRequests'] = [];
  const server = http.createServer((req, res) => {
    if (rules && req.method === 'GET' && req.url?.split('?')[0] === '/api/agent/v1/rules') {
      const ifNoneMatch = req.headers['if-none-match'];
      const status = ifNoneMatch === rules.etag ? 304 : 200;
      rulesRequests.push({ ...(ifNoneMatch ? { ifNoneMatch } : {}), status });
      res.writeHead(status, {
        etag: rules.etag,
        'cache-control': 'no-cache',
        'content-type': 'application/json',
      });
      res.end(status === 200 ? rules.body : undefined);
      return;
    }
    const up = http.request(
      { host: target.hostname, port: target.port, method: req.method, path: req.url, headers: req.headers },
      (answer) => {
        if (req.url?.startsWith('/api/agent/v1/rules'))
          rulesRequests.push({ status: answer.statusCode ?? 0 });
        res.writeHead(answer.statusCode ?? 502, answer.headers);
        answer.pipe(res);
      },
    );
    up.on('error', () => res.destroy());
    req.pipe(up);
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  return {
    url: `http://127.0.0.1:${(server.address() as net.AddressInfo).port}`,
    setRules(value) {
      rules = value;
    },
    rulesRequests,
    close: () =>
      new Promise((resolve) => {
        server.closeAllConnections();
        server.close(() => resolve());
      }),
  };
}
