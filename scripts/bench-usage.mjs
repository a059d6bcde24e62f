// Loaded with `node --import` in the resource runs of scripts/bench.ts: writes the process's
// peak resident set size (KiB) and the CPU time it used (user + system, ms) to
// BENCH_USAGE_FILE when it exits.
import { writeFileSync } from 'node:fs'

process.on('exit', () => {
  const usage = process.resourceUsage()
  writeFileSync(process.env.BENCH_USAGE_FILE, JSON.stringify({ maxRssKiB: usage.maxRSS, cpuMs: (usage.userCPUTime + usage.systemCPUTime) / 1000 }))
})
