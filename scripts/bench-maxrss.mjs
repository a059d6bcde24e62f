// Loaded with `node --import` in the memory runs of scripts/bench.ts: writes the process's
// peak resident set size (KiB) to BENCH_MAXRSS_FILE when it exits.
import { writeFileSync } from 'node:fs'

process.on('exit', () => writeFileSync(process.env.BENCH_MAXRSS_FILE, String(process.resourceUsage().maxRSS)))
