import net from 'node:net'

/** A TCP forwarder on 127.0.0.1 that makes a loopback server look as far away as a real one. */
export interface DelayProxy {
  /** Where to connect instead of the target. */
  port: number
  close(): Promise<void>
}

/**
 * Forwards every connection to `targetPort` on 127.0.0.1, delaying each direction by half of
 * `roundTripMs`, the way a server far away is reached:
 *   - bytes arrive `roundTripMs / 2` after they were sent, in order, and so does the end of a
 *     direction;
 *   - the TCP handshake costs one round trip: a client's first bytes cannot leave before it
 *     (loopback connects at once, so the client may send earlier), and a server that speaks
 *     first (an SMTP greeting) is heard two round trips after the client began to connect,
 *     as its accept comes with the client's last handshake packet.
 * With `roundTripMs` 0 it only forwards, which is what the timings are compared to.
 */
export async function startDelayProxy(targetPort: number, roundTripMs: number): Promise<DelayProxy> {
  const oneWay = roundTripMs / 2
  const sockets = new Set<net.Socket>()
  const track = (socket: net.Socket) => {
    sockets.add(socket)
    socket.on('close', () => sockets.delete(socket))
  }

  // Half-open allowed: each end is passed on after the delay, not when its socket closes.
  const server = net.createServer({ noDelay: true, allowHalfOpen: true }, (client) => {
    track(client)
    const startedAt = performance.now()
    // Connected at once: what the server sends is held back instead, which the client cannot tell apart.
    const upstream = net.connect({ port: targetPort, host: '127.0.0.1', noDelay: true, allowHalfOpen: true })
    track(upstream)
    const toServer = delayedPipe(upstream, oneWay, startedAt + roundTripMs)
    const toClient = delayedPipe(client, oneWay, startedAt + roundTripMs * 1.5)
    client.on('data', (chunk) => toServer.push(chunk))
    client.on('end', () => toServer.end())
    upstream.on('data', (chunk) => toClient.push(chunk))
    upstream.on('end', () => toClient.end())
    const abort = () => {
      client.destroy()
      upstream.destroy()
    }
    client.on('error', abort)
    upstream.on('error', abort)
  })
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve))
  return {
    port: (server.address() as net.AddressInfo).port,
    close: async () => {
      for (const socket of sockets) socket.destroy()
      await new Promise<void>((resolve) => server.close(() => resolve()))
    }
  }
}

/**
 * One direction of a connection: what is pushed is written to `destination` `delayMs` after
 * it arrived, or after `notBefore` (a performance.now() time) if that is later, in order.
 * Writes to a socket that is still connecting are buffered by Node until it connects.
 */
function delayedPipe(destination: net.Socket, delayMs: number, notBefore: number) {
  const queue: { at: number; chunk?: Buffer }[] = []
  let timer: NodeJS.Timeout | undefined
  const drain = () => {
    timer = undefined
    const now = performance.now()
    while (queue.length && queue[0].at <= now + 0.5) {
      const { chunk } = queue.shift()!
      if (destination.destroyed) return
      if (chunk) destination.write(chunk)
      else destination.end()
    }
    if (queue.length) timer = setTimeout(drain, Math.max(0, queue[0].at - now))
  }
  const enqueue = (chunk?: Buffer) => {
    queue.push({ at: Math.max(performance.now(), notBefore) + delayMs, chunk })
    if (!timer) timer = setTimeout(drain, Math.max(0, queue[0].at - performance.now()))
  }
  return { push: (chunk: Buffer) => enqueue(chunk), end: () => enqueue() }
}
