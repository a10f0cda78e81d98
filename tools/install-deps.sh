#!/bin/sh
# Installs the programs the build and the tests need, from Debian's or
# Ubuntu's packages. Run by make before it builds; does nothing when all
# of them are present. Without root or sudo it prints the command and stops.
# TOOLPREFIX_SET=1 (make sets it when TOOLPREFIX= is given) skips the
# cross compiler.
set -e

# program-to-check:debian-package pairs.
NEEDS="
i686-linux-gnu-gcc:gcc-i686-linux-gnu
i686-linux-gnu-ld:binutils-i686-linux-gnu
qemu-system-i386:qemu-system-x86
grub-mkrescue:grub-common
xorriso:xorriso
mformat:mtools
gdb-multiarch:gdb-multiarch
cpio:cpio
clang-format:clang-format
mke2fs:e2fsprogs
"
PY=/usr/bin/python3

missing=""
for pair in $NEEDS; do
	prog=${pair%%:*}
	pkg=${pair#*:}
	case $prog in
	i686-linux-gnu-*)
		# Another i386-capable toolchain will do: one chosen with
		# TOOLPREFIX=, or an i686-elf cross compiler on PATH.
		if [ -n "$TOOLPREFIX_SET" ] ||
		   command -v i686-elf-gcc >/dev/null 2>&1; then
			continue
		fi
		;;
	esac
	# e2fsprogs lives in /sbin, often not on a user's PATH.
	command -v "$prog" >/dev/null 2>&1 || [ -x "/sbin/$prog" ] ||
		[ -x "/usr/sbin/$prog" ] || missing="$missing $pkg"
done
# grub-mkrescue needs the BIOS platform files for an i386 image.
[ -d /usr/lib/grub/i386-pc ] || missing="$missing grub-pc-bin"
# Python modules, as module:debian-package pairs, seen by /usr/bin/python3:
# the test runner (pytest, pytest-xdist) and the charts of make bench and
# tools/emptyloop-plot.py (matplotlib). find_spec finds a module without
# importing it: importing pytest takes a quarter of a second, and make
# runs this script every time.
PYMODS="
pytest:python3-pytest
xdist:python3-pytest-xdist
matplotlib:python3-matplotlib
"
[ -x $PY ] || missing="$missing python3"
for pair in $PYMODS; do
	mod=${pair%%:*}
	pkg=${pair#*:}
	if ! [ -x $PY ] ||
	   ! $PY -c "from importlib.util import find_spec
assert find_spec('$mod')" >/dev/null 2>&1; then
		missing="$missing $pkg"
	fi
done

[ -z "$missing" ] && exit 0

if [ "$(id -u)" = 0 ]; then
	SUDO=""
elif command -v sudo >/dev/null 2>&1 && sudo -n true 2>/dev/null; then
	SUDO="sudo"
else
	echo "install-deps: missing packages:$missing" >&2
	echo "install-deps: run this, then make again:" >&2
	echo "  sudo apt-get update && sudo apt-get install -y --no-install-recommends$missing" >&2
	exit 1
fi
echo "install-deps: installing:$missing"
export DEBIAN_FRONTEND=noninteractive
$SUDO apt-get update -q
# shellcheck disable=SC2086
$SUDO apt-get install -y -q --no-install-recommends $missing
