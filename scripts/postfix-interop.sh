#!/usr/bin/env bash
# Runs the built action (dist/index.js) against a real Postfix: submission on loopback with
# STARTTLS required, a certificate from a CA made for this run, and SASL authentication
# through Dovecot (a password file, and XOAUTH2 tokens checked with an OAuth2 introspection
# endpoint that the test serves on POSTFIX_INTEROP_OAUTH_PORT). The checks themselves are in __tests__/postfix.interop.ts; extra arguments
# go to vitest.
#
# Everything lives in a fresh directory under /tmp: its own Postfix instance (postfix -c),
# its own Dovecot (dovecot -c), free ports on 127.0.0.1, and mail delivered only to a
# Maildir for the domain example.test. Nothing in /etc is changed, nothing is relayed and
# no DNS is used, so the script can run any number of times, even next to a system Postfix.
#
# Where Postfix or Dovecot is not installed (or not running as root, which Postfix's
# master needs), it prints "SKIPPED: postfix interop (reason)" and exits 0. `.ci/run`
# installs the Debian packages first, so there a missing server cannot pass silently.
set -euo pipefail
# A closed pipe (`| head`) makes writes fail instead of killing the script before its clean-up.
trap '' PIPE
cd "$(dirname "$0")/.."

skip() {
  echo "SKIPPED: postfix interop ($1)"
  exit 0
}

[ -x /usr/sbin/postfix ] || skip "Postfix is not installed: apt-get install postfix dovecot-core"
[ -x /usr/sbin/dovecot ] || skip "Dovecot is not installed: apt-get install dovecot-core"
[ "$(id -u)" = 0 ] || skip "Postfix's master process must be started as root"
[ -f dist/index.js ] || { echo "dist/index.js is missing: run 'npm run bundle' first." >&2; exit 1; }

work="$(mktemp -d /tmp/postfix-interop.XXXXXX)"
# Postfix's daemons (user postfix) and the virtual delivery agent must reach their files.
chmod 755 "$work"
conf="$work/postfix"
dovecot_conf="$work/dovecot.conf"

cleanup() {
  local status=$?
  set +e
  # Stop both servers, and make sure of it: these are the only processes this script leaves.
  local postfix_pid dovecot_pid
  postfix_pid="$(tr -d ' ' <"$work/spool/pid/master.pid" 2>/dev/null)"
  dovecot_pid="$(cat "$work/dovecot/master.pid" 2>/dev/null)"
  /usr/sbin/postfix -c "$conf" stop >/dev/null 2>&1
  [ -n "$dovecot_pid" ] && kill "$dovecot_pid" 2>/dev/null
  for pid in $postfix_pid $dovecot_pid; do
    for _ in $(seq 1 25); do kill -0 "$pid" 2>/dev/null || break; sleep 0.2; done
    kill -KILL "$pid" 2>/dev/null
  done
  if [ "$status" != 0 ]; then
    # What the servers said is the quickest way to see why a check failed.
    for log in "$work/postfix.log" "$work/dovecot.log"; do
      [ -s "$log" ] && { echo "--- $log (last 40 lines)"; tail -n 40 "$log"; }
    done
  fi
  rm -rf "$work"
  exit "$status"
}
trap cleanup EXIT
trap 'exit 130' INT TERM

free_port() {
  node -e 'const s = require("net").createServer().listen(0, "127.0.0.1", () => { console.log(s.address().port); s.close() })'
}
submission_port="$(free_port)"
plain_port="$(free_port)"
while [ "$plain_port" = "$submission_port" ]; do plain_port="$(free_port)"; done
# The test serves an OAuth2 token and introspection endpoint here (HTTPS, same certificate).
oauth_port="$(free_port)"
while [ "$oauth_port" = "$submission_port" ] || [ "$oauth_port" = "$plain_port" ]; do oauth_port="$(free_port)"; done

# Runs a command silently, showing what it printed only when it fails.
quietly() {
  local printed
  printed="$("$@" 2>&1)" || { echo "$printed" >&2; echo "failed: $*" >&2; return 1; }
}

# --- Certificates: a CA for this run and a server certificate for localhost / 127.0.0.1.
mkdir -p "$work/tls"
quietly openssl req -x509 -newkey ec -pkeyopt ec_paramgen_curve:P-256 -nodes -days 1 \
  -subj "/CN=Postfix Interop Test CA" \
  -addext "basicConstraints=critical,CA:TRUE" -addext "keyUsage=critical,keyCertSign,cRLSign" \
  -keyout "$work/tls/ca-key.pem" -out "$work/tls/ca.pem"
quietly openssl req -new -newkey ec -pkeyopt ec_paramgen_curve:P-256 -nodes -subj "/CN=localhost" \
  -keyout "$work/tls/server-key.pem" -out "$work/tls/server.csr"
printf '%s\n' "basicConstraints=CA:FALSE" "keyUsage=digitalSignature" "extendedKeyUsage=serverAuth" \
  "subjectAltName=DNS:localhost,IP:127.0.0.1" >"$work/tls/server.ext"
quietly openssl x509 -req -in "$work/tls/server.csr" -CA "$work/tls/ca.pem" -CAkey "$work/tls/ca-key.pem" \
  -CAcreateserial -days 1 -extfile "$work/tls/server.ext" -out "$work/tls/server.pem"
chmod 600 "$work/tls/server-key.pem" "$work/tls/ca-key.pem"

# --- Dovecot: only the authentication service, answering Postfix on a Unix socket.
sasl_user="ci@example.test"
sasl_password="interop-$(openssl rand -hex 12)"
mkdir -p "$work/dovecot"
printf '%s:%s\n' "$sasl_user" "$(doveadm pw -s SHA512-CRYPT -p "$sasl_password")" >"$work/dovecot-users"
chown root:dovecot "$work/dovecot-users"
chmod 640 "$work/dovecot-users"
cat >"$dovecot_conf" <<EOF
protocols = none
base_dir = $work/dovecot
state_dir = $work/dovecot-state
log_path = $work/dovecot.log
ssl = no
disable_plaintext_auth = no
auth_mechanisms = plain login xoauth2
passdb {
  driver = passwd-file
  mechanisms = plain login
  args = scheme=SHA512-CRYPT $work/dovecot-users
}
# XOAUTH2: Dovecot asks the provider's introspection endpoint whether the token is active.
passdb {
  driver = oauth2
  mechanisms = xoauth2
  args = $work/dovecot-oauth2.conf
}
userdb {
  driver = static
  args = uid=nobody gid=nogroup home=$work/mail/%d/%n
}
service auth {
  unix_listener auth-postfix {
    mode = 0660
    user = postfix
    group = postfix
  }
}
EOF

cat >"$work/dovecot-oauth2.conf" <<EOF
introspection_mode = post
introspection_url = https://127.0.0.1:$oauth_port/introspect
force_introspection = yes
username_attribute = email
active_attribute = active
active_value = true
tls_ca_cert_file = $work/tls/ca.pem
EOF

# --- Postfix: a private instance. Submission requires STARTTLS, then SASL; mail for
# example.test goes to a Maildir; anything else is refused, never relayed.
mkdir -p "$conf" "$work/spool" "$work/data" "$work/mail"
chown postfix:postfix "$work/data"
chown nobody:nogroup "$work/mail"
printf '%s\n' "team@example.test example.test/team/" >"$work/vmailbox"
cat >"$conf/main.cf" <<EOF
compatibility_level = 3.6
queue_directory = $work/spool
data_directory = $work/data
maillog_file_prefixes = $work
maillog_file = $work/postfix.log
myhostname = mail.example.test
mydomain = example.test
myorigin = \$mydomain
mydestination =
inet_interfaces = 127.0.0.1
inet_protocols = ipv4
mynetworks = 127.0.0.1/32
relayhost =
relay_domains =
alias_maps =
alias_database =
# No lookups, no relaying: the only deliveries are to the Maildir below.
smtp_dns_support_level = disabled
smtp_host_lookup = native
smtpd_peername_lookup = no
default_transport = error:this test server delivers only to example.test
virtual_mailbox_domains = example.test
virtual_mailbox_base = $work/mail
virtual_mailbox_maps = texthash:$work/vmailbox
virtual_uid_maps = static:$(id -u nobody)
virtual_gid_maps = static:$(id -g nobody)
smtpd_tls_cert_file = $work/tls/server.pem
smtpd_tls_key_file = $work/tls/server-key.pem
smtpd_tls_mandatory_protocols = >=TLSv1.2
# Recorded in the Received header, which the test reads back.
smtpd_tls_received_header = yes
smtpd_sasl_authenticated_header = yes
smtpd_sasl_type = dovecot
smtpd_sasl_path = $work/dovecot/auth-postfix
smtpd_sasl_auth_enable = yes
smtpd_relay_restrictions = permit_sasl_authenticated, reject
smtpd_recipient_restrictions = permit_sasl_authenticated, reject
EOF
cat >"$conf/master.cf" <<EOF
# Submission: STARTTLS is required, and AUTH is only offered after it.
127.0.0.1:$submission_port inet n - n - - smtpd
  -o syslog_name=postfix/submission
  -o smtpd_tls_security_level=encrypt
  -o smtpd_tls_auth_only=yes
# The same server without STARTTLS: the action must refuse to log in here.
127.0.0.1:$plain_port inet n - n - - smtpd
  -o syslog_name=postfix/plain
  -o smtpd_tls_security_level=none
  -o smtpd_tls_auth_only=no
pickup    unix  n       -       n       60      1       pickup
cleanup   unix  n       -       n       -       0       cleanup
qmgr      unix  n       -       n       300     1       qmgr
tlsmgr    unix  -       -       n       1000?   1       tlsmgr
rewrite   unix  -       -       n       -       -       trivial-rewrite
bounce    unix  -       -       n       -       0       bounce
defer     unix  -       -       n       -       0       bounce
trace     unix  -       -       n       -       0       bounce
verify    unix  -       -       n       -       1       verify
flush     unix  n       -       n       1000?   0       flush
proxymap  unix  -       -       n       -       -       proxymap
showq     unix  n       -       n       -       -       showq
error     unix  -       -       n       -       -       error
retry     unix  -       -       n       -       -       error
discard   unix  -       -       n       -       -       discard
virtual   unix  -       n       n       -       -       virtual
anvil     unix  -       -       n       -       1       anvil
scache    unix  -       -       n       -       1       scache
postlog   unix-dgram n  -       n       -       1       postlogd
EOF

echo "Starting Dovecot $(dovecot --version | cut -d' ' -f1) (SASL) and Postfix $(postconf -d -h mail_version) on 127.0.0.1:$submission_port (STARTTLS) and :$plain_port (no TLS)."
/usr/sbin/dovecot -c "$dovecot_conf"
if ! /usr/sbin/postfix -c "$conf" start; then
  # Without syslog Postfix explains itself only on a terminal: rerun the check on one.
  script -qec "/usr/sbin/postfix -c $conf check" /dev/null || true
  exit 1
fi

# Both servers answer within a second or two; wait for the greeting rather than a fixed time.
for _ in $(seq 1 50); do
  if [ -S "$work/dovecot/auth-postfix" ] && (exec 3<>"/dev/tcp/127.0.0.1/$submission_port") 2>/dev/null; then break; fi
  sleep 0.2
done

export POSTFIX_INTEROP_HOST=localhost
export POSTFIX_INTEROP_PORT="$submission_port"
export POSTFIX_INTEROP_PLAIN_PORT="$plain_port"
export POSTFIX_INTEROP_USER="$sasl_user"
export POSTFIX_INTEROP_PASSWORD="$sasl_password"
export POSTFIX_INTEROP_RECIPIENT="team@example.test"
export POSTFIX_INTEROP_MAILDIR="$work/mail/example.test/team"
export POSTFIX_INTEROP_LOG="$work/postfix.log"
export POSTFIX_INTEROP_OAUTH_PORT="$oauth_port"
export POSTFIX_INTEROP_TLS_KEY="$work/tls/server-key.pem"
export POSTFIX_INTEROP_TLS_CERT="$work/tls/server.pem"
export NODE_EXTRA_CA_CERTS="$work/tls/ca.pem"
npx vitest run --config vitest.interop.config.ts "$@"
