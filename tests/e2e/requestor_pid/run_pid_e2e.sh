#!/bin/sh
# run_pid_e2e.sh KMDFHOST KMDFCTL PID_CLIENT KMDFPROGRESS_SYS
# Starts kmdfhost with the kmdfprogress test driver on ROOT\KMDFPROGRESS\0000, runs two
# pid_client processes (each checks that WdfRequestGetRequestorProcessId in the driver
# answered its own pid), then shuts the host down.
set -u
HOST=$1 CTL=$2 CLIENT=$3 PROGRESS_SYS=$4

. "$(dirname "$0")/../lib/host.sh"
e2e_setup "requestor pid e2e"

printf '# requestor pid e2e configuration\ndevice ROOT\\KMDFPROGRESS 0000 kmdfprogress %s\n' "$PROGRESS_SYS" > "$CONFIG"
e2e_start_host "$HOST"
echo "requestor pid e2e: kmdfhost serves on $SOCKET"

for run in 1 2; do
    "$CLIENT" > "$WORK/client$run.out" 2>&1 || fail "pid_client: $(cat "$WORK/client$run.out")"
    cat "$WORK/client$run.out"
    grep -q '^pid [0-9]* driver-sees [0-9]*$' "$WORK/client$run.out" || fail "unexpected pid_client output"
done

SHUTDOWN=$("$CTL" --socket "$SOCKET" shutdown); CTL_STATUS=$?
[ $CTL_STATUS -eq 0 ] || fail "kmdfctl shutdown exited $CTL_STATUS"
wait "$HOST_PID"; HOST_STATUS=$?
HOST_PID=
[ $HOST_STATUS -eq 0 ] || fail "kmdfhost exited $HOST_STATUS"
echo "requestor pid e2e: passed"
