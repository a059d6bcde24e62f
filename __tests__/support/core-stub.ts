import type { Core } from '../../src/main.ts'

/** Everything the action told the runner, recorded by a stand-in for @actions/core. */
export interface CoreRecord {
  core: Core
  secrets: string[]
  outputs: Record<string, string>
  failed?: string
  /** Every line the action logged, by kind, in order. */
  lines: { kind: 'info' | 'warning' | 'error' | 'notice' | 'debug'; text: string }[]
  summary: string
  /** All text the action wrote anywhere a person could read it. */
  everything(): string
}

export function stubCore(inputs: Record<string, string>): CoreRecord {
  const record: CoreRecord = {
    secrets: [],
    outputs: {},
    lines: [],
    summary: '',
    everything: () => [...record.lines.map((l) => l.text), record.failed ?? '', record.summary, ...Object.values(record.outputs)].join('\n'),
    core: undefined as unknown as Core
  }
  const log = (kind: CoreRecord['lines'][number]['kind']) => (message: string | Error) => {
    record.lines.push({ kind, text: String(message) })
  }
  let pendingSummary = ''
  record.core = {
    // As @actions/core's getInput: the runner's value, trimmed unless trimWhitespace is false.
    getInput: (name: string, options?: { trimWhitespace?: boolean }) =>
      options?.trimWhitespace === false ? (inputs[name] ?? '') : (inputs[name] ?? '').trim(),
    setSecret: (secret: string) => {
      record.secrets.push(secret)
    },
    setOutput: (name: string, value: unknown) => {
      record.outputs[name] = String(value)
    },
    setFailed: (message: string | Error) => {
      record.failed = String(message)
    },
    info: log('info'),
    warning: log('warning'),
    error: log('error'),
    notice: log('notice'),
    debug: log('debug'),
    summary: {
      addRaw(text: string, addEOL?: boolean) {
        pendingSummary += text + (addEOL ? '\n' : '')
        return this
      },
      async write() {
        record.summary += pendingSummary
        pendingSummary = ''
        return this
      }
    }
  } as unknown as Core
  return record
}
