#!/bin/sh
# run_powerdemo_e2e.sh KMDFHOST KMDFCTL POWERDEMOAPP POWERDEMO_SYS
# The powerdemo sample through real kmdfhost, kmdfctl and a client: each PnP/power
# scenario is driven from the command line and the callbacks the driver logged
# ("powerdemo: EvtXxx(...)" lines of the host's log) are compared with the golden
# sequence of docs/sequences, keeping the callbacks powerdemo registers (the filtering
# rule of docs/sequences/README.md; powerdemo holds no request, so no EvtIoStop/Resume).
# The device is configured with 'wake': powerdemo arms it for wake from S0 idle and from
# system sleep, so the armed sequences apply, and kmdfctl signal-wake plays the device's
# wake signal.
set -u
HOST=$1 CTL=$2 APP=$3 POWERDEMO_SYS=$4
GOLDEN=$(cd "$(dirname "$0")/../../docs/sequences" && pwd)

. "$(dirname "$0")/lib/host.sh"
e2e_setup "powerdemo e2e"

REGISTERED='EvtDriverDeviceAdd|EvtDevicePrepareHardware|EvtDeviceReleaseHardware|EvtDeviceD0Entry|EvtDeviceD0EntryPostInterruptsEnabled|EvtDeviceD0ExitPreInterruptsDisabled|EvtDeviceD0Exit|EvtDeviceSelfManagedIoInit|EvtDeviceSelfManagedIoSuspend|EvtDeviceSelfManagedIoRestart|EvtDeviceSelfManagedIoFlush|EvtDeviceSelfManagedIoCleanup|EvtDeviceQueryStop|EvtDeviceQueryRemove|EvtDeviceSurpriseRemoval|EvtCleanupCallback|EvtDestroyCallback|EvtDeviceArmWakeFromS0|EvtDeviceDisarmWakeFromS0|EvtDeviceWakeFromS0Triggered|EvtDeviceArmWakeFromSx|EvtDeviceDisarmWakeFromSx|EvtDeviceWakeFromSxTriggered'

golden() {
    grep -v '^#' "$GOLDEN/$1.seq" | sed 's/ *#.*//' | grep -v '^@' | grep -E "^($REGISTERED)(\(|\$)"
}
mark() { MARK=$(wc -l < "$WORK/host.err"); }
recorded() {
    sleep 0.2
    sed -n "$((MARK + 1)),\$p" "$WORK/host.err" | grep -o 'powerdemo: Evt.*' | sed 's/^powerdemo: //'
}
expect_golden() {  # NAME: the callbacks since the mark equal the filtered golden NAME
    golden "$1" > "$WORK/expected"
    recorded > "$WORK/actual"
    diff "$WORK/expected" "$WORK/actual" > "$WORK/diff" || fail "$1: the callbacks differ from docs/sequences/$1.seq:
$(cat "$WORK/diff")"
    echo "powerdemo e2e: $1 matches ($(wc -l < "$WORK/expected") callbacks)"
}
ctl() { "$CTL" --socket "$SOCKET" "$@" > /dev/null || fail "kmdfctl $*"; }

printf 'device ROOT\\POWERDEMO 0000 powerdemo %s wake\n' "$POWERDEMO_SYS" > "$CONFIG"
MARK=0
e2e_start_host "$HOST"
expect_golden fdo-startup
"$APP" idle 0 > /dev/null || fail "powerdemoapp idle 0"   # no idle power-down during the next scenarios

mark; ctl sleep S3; expect_golden fdo-system-sleep-s3-armed
mark; ctl wake; expect_golden fdo-system-wake-s3-armed-not-triggered
mark; ctl sleep S3; expect_golden fdo-system-sleep-s3-armed
mark; ctl signal-wake 'ROOT\POWERDEMO\0000'; expect_golden fdo-system-wake-s3-armed-wake-triggered
"$CTL" --socket "$SOCKET" status 'ROOT\POWERDEMO\0000' | grep -q 'system power: S0' || fail "the wake signal did not return the system to S0"
mark; ctl rebalance 'ROOT\POWERDEMO\0000'; expect_golden fdo-rebalance
# kmdfctl idle: the idle power-down now (armed); the wake signal brings the device back.
"$APP" idle 600000 > /dev/null || fail "powerdemoapp idle 600000"   # idle enabled, the timer never fires
mark; ctl idle 'ROOT\POWERDEMO\0000'; expect_golden fdo-idle-power-down-s0-armed
"$CTL" --socket "$SOCKET" status 'ROOT\POWERDEMO\0000' | grep -q 'power policy Idle, last transitions:.* Working -IdleTimeout-> IdlePoweringDown; IdlePoweringDown -PoweredDown-> Idle$' ||
    fail "kmdfctl status does not show the idle power policy: $("$CTL" --socket "$SOCKET" status 'ROOT\POWERDEMO\0000')"
mark; ctl signal-wake 'ROOT\POWERDEMO\0000'
n=0
until recorded | grep -q 'EvtDeviceDisarmWakeFromS0'; do
    n=$((n + 1)); [ $n -gt 50 ] && fail "no power-up within 10 s of the wake signal"
done
expect_golden fdo-idle-power-up-s0-armed-wake-triggered

# S0 idle: 300 ms without I/O powers the device down; the next request powers it up.
# The mark goes first: the power-down may come before the app has exited (an app slower
# to exit than the idle timeout, e.g. ThreadSanitizer's 1 s atexit sleep).
mark
"$APP" idle 300 > /dev/null || fail "powerdemoapp idle 300"
n=0
until recorded | grep -q 'EvtDeviceD0Exit(WdfPowerDeviceD3)'; do
    n=$((n + 1)); [ $n -gt 50 ] && fail "no idle power-down within 10 s"
done
expect_golden fdo-idle-power-down-s0-armed
mark; "$APP" idle 0 > /dev/null || fail "powerdemoapp idle 0 (wakes the device)"; expect_golden fdo-idle-power-up-s0-armed-not-triggered
"$APP" read > /dev/null || fail "powerdemoapp read"

mark; ctl disable 'ROOT\POWERDEMO\0000'; expect_golden fdo-orderly-removal
mark; ctl enable 'ROOT\POWERDEMO\0000'; expect_golden fdo-startup
"$APP" idle 0 > /dev/null || fail "powerdemoapp idle 0 after enable"
mark; ctl surprise-remove 'ROOT\POWERDEMO\0000'; expect_golden fdo-surprise-removal-in-d0

"$CTL" --socket "$SOCKET" shutdown > "$WORK/shutdown.out" || fail "kmdfctl shutdown: $(cat "$WORK/shutdown.out")"
wait "$HOST_PID"; HOST_STATUS=$?; HOST_PID=
[ $HOST_STATUS -eq 0 ] || fail "kmdfhost exited $HOST_STATUS"
echo "powerdemo e2e: passed"
