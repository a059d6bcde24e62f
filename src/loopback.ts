import net, { type LookupFunction } from 'node:net'

/**
 * The loopback addresses in the order they are tried: IPv6 first, as Node's Happy Eyeballs
 * (RFC 8305) tries a host that has both.
 */
const LOOPBACK = [
  { address: '::1', family: 6 },
  { address: '127.0.0.1', family: 4 }
] as const

/** `localhost` and the names under it (`mail.localhost`), which RFC 6761 reserves for the loopback. */
export function isLocalhostName(host: string): boolean {
  return /^(?:[^.]+\.)*localhost\.?$/i.test(host)
}

const loopbackLookup: LookupFunction = (_hostname, options, callback) => {
  if (options.all) return process.nextTick(callback, null, [...LOOPBACK])
  process.nextTick(callback, null, LOOPBACK[0].address, LOOPBACK[0].family)
}

/**
 * An unconnected socket for nodemailer's `socket` option that reaches a localhost name on
 * both ::1 and 127.0.0.1. RFC 6761 makes localhost the loopback over either family, yet
 * many /etc/hosts files list only 127.0.0.1, and nodemailer then connects there alone, so
 * a server that listens on ::1 only was never reached. nodemailer connects a socket it is
 * given with `connect(port, host, listener)`; the options added here let Node try both
 * addresses in turn (autoSelectFamily). TLS is unchanged: nodemailer still verifies the
 * certificate against the host name.
 */
export function loopbackSocket(): net.Socket {
  const socket = new net.Socket()
  const connect = socket.connect.bind(socket) as (options: net.TcpSocketConnectOpts, listener?: () => void) => net.Socket
  socket.connect = ((port: number, host: string, listener?: () => void) =>
    connect({ port, host, lookup: loopbackLookup, autoSelectFamily: true }, listener)) as typeof socket.connect
  return socket
}
