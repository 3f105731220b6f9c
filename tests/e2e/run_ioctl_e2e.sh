#!/bin/sh
# run_ioctl_e2e.sh KMDFHOST KMDFCTL IOCTLAPP IOCTL_SYS
# Starts kmdfhost with the ioctl sample as a non-PnP driver (a `driver ioctl IMAGE` line),
# runs ioctlapp (every buffer method, every byte checked) twice and its --help, shuts the
# host down with kmdfctl and checks the shutdown notification and the clean unload report.
set -u
HOST=$1 CTL=$2 IOCTLAPP=$3 IOCTL_SYS=$4

. "$(dirname "$0")/lib/host.sh"
e2e_setup "ioctl e2e"

"$IOCTLAPP" --help | grep -q "usage: ioctlapp" || fail "ioctlapp --help"

printf '# ioctl e2e configuration\ndriver ioctl %s\n' "$IOCTL_SYS" > "$CONFIG"
e2e_start_host "$HOST"
echo "ioctl e2e: kmdfhost serves on $SOCKET"

"$IOCTLAPP" > "$WORK/app1.out" 2>&1 || fail "ioctlapp: $(cat "$WORK/app1.out")"
cat "$WORK/app1.out"
for method in METHOD_BUFFERED METHOD_IN_DIRECT METHOD_OUT_DIRECT METHOD_NEITHER; do
    grep -q "$method" "$WORK/app1.out" || fail "ioctlapp did not report $method"
done
grep -q "all checks passed" "$WORK/app1.out" || fail "ioctlapp did not pass every check"
# A second client process finds the driver's state consistent.
"$IOCTLAPP" > "$WORK/app2.out" 2>&1 || fail "second ioctlapp: $(cat "$WORK/app2.out")"

SHUTDOWN=$("$CTL" --socket "$SOCKET" shutdown); CTL_STATUS=$?
printf '%s\n' "$SHUTDOWN"
[ $CTL_STATUS -eq 0 ] || fail "kmdfctl shutdown exited $CTL_STATUS"
wait "$HOST_PID"; HOST_STATUS=$?
HOST_PID=
[ $HOST_STATUS -eq 0 ] || fail "kmdfhost exited $HOST_STATUS"
grep -q "OkIoctl: shutdown notification" "$STATE/kmdfhost.log" || fail "no shutdown notification in the log"
grep -q "driver ioctl unloaded: 0 leaked pool allocations (0 bytes), 0 leaked framework objects" "$STATE/kmdfhost.log" ||
    fail "no clean unload report for ioctl in the log"
echo "ioctl e2e: passed"
