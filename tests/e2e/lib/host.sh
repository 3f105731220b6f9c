# Shared by the end-to-end scripts (POSIX sh, sourced):
#   e2e_setup NAME      a temporary WORK folder with SOCKET, STATE and CONFIG paths,
#                       KMDF_SOCKET exported, and fail/cleanup that name the test NAME
#   e2e_start_host HOST starts HOST on CONFIG in the background (HOST_PID) and waits
#                       until it serves, at most 30 s
# fail prints the last FAIL_LOG_LINES (default: all) lines of the host's stderr.

e2e_setup() {
    E2E_NAME=$1
    WORK=$(mktemp -d "/tmp/kmdf-$(echo "$1" | tr ' ' '-').XXXXXX")
    SOCKET=$WORK/kmdf.sock
    STATE=$WORK/state
    CONFIG=$WORK/kmdfhost.conf
    HOST_PID=
    export KMDF_SOCKET=$SOCKET
    trap cleanup EXIT
}

fail() {
    echo "$E2E_NAME: FAILED: $*"
    echo "---- kmdfhost stderr ----"
    if [ -n "${FAIL_LOG_LINES:-}" ]; then tail -n "$FAIL_LOG_LINES" "$WORK/host.err" 2>/dev/null
    else cat "$WORK/host.err" 2>/dev/null; fi
    [ -n "$HOST_PID" ] && kill "$HOST_PID" 2>/dev/null
    exit 1
}

cleanup() {
    [ -n "$HOST_PID" ] && kill "$HOST_PID" 2>/dev/null
    rm -rf "$WORK"
}

e2e_start_host() {
    "$1" --config "$CONFIG" --state "$STATE" --socket "$SOCKET" 2>"$WORK/host.err" &
    HOST_PID=$!
    e2e_wait=0
    until grep -q "kmdfhost: serving on $SOCKET" "$WORK/host.err" 2>/dev/null; do
        kill -0 "$HOST_PID" 2>/dev/null || fail "kmdfhost exited before serving"
        e2e_wait=$((e2e_wait + 1)); [ $e2e_wait -gt 300 ] && fail "kmdfhost did not serve within 30 s"
        sleep 0.1
    done
}
