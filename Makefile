# The kestrel teaching kernel. `make` builds the kernel and a GRUB image,
# `make qemu` boots it, `make test` runs the boot-and-check suites.
# Everything generated goes under build/.

# Every generated file goes under here.
B := build

# ---- Toolchain: i686-elf-, else i686-linux-gnu-, else the host gcc -m32.
# TOOLPREFIX= on the command line overrides the search.
NOSETUP_GOALS := clean format check-format help print-%
ifeq ($(filter-out $(NOSETUP_GOALS),$(or $(MAKECMDGOALS),all)),)
SKIP_SETUP := 1
endif
ifndef SKIP_SETUP
SETUP := $(shell TOOLPREFIX_SET=$(if $(filter command line environment,$(origin TOOLPREFIX)),1) \
	tools/install-deps.sh >&2 && echo ok)
ifneq ($(SETUP),ok)
$(error tools/install-deps.sh could not set up the tools; see above)
endif
endif

ifndef TOOLPREFIX
TOOLPREFIX := $(shell \
	if command -v i686-elf-gcc >/dev/null 2>&1; then echo i686-elf-; \
	elif command -v i686-linux-gnu-gcc >/dev/null 2>&1; then echo i686-linux-gnu-; \
	else echo host; fi)
endif
ifeq ($(TOOLPREFIX),host)
TOOLPREFIX :=
ARCHFLAG := -m32
endif
CC := $(TOOLPREFIX)gcc $(ARCHFLAG)
LD := $(TOOLPREFIX)ld
NM := $(TOOLPREFIX)nm
OBJCOPY := $(TOOLPREFIX)objcopy
STRIP := $(TOOLPREFIX)strip
PYTHON := /usr/bin/python3

CFLAGS := -std=gnu11 -O2 -g -Wall -Wextra -Werror \
	-ffreestanding -fno-builtin -nostdinc -fno-pic -fno-pie \
	-fno-stack-protector -fno-omit-frame-pointer -fno-strict-aliasing \
	-fno-asynchronous-unwind-tables \
	-mno-sse -mno-mmx -mno-80387 -march=i686 \
	-isystem $(shell $(CC) -print-file-name=include) -Iinclude -I$(B)/include \
	-MMD -MP
ASFLAGS := $(CFLAGS) -D__ASSEMBLER__
LDFLAGS := -m elf_i386 -nostdlib --no-dynamic-linker -z noexecstack

# ---- QEMU and GDB.
QEMU := qemu-system-i386
MEM := 128
QEMUOPTS := -m $(MEM) -no-reboot \
	-device isa-debug-exit,iobase=0xf4,iosize=0x04
GDBPORT := $(shell expr `id -u` % 5000 + 25000)
GDB := $(shell if command -v gdb-multiarch >/dev/null 2>&1; then \
	echo gdb-multiarch; else echo gdb; fi)

.DEFAULT_GOAL := all

# ---- Kernel objects, in link order.
KOBJS := \
	$(B)/boot/entry.o \
	$(B)/kernel/main.o \
	$(B)/kernel/serial.o \
	$(B)/kernel/vga.o \
	$(B)/kernel/console.o \
	$(B)/kernel/fmt.o \
	$(B)/kernel/printf.o \
	$(B)/kernel/string.o \
	$(B)/kernel/cmdline.o \
	$(B)/kernel/intr.o \
	$(B)/kernel/defer.o \
	$(B)/kernel/power.o \
	$(B)/kernel/panic.o \
	$(B)/kernel/gdt.o \
	$(B)/kernel/segasm.o \
	$(B)/kernel/idt.o \
	$(B)/kernel/trap.o \
	$(B)/kernel/trapasm.o \
	$(B)/kernel/vectors.o \
	$(B)/kernel/pic.o \
	$(B)/kernel/pit.o \
	$(B)/kernel/timer.o \
	$(B)/kernel/watchdog.o \
	$(B)/kernel/rtc.o \
	$(B)/kernel/mem.o \
	$(B)/kernel/kalloc.o \
	$(B)/kernel/selftest.o \
	$(B)/kernel/kbd.o \
	$(B)/kernel/initrd.o \
	$(B)/kernel/pci.o \
	$(B)/kernel/ide.o \
	$(B)/kernel/bio.o \
	$(B)/kernel/ext2.o \
	$(B)/kernel/inode.o \
	$(B)/kernel/dir.o \
	$(B)/kernel/file.o \
	$(B)/kernel/fsfile.o \
	$(B)/kernel/pipe.o \
	$(B)/kernel/vm.o \
	$(B)/kernel/ucopy.o \
	$(B)/kernel/vm_paging.o \
	$(B)/kernel/vm_segment.o \
	$(B)/kernel/proc.o \
	$(B)/kernel/sched.o \
	$(B)/kernel/signal.o \
	$(B)/kernel/syssig.o \
	$(B)/kernel/kstack.o \
	$(B)/kernel/swtch.o \
	$(B)/kernel/elf.o \
	$(B)/kernel/exec.o \
	$(B)/kernel/syscall.o \
	$(B)/kernel/sysproc.o \
	$(B)/kernel/sysfile.o \
	$(B)/kernel/sysfs.o \
	$(B)/kernel/signame.o \
	$(B)/kernel/errname.o \
	$(B)/kernel/trace.o \
	$(B)/kernel/systab.o \
	$(B)/kernel/tracetab.o

# entry.S: multiboot header, paging on, call kmain
# main.c: kmain, bring-up order
# serial.c, vga.c, console.c: output to COM1 and the screen
# fmt.c, printf.c: kprintf (fmt.c is shared with user libc)
# cmdline.c: kernel options
# intr.c: nesting-safe cli/sti, and how long interrupts stay off
# defer.c: deferred work (top halves), run after interrupts
# power.c: QEMU exit and power-off
# panic.c: panic, register dumps, backtraces
# gdt.c, segasm.S: segments and the TSS
# idt.c, trap.c, trapasm.S, vectors.S: the trap path, the double-fault task
# pic.c, pit.c, timer.c, rtc.c: interrupts and time
# watchdog.c: the NMI watchdog (ticks as NMIs, through the I/O APIC)
# mem.c, kalloc.c: physical memory
# selftest.c: selftest= command-line tests
# kbd.c: the PS/2 keyboard
# initrd.c, file.c, pipe.c: the initrd's files, open files, pipes
# pci.c: PCI configuration space (finds the IDE controller)
# ide.c, bio.c: the ATA disk driver (poll, intr, dma) and buffer cache
# ext2.c, inode.c, dir.c: ext2: the volume and allocation, inodes, directories
# fsfile.c: open files of the disk and the initrd (read, write, lseek, fstat)
# vm.c, vm_paging.c, vm_segment.c: the two memory models, copyin/copyout
# ucopy.S: copyin and copyout's copy under paging, which may fault
# proc.c: processes: the table, fork, exit, wait, kill
# sched.c, swtch.S: the run queue, sleep and wakeup, the context switch
# signal.c, syssig.c: signals: posting, delivery (upcalls), sigreturn, timers
# kstack.c: kernel stacks with guard pages
# elf.c, exec.c: checking and loading programs
# syscall.c, sysproc.c, sysfile.c: the system calls
# sysfs.c: the calls that take paths (open, stat, mkdir, rename, ...)
# signame.c: signal names (shared with user libc)
# errname.c: error names and messages (shared with user libc)
# trace.c: the system-call tracer
# systab.c: the system call table, generated from tools/syscalls.tbl
# tracetab.c: how the tracer shows each call, generated from the same list

# ---- User programs: libc, crt0 and the programs in user/ and tests/user/.
# UFPUFLAGS: whether user code may use the FPU. The kernel does not give
# programs one yet (CR0.EM), so user code is built as the kernel is; when
# it saves each process's x87 state, this becomes -m80387 (issue 13,
# point 2). The library's own floating-point files (ULIBFPU below) always
# use the x87, and <math.h> and <stdlib.h> hide their functions from
# code built without it (GCC defines _SOFT_FLOAT then).
UFPUFLAGS := -mno-80387 -mno-sse -mno-mmx
UCFLAGS := $(filter-out -Iinclude -I$(B)/include -mno-80387 -mno-sse -mno-mmx,\
	$(CFLAGS)) $(UFPUFLAGS) -Iuser/include -Iinclude -I$(B)/include
ULIBOBJS := \
	$(B)/user/crt0.o \
	$(B)/user/usys.o \
	$(B)/user/fmt.o \
	$(B)/user/kstring.o \
	$(B)/user/ksigname.o \
	$(B)/user/kerrname.o \
	$(B)/user/setjmp.o \
	$(B)/user/kswtch.o \
	$(patsubst user/lib/%.c,$(B)/user/lib/%.o,$(wildcard user/lib/*.c))
# crt0.S: _start calls exit(main(argc, argv))
# usys.S: system call stubs, generated from tools/syscalls.tbl
# fmt.o: the printf engine, kernel/fmt.c compiled for user space (with floats)
# kstring.o: mem* and the basic str* functions, from kernel/string.c
# ksigname.o: signal names, from kernel/signame.c
# kerrname.o: error names and messages, from kernel/errname.c
# setjmp.S: setjmp/longjmp, sigsetjmp/siglongjmp
# kswtch.o: swtch, the context switch, from kernel/swtch.S (user threads)
# lib/*.c: the rest of the C library

UPROGS := $(patsubst user/%.c,%,$(wildcard user/*.c))
UTESTS := $(patsubst tests/user/%.c,%,$(wildcard tests/user/*.c))
# SUITE=DIR adds DIR/*.c as more self-describing tests under /test/.
ifdef SUITE
STESTS := $(patsubst $(SUITE)/%.c,%,$(wildcard $(SUITE)/*.c))
endif
LIBGCC := $(shell $(CC) -print-libgcc-file-name)

# Generated headers, needed before anything compiles.
GENHDRS := $(B)/include/syscall.h $(B)/include/sysproto.h

$(B)/include/syscall.h: tools/syscalls.tbl tools/mksyscalls.py
	$(PYTHON) tools/mksyscalls.py header > $@

$(B)/include/sysproto.h: tools/syscalls.tbl tools/mksyscalls.py
	$(PYTHON) tools/mksyscalls.py protos > $@

$(B)/kernel/systab.c: tools/syscalls.tbl tools/mksyscalls.py
	$(PYTHON) tools/mksyscalls.py table > $@

$(B)/kernel/tracetab.c: tools/syscalls.tbl tools/mksyscalls.py
	@mkdir -p $(dir $@)
	$(PYTHON) tools/mksyscalls.py trace > $@

$(B)/user/usys.S: tools/syscalls.tbl tools/mksyscalls.py
	$(PYTHON) tools/mksyscalls.py stubs > $@

$(B)/user/%.o: user/%.c $(GENHDRS)
	$(CC) $(UCFLAGS) -c -o $@ $<

$(B)/user/%.o: user/%.S $(GENHDRS)
	$(CC) $(UCFLAGS) -D__ASSEMBLER__ -c -o $@ $<

$(B)/user/usys.o: $(B)/user/usys.S $(GENHDRS)
	$(CC) $(UCFLAGS) -D__ASSEMBLER__ -c -o $@ $<

# math.c, math_c99.c, complex.c, rand48.c and strtod.c return doubles in
# st(0) and compute with the x87.
ULIBFPU := $(B)/user/lib/math.o $(B)/user/lib/math_c99.o \
	$(B)/user/lib/complex.o $(B)/user/lib/rand48.o $(B)/user/lib/strtod.o
$(ULIBFPU): UCFLAGS := $(filter-out $(UFPUFLAGS),$(UCFLAGS)) -m80387 \
	-mno-sse -mno-mmx

# FMT_FLOAT: the user build adds %f %e %g %a (digits from lib/fmtfloat.c).
$(B)/user/fmt.o: kernel/fmt.c
	$(CC) $(UCFLAGS) -DFMT_FLOAT -c -o $@ $<

$(B)/user/kstring.o: kernel/string.c
	$(CC) $(UCFLAGS) -c -o $@ $<

$(B)/user/ksigname.o: kernel/signame.c
	$(CC) $(UCFLAGS) -c -o $@ $<

$(B)/user/kerrname.o: kernel/errname.c
	@mkdir -p $(dir $@)
	$(CC) $(UCFLAGS) -c -o $@ $<

$(B)/user/kswtch.o: kernel/swtch.S
	$(CC) $(UCFLAGS) -D__ASSEMBLER__ -c -o $@ $<

$(B)/user/libc.a: $(ULIBOBJS)
	rm -f $@
	$(TOOLPREFIX)ar rcs $@ $(ULIBOBJS)

# Keep every intermediate file (objects, debug binaries): rebuilds stay quick.
.SECONDARY:

# Programs are linked with debug information under build/debug/ (for
# GDB's add-symbol-file) and copied into the initrd without it.
ULINK = $(LD) -m elf_i386 -nostdlib -z noexecstack -T user/user.ld \
	-o $@ $< $(B)/user/libc.a $(LIBGCC)

$(B)/debug/bin/%: $(B)/user/%.o $(B)/user/libc.a user/user.ld
	$(ULINK)

$(B)/utest/%.o: tests/user/%.c $(GENHDRS)
	$(CC) $(UCFLAGS) -c -o $@ $<

$(B)/debug/test/%: $(B)/utest/%.o $(B)/user/libc.a user/user.ld
	$(ULINK)

ifdef SUITE
$(B)/stest/%.o: $(SUITE)/%.c $(GENHDRS)
	$(CC) $(UCFLAGS) -c -o $@ $<

$(B)/debug/test/%: $(B)/stest/%.o $(B)/user/libc.a user/user.ld
	$(ULINK)
endif

# EXTRA=DIR: each DIR/NAME.c becomes /bin/NAME, built with tools/kcc the
# way any program from elsewhere would be (its warnings stay warnings).
# A name that user/ already has keeps user/'s program.
ifdef EXTRA
XPROGS := $(patsubst $(EXTRA)/%.c,%,$(wildcard $(EXTRA)/*.c))
$(B)/debug/bin/%: $(EXTRA)/%.c $(B)/user/libc.a user/user.ld tools/kcc
	@mkdir -p $(dir $@)
	TOOLPREFIX=$(TOOLPREFIX) KCC_BUILD=$(abspath $(B)) tools/kcc -O2 -g -o $@ $<
endif

# The initrd holds the programs without their debug information. Those
# linked since the last time ($?) are copied from build/debug/ to
# build/initrd/ and stripped there, all of them by one cp and one strip:
# with 200 programs, a process per program costs more than the work.
# build/initrd.progs only records when that was last done.
DEBUG_PROGS := $(addprefix $(B)/debug/bin/,$(UPROGS) $(XPROGS)) \
	$(addprefix $(B)/debug/test/,$(UTESTS) $(STESTS))
# All of them when the list of programs changed (EXTRA= given again).
NEW_PROGS = $(patsubst $(B)/debug/%,%,$(if $(filter $(B)/initrd.list,$?),\
	$(DEBUG_PROGS),$(filter $(B)/debug/%,$?)))

$(B)/initrd.progs: $(DEBUG_PROGS) $(B)/initrd.list
	cd $(B)/debug && cp --parents $(NEW_PROGS) ../initrd/
	cd $(B)/initrd && $(STRIP) --strip-debug $(NEW_PROGS)
	touch $@

# The names of /bin's programs, rewritten (as make reads this file) only
# when they change, an EXTRA= given or dropped, so that the image is
# remade then; not by make -n, which must change nothing.
PROGLIST := $(strip $(UPROGS) $(XPROGS))
ifeq ($(findstring n,$(firstword -$(MAKEFLAGS))),)
$(shell mkdir -p $(B) && echo '$(PROGLIST)' | cmp -s - $(B)/initrd.list || \
	echo '$(PROGLIST)' > $(B)/initrd.list)
endif

# The initrd: a cpio (newc) archive of build/initrd/, which holds the
# programs (bin/), the tests (test/), malformed ELF files (bad/) and the
# data files from user/files/.
$(B)/initrd.cpio: $(B)/initrd.progs tools/mkbadelf.py $(wildcard user/files/*)
	@# Drop programs of an earlier EXTRA= (or a deleted user/ program).
	@cd $(B)/initrd/bin && for f in *; do \
		case " $(UPROGS) $(XPROGS) " in *" $$f "*) ;; *) rm -f "$$f";; esac; \
	done
	$(PYTHON) tools/mkbadelf.py $(B)/initrd/bin/hello $(B)/initrd/bad
	$(if $(wildcard user/files/*),cp -p user/files/* $(B)/initrd/etc/)
	cd $(B)/initrd && find . -mindepth 1 | LC_ALL=C sort | \
		cpio --quiet -o -H newc > ../initrd.cpio

# The directories of build/, made once as make starts instead of by a
# mkdir in each rule (one process instead of 700).
BUILD_DIRS := $(B)/ $(sort $(dir $(GENHDRS) $(KOBJS) $(ULIBOBJS))) \
	$(B)/utest/ $(if $(SUITE),$(B)/stest/) $(B)/debug/bin/ $(B)/debug/test/ \
	$(B)/initrd/bin/ $(B)/initrd/test/ $(B)/initrd/bad/ $(B)/initrd/etc/
ifndef SKIP_SETUP
$(shell mkdir -p $(BUILD_DIRS))
endif

.PHONY: all iso qemu qemu-nox qemu-gdb qemu-nox-gdb gdb test clean format \
	check-format help bench soak disk

# The GRUB image is made only for the targets that boot it (qemu, test).
all: $(B)/kernel.elf $(B)/initrd.cpio
	@echo "built with TOOLPREFIX='$(TOOLPREFIX)'$(if $(ARCHFLAG), (host gcc $(ARCHFLAG)))"

iso: $(B)/kernel.iso

$(B)/%.o: %.c $(GENHDRS)
	$(CC) $(CFLAGS) -c -o $@ $<

$(B)/%.o: %.S $(GENHDRS)
	$(CC) $(ASFLAGS) -c -o $@ $<

$(B)/kernel/vectors.S: tools/vectors.py
	$(PYTHON) tools/vectors.py > $@

$(B)/kernel/vectors.o: $(B)/kernel/vectors.S
	$(CC) $(ASFLAGS) -c -o $@ $<

$(B)/kernel/systab.o: $(B)/kernel/systab.c $(GENHDRS)
	$(CC) $(CFLAGS) -c -o $@ $<

$(B)/kernel/tracetab.o: $(B)/kernel/tracetab.c $(GENHDRS)
	$(CC) $(CFLAGS) -c -o $@ $<

# Two links: the first gives the symbol table that the second embeds.
$(B)/ksyms0.S: tools/mksyms.sh
	sh tools/mksyms.sh > $@

$(B)/kernel.tmp.elf: $(KOBJS) $(B)/ksyms0.o linker.ld
	$(LD) $(LDFLAGS) -T linker.ld -o $@ $(KOBJS) $(B)/ksyms0.o $(LIBGCC)

$(B)/ksyms.S: $(B)/kernel.tmp.elf tools/mksyms.sh
	sh tools/mksyms.sh $(NM) $< > $@

$(B)/kernel.elf: $(B)/kernel.tmp.elf $(B)/ksyms.o
	$(LD) $(LDFLAGS) -T linker.ld -o $@ $(KOBJS) $(B)/ksyms.o $(LIBGCC)
	@$(NM) -n $(B)/kernel.tmp.elf | grep ' [tT] ' > $(B)/syms.1
	@$(NM) -n $@ | grep ' [tT] ' > $(B)/syms.2
	@cmp -s $(B)/syms.1 $(B)/syms.2 || \
		{ echo "kernel.elf: functions moved in the second link"; exit 1; }
	@grub-file --is-x86-multiboot $@ || \
		{ echo "kernel.elf: not a multiboot kernel"; exit 1; }

$(B)/kernel.iso: $(B)/kernel.elf $(B)/initrd.cpio boot/grub.cfg
	@rm -rf $(B)/iso
	@mkdir -p $(B)/iso/boot/grub
	cp $(B)/kernel.elf $(B)/iso/boot/kernel.elf
	cp $(B)/initrd.cpio $(B)/iso/boot/initrd.cpio
	cp boot/grub.cfg $(B)/iso/boot/grub/grub.cfg
	grub-mkrescue -o $@ $(B)/iso 2> $(B)/grub-mkrescue.log || \
		{ cat $(B)/grub-mkrescue.log; exit 1; }

# ---- Running.
# make qemu: the GRUB image in a window when there is a display, else the
# serial console in this terminal. Quit with Ctrl-A X.
ifdef DISPLAY
QEMU_DISPLAY := -serial mon:stdio
else
QEMU_DISPLAY := -display none -serial mon:stdio
endif

# ---- The disk (issue 14): an ext2 image that mke2fs fills from a copy of
# the initrd's tree plus empty home/ and tmp/. It is made once and kept:
# what the machine writes there survives the next make qemu. make disk
# makes it anew (do that to see newly built programs on it). DISK= boots
# without one (the initrd is the root then).
MKE2FS := $(shell PATH="$$PATH:/usr/sbin:/sbin" command -v mke2fs)
DISK := $(B)/disk.img
DISKSIZE := 64M
DISKDRIVE = -drive file=$(DISK),format=raw,if=ide,index=0
DISKOPTS = $(if $(DISK),$(DISKDRIVE))

$(B)/disk.img: | $(B)/initrd.cpio
	rm -rf $(B)/diskroot
	cp -a $(B)/initrd $(B)/diskroot
	mkdir -p $(B)/diskroot/home $(B)/diskroot/tmp
	$(MKE2FS) -q -F -t ext2 -d $(B)/diskroot $@ $(DISKSIZE)
	rm -rf $(B)/diskroot

disk: $(B)/initrd.cpio
	rm -f $(B)/disk.img
	$(MAKE) $(B)/disk.img

qemu: all iso $(DISK)
	$(QEMU) $(QEMUOPTS) $(QEMU_DISPLAY) -cdrom $(B)/kernel.iso $(DISKOPTS)

qemu-nox: all iso $(DISK)
	$(QEMU) $(QEMUOPTS) -display none -serial mon:stdio -cdrom $(B)/kernel.iso \
		$(DISKOPTS)

# GDB's start-up commands, made anew each time: GDBPORT= may differ from
# the last run. GDBINIT=FILE writes them elsewhere (each test has its own).
GDBINIT := .gdbinit
.PHONY: FORCE
FORCE:
$(GDBINIT): tools/gdbinit.tmpl Makefile FORCE
	sed -e "s/@GDBPORT@/$(GDBPORT)/" -e "s|@KERNEL@|$(B)/kernel.elf|" \
		-e "s|@ROOT@|$(CURDIR)|" $< > $@

qemu-gdb: all iso $(GDBINIT)
	@echo "QEMU waits for GDB on port $(GDBPORT): run 'make gdb' in another terminal"
	$(QEMU) $(QEMUOPTS) $(QEMU_DISPLAY) -cdrom $(B)/kernel.iso -S -gdb tcp::$(GDBPORT)

qemu-nox-gdb: all iso $(GDBINIT)
	@echo "QEMU waits for GDB on port $(GDBPORT): run 'make gdb' in another terminal"
	$(QEMU) $(QEMUOPTS) -display none -serial mon:stdio -cdrom $(B)/kernel.iso \
		-S -gdb tcp::$(GDBPORT)

# -x runs $(GDBINIT) wherever it is; ./.gdbinit is not also auto-loaded.
gdb: $(GDBINIT)
	$(GDB) -q -iex "set auto-load local-gdbinit off" -x $(GDBINIT)

# ---- Tests. T=NAME runs the cases whose name contains NAME.
PYTEST_ARGS := -n auto $(if $(T),-k "$(T)")
test: all iso
	SUITE="$(SUITE)" $(PYTHON) -m pytest -c tests/pytest.ini tests $(PYTEST_ARGS)

# ---- Measurements: guest instructions per kernel path, counted under
# QEMU's -icount (docs/bench.md). XV6=DIR adds a column for xv6-public.
bench: all
	$(PYTHON) tools/bench.py $(if $(XV6),--xv6 $(XV6))

# At least a million fuzzed system calls under each memory model.
soak: all
	sh tools/soak.sh

# make print-VAR prints a variable (the tests read CC and CFLAGS so).
print-%:
	@echo '$($*)'

# ---- Formatting.
FORMAT_FILES = $(shell git ls-files '*.c' '*.h' 2>/dev/null)
format:
	clang-format -i $(FORMAT_FILES)

check-format:
	clang-format --dry-run -Werror $(FORMAT_FILES)

clean:
	rm -rf $(B) .gdbinit

# The header dependencies that gcc -MMD wrote, only when building: make
# takes a tenth of a second to read them.
ifndef SKIP_SETUP
-include $(wildcard $(addsuffix *.d,$(BUILD_DIRS)))
endif
