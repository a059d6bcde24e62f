import { setFlagsFromString } from 'node:v8'

// A notification process lives for about a tenth of a second, yet V8's optimising compilers
// (Maglev, TurboFan) start compiling its hottest loops, nodemailer's encoders, on background
// threads. Their memory arenas added about 9 MiB to the step's peak memory (npm run bench)
// for code that ends before optimised code could pay back. The interpreter and the baseline
// compiler still run everything. Imported first by index.ts, so it applies before any
// bundled module runs.
setFlagsFromString('--no-maglev')
setFlagsFromString('--no-turbofan')
