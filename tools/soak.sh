#!/bin/sh
# make soak: long runs of the system-call fuzzer (user/fuzz.c) under each
# memory model, then a verdict per model. Builds nothing; `make soak`
# builds first. Each model gets SOAK_CALLS calls split over SOAK_BOOTS
# boots with consecutive seeds (so a failing boot replays quickly); the
# models run side by side. A boot passes when QEMU powered off cleanly
# (status 1), nothing panicked, the fuzzer printed its summary line and no
# FAIL line, init saw it exit with 0, and free frames were equal before
# and after. Logs go to build/soak/.
#
# Settings (environment): SOAK_CALLS (default 1000000 per model),
# SOAK_BOOTS (4), SOAK_SEED (default: from the clock; printed, so
# SOAK_SEED=S make soak repeats a run), SOAK_MODES ("paging segment"),
# SOAK_TIMEOUT (seconds per boot, default 1800).

CALLS=${SOAK_CALLS:-1000000}
BOOTS=${SOAK_BOOTS:-4}
SEED=${SOAK_SEED:-$(date +%s)}
MODES=${SOAK_MODES:-paging segment}
TIMEOUT=${SOAK_TIMEOUT:-1800}
ROOT=$(cd "$(dirname "$0")/.." && pwd)
KERNEL=$ROOT/build/kernel.elf
INITRD=$ROOT/build/initrd.cpio
LOGDIR=$ROOT/build/soak

if [ ! -f "$KERNEL" ] || [ ! -f "$INITRD" ] ||
	[ ! -f "$ROOT/build/initrd/bin/fuzz" ]; then
	echo "soak: build first (make all): no kernel, initrd or /bin/fuzz"
	exit 2
fi
mkdir -p "$LOGDIR"
# Every boot runs the same build, even if make runs again meanwhile.
cp "$KERNEL" "$LOGDIR/kernel.elf" && cp "$INITRD" "$LOGDIR/initrd.cpio" ||
	exit 2
KERNEL=$LOGDIR/kernel.elf
INITRD=$LOGDIR/initrd.cpio

# check LOG N STATUS: prints what is wrong with a boot, nothing if it passed.
check() {
	log=$1 n=$2 status=$3
	[ "$status" = 1 ] || echo "QEMU exit status $status (1 is a clean" \
		"power-off, 3 a panic, 124 the $TIMEOUT s timeout)"
	grep -q '^PANIC' "$log" && grep -m1 '^PANIC' "$log"
	grep -q "^fuzz: $n calls, [0-9]* children, [0-9]* killed by signals, done\$" "$log" ||
		echo "no fuzz summary line for $n calls"
	grep -m3 'FAIL' "$log"
	grep -q '^init: /bin/fuzz exited with status 0$' "$log" ||
		echo "init did not see fuzz exit with status 0"
	frames=$(sed -n 's/^init: free frames \([0-9]*\) before, \([0-9]*\) after$/\1 \2/p' "$log")
	if [ -z "$frames" ]; then
		echo "no 'init: free frames' line: the leak check did not run"
	else
		set -- $frames
		[ "$1" = "$2" ] || echo "frame leak: $1 free frames before, $2 after"
	fi
}

# soak_model MODE: all boots of one model; writes the verdict to a file.
soak_model() {
	mode=$1 per=$(((CALLS + BOOTS - 1) / BOOTS)) sofar=0 i=0 bad=0
	start=$(date +%s)
	while [ $sofar -lt "$CALLS" ]; do
		n=$per
		[ $((sofar + n)) -gt "$CALLS" ] && n=$((CALLS - sofar))
		seed=$((SEED + i))
		log=$LOGDIR/$mode-$seed.log
		t0=$(date +%s)
		(
			timeout "$TIMEOUT" qemu-system-i386 -m 128 -no-reboot \
				-display none -monitor none -serial stdio \
				-net none \
				-device isa-debug-exit,iobase=0xf4,iosize=0x04 \
				-kernel "$KERNEL" -initrd "$INITRD" \
				-append "quiet mm=$mode init=/bin/fuzz -s $seed -n $n" \
				</dev/null >"$log.raw" 2>&1
			echo $? >"$log.status"
		)
		tr -d '\r' <"$log.raw" >"$log" && rm -f "$log.raw"
		problems=$(check "$log" "$n" "$(cat "$log.status")")
		rm -f "$log.status"
		i=$((i + 1))
		if [ -n "$problems" ]; then
			bad=$((bad + 1))
			echo "soak: $mode: boot $i seed $seed, $n calls: FAILED" \
				"($(($(date +%s) - t0)) s), log $log"
			echo "$problems" | sed 's/^/soak:   /'
			echo "soak:   replay: qemu ... -append" \
				"'quiet mm=$mode init=/bin/fuzz -s $seed -n $n'"
		else
			echo "soak: $mode: boot $i seed $seed, $n calls ok" \
				"($(($(date +%s) - t0)) s)"
		fi
		sofar=$((sofar + n))
	done
	secs=$(($(date +%s) - start))
	if [ $bad -eq 0 ]; then
		echo "soak: $mode: $sofar calls, ok ($i boots, $secs s)" \
			>"$LOGDIR/verdict-$mode"
	else
		echo "soak: $mode: $sofar calls, FAILED in $bad of $i boots" \
			"($secs s)" >"$LOGDIR/verdict-$mode"
	fi
}

echo "soak: seed $SEED, $CALLS calls per model in $BOOTS boots, models:" \
	"$MODES (repeat with SOAK_SEED=$SEED)"
rm -f "$LOGDIR"/verdict-*
for mode in $MODES; do
	soak_model "$mode" &
done
wait
status=0
for mode in $MODES; do
	if [ -f "$LOGDIR/verdict-$mode" ]; then
		cat "$LOGDIR/verdict-$mode"
		grep -q ', ok (' "$LOGDIR/verdict-$mode" || status=1
	else
		echo "soak: $mode: no verdict (the run was interrupted?)"
		status=1
	fi
done
exit $status
