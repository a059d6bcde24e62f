import './short-lived.ts'
import { run } from './main.ts'
import { runnerCore } from './runner.ts'

await run(runnerCore)
