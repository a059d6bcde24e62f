// The baseline the action is measured against: a bare Node script that imports nodemailer
// from node_modules and sends one message. Run by scripts/bench.ts with the message in
// BENCH_MESSAGE (a JSON file) and the server in the INPUT_* variables the action also reads.
import { readFileSync } from 'node:fs'
import nodemailer from 'nodemailer'

const env = process.env
const message = JSON.parse(readFileSync(env.BENCH_MESSAGE, 'utf8'))
const transport = nodemailer.createTransport({
  host: env.INPUT_SERVER,
  port: Number(env.INPUT_PORT),
  secure: true,
  auth: { user: env.INPUT_USERNAME, pass: env.INPUT_PASSWORD }
})
await transport.sendMail(message)
transport.close()
