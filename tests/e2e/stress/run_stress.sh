#!/bin/sh
# run_stress.sh KMDFHOST KMDFCTL STRESS_CLIENT ECHO_SYS ECHOFILTER_SYS [CLIENTS] [OPS]
# The I/O stress test: a real kmdfhost with echo under the echofilter upper filter,
# CLIENTS (8) client processes of OPS (10000) mixed overlapped requests each, with random
# cancellations and handle closes. Every request must complete exactly once (each client
# checks), the host must survive, and shutdown must report no leaks for either driver.
set -u
HOST=$1 CTL=$2 CLIENT=$3 ECHO_SYS=$4 FILTER_SYS=$5 CLIENTS=${6:-8} OPS=${7:-10000}

. "$(dirname "$0")/../lib/host.sh"
FAIL_LOG_LINES=40
e2e_setup "stress"

printf 'device ROOT\\ECHO 0000 echo %s\nfilter ROOT\\ECHO echofilter %s\n' "$ECHO_SYS" "$FILTER_SYS" > "$CONFIG"
e2e_start_host "$HOST"

PIDS=
c=1
while [ $c -le "$CLIENTS" ]; do
    "$CLIENT" "$c" "$OPS" > "$WORK/client$c.out" 2>&1 &
    PIDS="$PIDS $!"
    c=$((c + 1))
done
c=1
for pid in $PIDS; do
    wait "$pid" || fail "client $c: $(cat "$WORK/client$c.out")"
    cat "$WORK/client$c.out"
    c=$((c + 1))
done
kill -0 "$HOST_PID" 2>/dev/null || fail "kmdfhost died under load"

REPORT=$("$CTL" --socket "$SOCKET" shutdown) || fail "kmdfctl shutdown failed: $REPORT"
wait "$HOST_PID"; STATUS=$?
HOST_PID=
[ $STATUS -eq 0 ] || fail "kmdfhost exited $STATUS: $REPORT"
printf '%s\n' "$REPORT" | grep -q "driver echo unloaded: 0 leaked pool allocations, 0 leaked framework objects" ||
    fail "echo did not unload cleanly: $REPORT"
printf '%s\n' "$REPORT" | grep -q "driver echofilter unloaded: 0 leaked pool allocations, 0 leaked framework objects" ||
    fail "echofilter did not unload cleanly: $REPORT"
echo "stress: passed ($CLIENTS clients x $OPS requests)"
