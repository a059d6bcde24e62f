import { setFlagsFromString } from 'node:v8'

/**
 * A notification process lives for about a tenth of a second, yet V8's optimising compiler
 * (Maglev) compiles its hottest loops, nodemailer's encoders, on a background thread whose
 * memory arena sometimes added about 6 MiB to the step's peak (npm run bench) for code that
 * ends before optimised code could pay back. The interpreter and the baseline compiler still
 * run everything.
 *
 * Called by index.ts after every module has loaded, not at start: a change of V8's flags
 * makes V8 reject the code cache that Node ships for its own modules, and each module
 * loaded after the change (tls, net, crypto, streams) would be compiled from source, which
 * cost about 20 ms per run.
 */
export function stopOptimisingCompilers(): void {
  setFlagsFromString('--no-maglev')
  setFlagsFromString('--no-turbofan')
}
