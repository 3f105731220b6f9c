#!/bin/sh
# run_e2e.sh KMDFHOST KMDFCTL ECHOAPP BAD_CLIENT [ECHO_SYS]
# Starts kmdfhost on a temporary socket and state directory (with the echo driver on
# ROOT\ECHO\0000 when ECHO_SYS is given), runs the clients, shuts the host down with
# kmdfctl and checks the exit statuses and the leak report.
set -u
HOST=$1 CTL=$2 ECHOAPP=$3 BAD=$4 ECHO_SYS=${5:-}

. "$(dirname "$0")/lib/host.sh"
e2e_setup "e2e"

echo "# e2e configuration" > "$CONFIG"
if [ -n "$ECHO_SYS" ]; then
    printf 'device ROOT\\ECHO 0000 echo %s\n' "$ECHO_SYS" >> "$CONFIG"
fi

e2e_start_host "$HOST"
echo "e2e: kmdfhost serves on $SOCKET"

# A second host on the same socket must refuse.
"$HOST" --config "$CONFIG" --state "$STATE" --socket "$SOCKET" 2>"$WORK/second.err" && fail "a second host started"
grep -q "another kmdfhost is already serving" "$WORK/second.err" || fail "second host: $(cat "$WORK/second.err")"

if [ -n "$ECHO_SYS" ]; then
    "$ECHOAPP" || fail "echoapp"
    "$ECHOAPP" -Async 16 || fail "echoapp -Async 16"
fi

TREE=$("$CTL" --socket "$SOCKET" tree) || fail "kmdfctl tree"
printf '%s\n' "$TREE"
if [ -n "$ECHO_SYS" ]; then
    printf '%s\n' "$TREE" | grep 'ROOT\\ECHO\\0000' | grep -q Started || fail "tree lacks a started ROOT\\ECHO\\0000"
fi

# A misbehaving client while a good one keeps working.
if [ -n "$ECHO_SYS" ]; then
    "$ECHOAPP" -Async 4 > "$WORK/good.out" 2>&1 &
    GOOD=$!
else
    ( for n in 1 2 3 4 5; do "$CTL" --socket "$SOCKET" tree >/dev/null || exit 1; done ) &
    GOOD=$!
fi
"$BAD" "$SOCKET" || fail "bad-input client"
wait $GOOD || fail "the good client failed while the bad one ran: $(cat "$WORK/good.out" 2>/dev/null)"
grep -q "malformed message" "$STATE/kmdfhost.log" || fail "the log does not report the malformed message"

"$CTL" --socket "$SOCKET" wmi list 2>/dev/null; [ $? -eq 2 ] || fail "kmdfctl wmi (not implemented yet) should exit 2"

SHUTDOWN=$("$CTL" --socket "$SOCKET" shutdown); CTL_STATUS=$?
printf '%s\n' "$SHUTDOWN"
[ $CTL_STATUS -eq 0 ] || fail "kmdfctl shutdown exited $CTL_STATUS"
wait "$HOST_PID"; HOST_STATUS=$?
HOST_PID=
[ $HOST_STATUS -eq 0 ] || fail "kmdfhost exited $HOST_STATUS"
[ -e "$SOCKET" ] && fail "the socket file is still there"
if [ -n "$ECHO_SYS" ]; then
    grep -q "driver echo unloaded: 0 leaked pool allocations (0 bytes), 0 leaked framework objects" "$STATE/kmdfhost.log" ||
        fail "no clean unload report for echo in the log"
    printf '%s\n' "$SHUTDOWN" | grep -q "driver echo unloaded: 0 leaked pool allocations, 0 leaked framework objects" ||
        fail "kmdfctl shutdown did not report the clean unload of echo"
fi
"$CTL" --socket "$SOCKET" tree 2>"$WORK/ctl.err" && fail "kmdfctl succeeded without a host"
grep -q "cannot connect to $SOCKET" "$WORK/ctl.err" || fail "kmdfctl error text: $(cat "$WORK/ctl.err")"
echo "e2e: passed"
