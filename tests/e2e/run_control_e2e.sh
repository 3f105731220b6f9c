#!/bin/sh
# run_control_e2e.sh KMDFHOST KMDFCTL ECHOAPP ECHO_SYS
# kmdfctl's PnP and power verbs against a real kmdfhost serving echo: sleep S3 / wake
# (and the state errors), usage errors (exit 2), removal of a device (the tree loses it,
# echoapp then fails, a second removal names the missing device), and a clean shutdown.
set -u
HOST=$1 CTL=$2 ECHOAPP=$3 ECHO_SYS=$4

. "$(dirname "$0")/lib/host.sh"
e2e_setup "control e2e"

printf 'device ROOT\\ECHO 0000 echo %s\n' "$ECHO_SYS" > "$CONFIG"
e2e_start_host "$HOST"

ctl() { "$CTL" --socket "$SOCKET" "$@"; }

OUT=$(ctl sleep S3) || fail "kmdfctl sleep S3 exited $?"
[ "$OUT" = "the system is in S3" ] || fail "sleep S3 said: $OUT"
ctl sleep S4 2>"$WORK/err" && fail "a second sleep succeeded"
grep -q "the system is not in S0" "$WORK/err" || fail "second sleep error: $(cat "$WORK/err")"
OUT=$(ctl wake) || fail "kmdfctl wake exited $?"
[ "$OUT" = "the system is in S0" ] || fail "wake said: $OUT"
grep -q "po: the system is in S3" "$WORK/host.err" || fail "the host log has no S3 transition"
"$ECHOAPP" > "$WORK/app.out" 2>&1 || fail "echoapp after wake: $(cat "$WORK/app.out")"

ctl status 'ROOT\ECHO\0000' > "$WORK/status" || fail "kmdfctl status exited $?"
grep -q '  state: Started' "$WORK/status" || fail "status: $(cat "$WORK/status")"
grep -q 'KMDF function device, PnP state Started, power policy owner' "$WORK/status" || fail "status: $(cat "$WORK/status")"
grep -q 'system power: S0' "$WORK/status" || fail "status: $(cat "$WORK/status")"
ctl status 'ROOT\NOSUCH\0000' 2>/dev/null; [ $? -eq 1 ] || fail "status of an unknown device should fail (exit 1)"

OUT=$(ctl rebalance 'ROOT\ECHO\0000') || fail "kmdfctl rebalance exited $?"
[ "$OUT" = 'rebalanced ROOT\ECHO\0000 (stopped and restarted)' ] || fail "rebalance said: $OUT"
"$ECHOAPP" > "$WORK/app3.out" 2>&1 || fail "echoapp after the rebalance: $(cat "$WORK/app3.out")"

OUT=$(ctl disable 'ROOT\ECHO\0000') || fail "kmdfctl disable exited $?"
[ "$OUT" = 'disabled ROOT\ECHO\0000' ] || fail "disable said: $OUT"
ctl tree | grep -q 'ROOT\\ECHO\\0000  service=echo  state=Disabled' || fail "the tree does not show the disabled device: $(ctl tree)"
"$ECHOAPP" > "$WORK/app4.out" 2>&1 && fail "echoapp succeeded on a disabled device"
OUT=$(ctl enable 'ROOT\ECHO\0000') || fail "kmdfctl enable exited $?"
"$ECHOAPP" > "$WORK/app5.out" 2>&1 || fail "echoapp after enable: $(cat "$WORK/app5.out")"

ctl sleep S1 2>/dev/null; [ $? -eq 2 ] || fail "sleep S1 should be a usage error (exit 2)"
ctl remove 2>/dev/null; [ $? -eq 2 ] || fail "remove without an instance should be a usage error (exit 2)"

OUT=$(ctl remove 'ROOT\ECHO\0000') || fail "kmdfctl remove exited $?"
[ "$OUT" = 'removed ROOT\ECHO\0000' ] || fail "remove said: $OUT"
TREE=$(ctl tree) || fail "kmdfctl tree"
[ "$TREE" = "ROOT" ] || fail "the tree still lists devices: $TREE"
"$ECHOAPP" > "$WORK/app2.out" 2>&1 && fail "echoapp succeeded without the device"
ctl remove 'ROOT\ECHO\0000' 2>"$WORK/err"; [ $? -eq 1 ] || fail "a second remove should fail with exit 1"
grep -q 'no device ROOT\\ECHO\\0000' "$WORK/err" || fail "second remove error: $(cat "$WORK/err")"

ctl shutdown > "$WORK/shutdown.out" || fail "kmdfctl shutdown exited $?"
wait "$HOST_PID"; HOST_STATUS=$?; HOST_PID=
[ $HOST_STATUS -eq 0 ] || fail "kmdfhost exited $HOST_STATUS"
echo "control e2e: passed"
