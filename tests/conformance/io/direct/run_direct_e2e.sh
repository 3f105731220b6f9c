#!/bin/sh
# run_direct_e2e.sh KMDFHOST KMDFCTL DIRECT_CLIENT DIRECT_BAD_CLIENT WDMDIRECT_SYS
# Starts kmdfhost with the wdmdirect WDM driver (non-PnP, DO_DIRECT_IO control device),
# runs direct_client (1 MiB direct I/O through shared buffers), direct_bad_client (each
# misuse of the shared-buffer messages rejected), direct_client again (the host still
# serves), shuts the host down and checks the clean unload report.
set -u
HOST=$1 CTL=$2 CLIENT=$3 BAD_CLIENT=$4 DRIVER=$5

. "$(dirname "$0")/../../../e2e/lib/host.sh"
e2e_setup "direct e2e"

printf '# direct I/O e2e configuration\ndriver wdmdirect %s\n' "$DRIVER" > "$CONFIG"
e2e_start_host "$HOST"
echo "direct e2e: kmdfhost serves on $SOCKET"

"$CLIENT" > "$WORK/client1.out" 2>&1 || fail "direct_client: $(cat "$WORK/client1.out")"
cat "$WORK/client1.out"
grep -q "direct client: passed" "$WORK/client1.out" || fail "direct_client did not pass"

"$BAD_CLIENT" "$SOCKET" > "$WORK/bad.out" 2>&1 || fail "direct_bad_client: $(cat "$WORK/bad.out")"
cat "$WORK/bad.out"

# The host keeps serving well-behaved clients.
"$CLIENT" > "$WORK/client2.out" 2>&1 || fail "second direct_client: $(cat "$WORK/client2.out")"

# Once every client has gone, the host holds no client arena: no memfd mapped or open.
i=0
while grep -q "memfd:" "/proc/$HOST_PID/maps" 2>/dev/null ||
      ls -l "/proc/$HOST_PID/fd" 2>/dev/null | grep -q "memfd:"; do
    i=$((i + 1)); [ $i -gt 100 ] && fail "kmdfhost still maps or holds a client arena: $(grep memfd: "/proc/$HOST_PID/maps")"
    sleep 0.1
done
echo "direct e2e: no client arena left mapped or open in kmdfhost"

SHUTDOWN=$("$CTL" --socket "$SOCKET" shutdown); CTL_STATUS=$?
printf '%s\n' "$SHUTDOWN"
[ $CTL_STATUS -eq 0 ] || fail "kmdfctl shutdown exited $CTL_STATUS"
wait "$HOST_PID"; HOST_STATUS=$?
HOST_PID=
[ $HOST_STATUS -eq 0 ] || fail "kmdfhost exited $HOST_STATUS"
grep -q "driver wdmdirect unloaded: 0 leaked pool allocations (0 bytes)" "$STATE/kmdfhost.log" ||
    fail "no clean unload report for wdmdirect in the log: $(grep unloaded "$STATE/kmdfhost.log")"
echo "direct e2e: passed"
