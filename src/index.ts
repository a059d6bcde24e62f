import * as core from '@actions/core'
import { run } from './main.ts'

await run(core)
