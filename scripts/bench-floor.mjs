// The floor under the action's start-up: the smallest send nodemailer can do. Only its SMTP
// client and MIME composer, none of the action's code (inputs, secrets, outputs, summary).
// `npm run bench -- --floor` bundles this file with ncc, as the action is bundled, and times
// it beside the action; the message, server and credentials are the bare script's.
import { readFileSync } from 'node:fs'
import MailComposer from 'nodemailer/lib/mail-composer'
import SMTPConnection from 'nodemailer/lib/smtp-connection'

const env = process.env
const message = JSON.parse(readFileSync(env.BENCH_MESSAGE, 'utf8'))
const connection = new SMTPConnection({ host: env.INPUT_SERVER, port: Number(env.INPUT_PORT), secure: true })
const step = (start) =>
  new Promise((resolve, reject) => {
    connection.once('error', reject)
    start((error, value) => (error ? reject(error) : resolve(value)))
  })
await step((done) => connection.connect(done))
await step((done) => connection.login({ user: env.INPUT_USERNAME, pass: env.INPUT_PASSWORD }, done))
await step((done) => connection.send({ from: message.from, to: [message.to] }, new MailComposer(message).compile().createReadStream(), done))
connection.close()
