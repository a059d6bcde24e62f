import http from 'node:http'
import net from 'node:net'

/** A CONNECT request the proxy received. */
export interface SeenConnect {
  /** host:port, as asked for. */
  target: string
  /** The Proxy-Authorization header, if any. */
  authorization?: string
}

export interface ConnectProxy {
  /** http://127.0.0.1:PORT, for HTTPS_PROXY. */
  url: string
  connects: SeenConnect[]
  close(): Promise<void>
}

export interface ConnectProxyOptions {
  /** Names the proxy resolves, to 127.0.0.1 (the port is the one asked for); any other is refused with 502. */
  hosts: string[]
  /** Answer a CONNECT to this host with 403, as a proxy whose policy forbids it. */
  forbid?: string[]
}

/**
 * An HTTP proxy on 127.0.0.1 that only tunnels (CONNECT), as the proxies in front of
 * self-hosted runners do for HTTPS. It resolves only the names it is given, so a server
 * reached by one of them was reached through it, and records every CONNECT.
 */
export async function startConnectProxy(options: ConnectProxyOptions): Promise<ConnectProxy> {
  const connects: SeenConnect[] = []
  const sockets = new Set<net.Socket>()
  const track = (socket: net.Socket) => {
    sockets.add(socket)
    socket.on('close', () => sockets.delete(socket))
    socket.on('error', () => socket.destroy())
  }
  const server = http.createServer((_request, response) => response.writeHead(405, { allow: 'CONNECT' }).end())
  server.on('connect', (request: http.IncomingMessage, client: net.Socket, head: Buffer) => {
    track(client)
    const target = request.url ?? ''
    connects.push({ target, authorization: request.headers['proxy-authorization'] })
    const match = /^([^:]+):(\d+)$/.exec(target)
    const host = match?.[1] ?? ''
    if (options.forbid?.includes(host)) return client.end('HTTP/1.1 403 Forbidden\r\n\r\n')
    if (!match || !options.hosts.includes(host)) return client.end('HTTP/1.1 502 Bad Gateway\r\n\r\n')
    const upstream = net.connect(Number(match[2]), '127.0.0.1', () => {
      client.write('HTTP/1.1 200 Connection Established\r\n\r\n')
      if (head.length) upstream.write(head)
      upstream.pipe(client)
      client.pipe(upstream)
    })
    track(upstream)
    upstream.on('close', () => client.destroy())
    client.on('close', () => upstream.destroy())
  })
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve))
  return {
    url: `http://127.0.0.1:${(server.address() as net.AddressInfo).port}`,
    connects,
    close: async () => {
      for (const socket of sockets) socket.destroy()
      await new Promise<void>((resolve) => server.close(() => resolve()))
    }
  }
}
