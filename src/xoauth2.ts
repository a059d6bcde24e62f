import type { CustomAuthenticationContext } from 'nodemailer/lib/smtp-connection'

// The SMTP side of OAuth2, which every send with a token needs; the token endpoint, its
// diagnoses and the provider catalogue (oauth2.ts) are loaded only in runs that use OAuth2.

/** Google's token endpoint; other providers have their own (`oauth2-token-url`). */
export const GOOGLE_TOKEN_URL = 'https://oauth2.googleapis.com/token'

/** The `oauth2-*` inputs: what it takes to get an access token for XOAUTH2. */
export interface OAuth2Settings {
  clientId: string
  clientSecret: string
  refreshToken: string
  tokenUrl: string
  /** `oauth2-scope`, sent as `scope` when not empty (Microsoft wants it; Google does not). */
  scope: string
}

/** The name nodemailer knows the XOAUTH2 handler by; the server sees plain `AUTH XOAUTH2`. */
export const XOAUTH2_WITH_TOKEN = 'XOAUTH2-TOKEN'

/**
 * XOAUTH2 with an access token fetched beforehand, as a nodemailer custom handler.
 * Gmail refuses a token with a 334 challenge carrying the error as base64 JSON; the empty
 * line sent back gets the final 5xx reply, which the diagnosis quotes. nodemailer logs
 * the commands of custom handlers as `AUTH XOAUTH2 /* secret *\/`.
 */
export async function xoauth2Login(ctx: CustomAuthenticationContext): Promise<void> {
  const { user, pass: accessToken } = ctx.auth.credentials
  const initial = Buffer.from(`user=${user}\x01auth=Bearer ${accessToken}\x01\x01`, 'utf8').toString('base64')
  let reply = await ctx.sendCommand(`AUTH XOAUTH2 ${initial}`)
  if (reply.status === 334) reply = await ctx.sendCommand('')
  if (reply.status !== 235) throw new Error('Invalid login')
}
