#!/bin/sh
# run_surprise_io_e2e.sh KMDFHOST KMDFCTL SURPRISE_IO_CLIENT KMDFINFLIGHT_SYS
# Surprise removal with I/O in flight, through a real kmdfhost, kmdfctl and a client
# process (surprise_io_client): the client leaves reads, IOCTLs and a write pending on the
# kmdfinflight test driver; `kmdfctl surprise-remove` removes the device under them. The
# client checks how each request ended and that new opens and I/O fail; this script
# checks that the device stays (SurpriseRemovePending) while the client's handle is open,
# and that closing the last handle removes it: EvtCleanupCallback of the WDFDEVICE, the
# node gone from the tree, the driver unloaded with nothing leaked. Every wait has a
# deadline, so a hang fails the test instead of blocking ctest.
set -u
HOST=$1 CTL=$2 CLIENT=$3 INFLIGHT_SYS=$4

. "$(dirname "$0")/../lib/host.sh"
e2e_setup "surprise io e2e"
CLIENT_PID=
trap '[ -n "$CLIENT_PID" ] && kill "$CLIENT_PID" 2>/dev/null; cleanup' EXIT

INSTANCE='ROOT\KMDFINFLIGHT\0000'
ctl() { timeout 20 "$CTL" --socket "$SOCKET" "$@"; }
client_fail() {
    fail "$1
---- surprise_io_client output ----
$(cat "$WORK/client.out" 2>/dev/null)"
}
# client_says LINE SECONDS: waits until the client printed LINE; fails if it exits first.
client_says() {
    n=0
    until grep -qx "$1" "$WORK/client.out" 2>/dev/null; do
        kill -0 "$CLIENT_PID" 2>/dev/null || { sleep 0.1; grep -qx "$1" "$WORK/client.out" && return 0;
            client_fail "the client exited before it printed \"$1\""; }
        n=$((n + 1)); [ $n -gt $(($2 * 10)) ] && client_fail "the client did not print \"$1\" within $2 s"
        sleep 0.1
    done
}
# logged TEXT: how many lines of the host's log contain TEXT.
logged() { grep -cF -- "$1" "$WORK/host.err"; }
expect_logged() {  # COUNT TEXT
    got=$(logged "$2")
    [ "$got" -eq "$1" ] || fail "the host log has $got lines with \"$2\", expected $1"
}

printf 'device ROOT\\KMDFINFLIGHT 0000 kmdfinflight %s\n' "$INFLIGHT_SYS" > "$CONFIG"
e2e_start_host "$HOST"

"$CLIENT" "$WORK/go" "$WORK/close" > "$WORK/client.out" 2>&1 &
CLIENT_PID=$!
client_says ready 15

OUT=$(ctl surprise-remove "$INSTANCE") || fail "kmdfctl surprise-remove exited $?: $OUT"
[ "$OUT" = "surprise-removed $INSTANCE" ] || fail "surprise-remove said: $OUT"
touch "$WORK/go"
client_says holding 20

# The client still has its handle open: the device waits for it (no IRP_MN_REMOVE_DEVICE).
TREE=$(ctl tree) || fail "kmdfctl tree exited $?"
printf '%s\n' "$TREE" | grep -qxF "  $INSTANCE  service=kmdfinflight  state=SurpriseRemovePending" ||
    client_fail "the tree does not show the device as surprise-removed while a handle is open:
$TREE"
expect_logged 1 'kmdfinflight: EvtDeviceSurpriseRemoval'
expect_logged 2 'kmdfinflight: EvtIoStop(IOCTL_KMDFINFLIGHT_HOLD, WdfRequestStopActionPurge)'
expect_logged 1 'kmdfinflight: EvtIoStop(IOCTL_KMDFINFLIGHT_HOLD_REQUEUE, WdfRequestStopActionPurge)'
expect_logged 1 'kmdfinflight: EvtRequestCancel(write)'
expect_logged 0 'kmdfinflight: EvtCleanupCallback(WDFDEVICE)'
expect_logged 0 "pnp: $INSTANCE removed"

# The last handle closes: now the device is removed.
touch "$WORK/close"
n=0
while kill -0 "$CLIENT_PID" 2>/dev/null; do
    n=$((n + 1)); [ $n -gt 150 ] && client_fail "the client did not exit within 15 s of closing its handle"
    sleep 0.1
done
wait "$CLIENT_PID"; CLIENT_STATUS=$?; CLIENT_PID=
[ $CLIENT_STATUS -eq 0 ] || client_fail "surprise_io_client exited $CLIENT_STATUS"
cat "$WORK/client.out"

# The PnP manager logs the removal last, after the driver's cleanup and unload.
n=0
until [ "$(logged "pnp: $INSTANCE removed")" -eq 1 ]; do
    n=$((n + 1))
    [ $n -gt 100 ] && fail "the device was not removed within 10 s of its last handle closing: $(ctl tree)"
    sleep 0.1
done
TREE=$(ctl tree) || fail "kmdfctl tree exited $?"
[ "$TREE" = "ROOT" ] || fail "the tree still lists devices after the removal: $TREE"
expect_logged 1 'kmdfinflight: EvtCleanupCallback(WDFDEVICE)'
expect_logged 0 'WDF verifier'
grep -qF "driver kmdfinflight unloaded: 0 leaked pool allocations (0 bytes), 0 leaked framework objects" \
    "$WORK/host.err" || fail "no clean unload report for kmdfinflight in the log"

ctl shutdown > "$WORK/shutdown.out" || fail "kmdfctl shutdown: $(cat "$WORK/shutdown.out")"
n=0
while kill -0 "$HOST_PID" 2>/dev/null; do
    n=$((n + 1)); [ $n -gt 150 ] && fail "kmdfhost did not exit within 15 s of kmdfctl shutdown"
    sleep 0.1
done
wait "$HOST_PID"; HOST_STATUS=$?; HOST_PID=
[ $HOST_STATUS -eq 0 ] || fail "kmdfhost exited $HOST_STATUS"
echo "surprise io e2e: passed"
