"""
GDB helpers for the kestrel kernel, loaded by the .gdbinit that make
writes (tools/gdbinit.tmpl). They read the kernel's own data structures
through its debug information, so they need only kernel.elf:

  kps            the process table, one line per process
  ktf [EXPR]     a trap frame decoded: vector, error code, ring, eflags,
                 and for a system call its name and arguments
                 (default: `tf` in the selected frame, else curproc->tf)
  kstack PID     a process's kernel stack, frame by frame
  kvm PID        a process's user memory: page table or segment
  ksyscall NAME  stop at the next system call NAME (or a number)

The vector and call names come from the kernel's headers and from
tools/syscalls.tbl, the same one list the kernel is built from.
"""

import os
import re

import gdb

HERE = os.path.dirname(os.path.abspath(__file__))
ROOT = os.path.dirname(os.path.dirname(HERE))

KERNBASE = 0xC0000000
PGSIZE = 4096
PTE_P, PTE_W, PTE_U = 0x1, 0x2, 0x4

# Exception names, as the Intel manual gives them (include/traps.h).
EXCEPTIONS = {
    0: "divide error (#DE)", 1: "debug (#DB)", 2: "NMI",
    3: "breakpoint (#BP)", 4: "overflow (#OF)", 5: "bound range (#BR)",
    6: "invalid opcode (#UD)", 7: "device not available (#NM)",
    8: "double fault (#DF)", 9: "coprocessor segment overrun",
    10: "invalid TSS (#TS)", 11: "segment not present (#NP)",
    12: "stack fault (#SS)", 13: "general protection (#GP)",
    14: "page fault (#PF)", 16: "x87 floating point (#MF)",
    17: "alignment check (#AC)", 18: "machine check (#MC)",
    19: "SIMD floating point (#XM)",
}
IRQS = {0: "timer", 1: "keyboard", 2: "cascade", 3: "COM2", 4: "COM1",
        7: "spurious (master)", 14: "primary ATA", 15: "spurious (slave)"}
T_IRQ0 = 32
T_SYSCALL = 0x40

# EFLAGS bits worth naming (bit number: name).
EFLAGS = [(0, "CF"), (2, "PF"), (4, "AF"), (6, "ZF"), (7, "SF"),
          (8, "TF"), (9, "IF"), (10, "DF"), (11, "OF"), (14, "NT"),
          (16, "RF"), (17, "VM"), (18, "AC"), (21, "ID")]

STATES = ["UNUSED", "EMBRYO", "RUNNABLE", "RUNNING", "SLEEPING", "ZOMBIE",
          "STOPPED"]


def vector_name(v):
    """The name of trap vector v."""
    if v in EXCEPTIONS:
        return EXCEPTIONS[v]
    if v == T_SYSCALL:
        return "system call"
    if T_IRQ0 <= v < T_IRQ0 + 16:
        irq = v - T_IRQ0
        return "IRQ %d (%s)" % (irq, IRQS.get(irq, "unassigned"))
    return "vector %d" % v


def eflags_names(fl):
    """The set EFLAGS bits by name, and the I/O privilege level."""
    names = [n for bit, n in EFLAGS if fl & (1 << bit)]
    names.append("IOPL=%d" % ((fl >> 12) & 3))
    return " ".join(names)


def load_syscalls():
    """{number: (name, [(type, param name), ...])} from tools/syscalls.tbl."""
    calls = {}
    path = os.path.join(ROOT, "tools", "syscalls.tbl")
    with open(path) as f:
        for line in f:
            line = line.split("#", 1)[0].strip()
            m = re.match(r"(\d+)\s+(\S+)\s+(.*?)\s*\((.*)\)\s*$", line)
            if not m:
                continue
            name = m.group(2).lstrip("_")
            params = []
            for p in m.group(4).split(","):
                p = p.strip()
                if not p or p == "void":
                    continue
                pm = re.match(r"(.*?)(\w+)(\[\d*\])?$", p)
                ptype = pm.group(1).strip() + ("*" if pm.group(3) else "")
                params.append((ptype.replace(" ", ""), pm.group(2)))
            calls[int(m.group(1))] = (name, params)
    return calls


SYSCALLS = load_syscalls()


def param(name):
    """A number #defined in include/param.h (GDB sees no macros)."""
    with open(os.path.join(ROOT, "include", "param.h")) as f:
        m = re.search(r"#define\s+%s\s+(\d+)" % name, f.read())
    return int(m.group(1))


KSTACK_PAGES = param("KSTACK_PAGES")


def u32(value):
    return int(value) & 0xFFFFFFFF


def read_u32(addr):
    mem = gdb.selected_inferior().read_memory(addr, 4)
    return int.from_bytes(bytes(mem), "little")


def nproc():
    table = gdb.parse_and_eval("proc_table")
    return int(table.type.sizeof // table[0].type.sizeof)


def find_proc(pid):
    table = gdb.parse_and_eval("proc_table")
    for i in range(nproc()):
        p = table[i]
        if int(p["state"]) != 0 and int(p["pid"]) == pid:
            return p
    raise gdb.GdbError("no process with pid %d" % pid)


def user_to_kernel(mm, va):
    """The kernel address of user address va in mm, or None if unmapped."""
    if int(gdb.parse_and_eval("mm_model")) == 0:  # MM_PAGING
        pgdir = u32(mm["pgdir"])
        pde = read_u32(pgdir + 4 * (va >> 22))
        if not pde & PTE_P:
            return None
        pte = read_u32(KERNBASE + (pde & ~0xFFF) + 4 * ((va >> 12) & 0x3FF))
        if not pte & PTE_P:
            return None
        return KERNBASE + (pte & ~0xFFF) + (va & 0xFFF)
    if va >= u32(mm["size"]):
        return None
    return KERNBASE + u32(mm["base"]) + va


def read_user(mm, va, n):
    """Up to n bytes at user address va, stopping at unmapped memory."""
    out = b""
    while len(out) < n:
        k = user_to_kernel(mm, va + len(out))
        if k is None:
            break
        chunk = min(n - len(out), PGSIZE - ((va + len(out)) % PGSIZE))
        out += bytes(gdb.selected_inferior().read_memory(k, chunk))
    return out


def user_string(mm, va, limit=48):
    data = read_user(mm, va, limit + 1)
    end = data.find(b"\0")
    if end < 0:
        text, more = data[:limit], "..."
    else:
        text, more = data[:end], ""
    return '"%s"%s' % (text.decode("latin-1").encode("unicode_escape")
                       .decode().replace('"', '\\"'), more)


def format_arg(mm, ptype, value):
    """One system-call argument, decoded by its type in syscalls.tbl."""
    if ptype in ("constchar*", "char*") and mm is not None:
        if value == 0:
            return "NULL"
        return user_string(mm, value)
    if "*" in ptype:
        return "0x%08x" % value
    if ptype.startswith("unsigned") or ptype.startswith("uint"):
        return "%u" % value
    return "%d" % (value - (1 << 32) if value & 0x80000000 else value)


def user_buffer(mm, va, n, limit=32):
    """The first bytes of a user buffer, quoted, or its address."""
    data = read_user(mm, va, min(n, limit))
    if va == 0 or len(data) < min(n, limit):
        return "0x%08x" % va
    text = data.decode("latin-1").encode("unicode_escape").decode()
    return '"%s"%s' % (text.replace('"', '\\"'), "..." if n > limit else "")


def syscall_line(tf, mm):
    """'name(arg, ...)' for the system call in trap frame tf."""
    num = u32(tf["eax"])
    if num not in SYSCALLS:
        return "unknown system call %d" % num
    name, params = SYSCALLS[num]
    values = []
    esp = u32(tf["esp"])
    for i in range(len(params)):
        k = user_to_kernel(mm, esp + 4 + 4 * i) if mm is not None else None
        values.append(None if k is None else read_u32(k))
    args = []
    for i, (ptype, pname) in enumerate(params):
        if values[i] is None:
            args.append("%s=?" % pname)
        elif (ptype == "constvoid*" and i + 1 < len(params) and
              values[i + 1] is not None):
            # Data going in (write's buffer): its first bytes.
            args.append(user_buffer(mm, values[i], values[i + 1]))
        else:
            args.append(format_arg(mm, ptype, values[i]))
    return "%s(%s)" % (name, ", ".join(args))


def current_tf():
    """`tf` in the selected frame if there is one, else curproc->tf."""
    try:
        return gdb.parse_and_eval("tf").dereference()
    except gdb.error:
        pass
    cur = gdb.parse_and_eval("curproc")
    if u32(cur) == 0:
        raise gdb.GdbError("no trap frame here and no current process")
    return cur["tf"].dereference()


class KPs(gdb.Command):
    """List the process table: kps"""

    def __init__(self):
        super().__init__("kps", gdb.COMMAND_USER)

    def invoke(self, arg, from_tty):
        table = gdb.parse_and_eval("proc_table")
        cur = u32(gdb.parse_and_eval("curproc"))
        print("%4s %4s %-9s %-15s %6s %6s %6s %s" %
              ("PID", "PPID", "STATE", "NAME", "CALLS", "INTRS", "FAULTS",
               "WAITING ON / EIP"))
        for i in range(nproc()):
            p = table[i]
            state = int(p["state"])
            if state == 0:
                continue
            parent = u32(p["parent"])
            ppid = int(p["parent"]["pid"]) if parent else 0
            where = ""
            if state == 4:
                chan = u32(p["chan"])
                sym = gdb.execute("info symbol 0x%x" % chan, to_string=True)
                where = "chan 0x%08x %s" % (
                    chan, sym.split(" in section")[0].strip())
            elif u32(p["tf"]):
                where = "eip 0x%08x" % u32(p["tf"]["eip"])
            mark = "*" if u32(p.address) == cur else " "
            print("%4d %4d %-9s %-15s %6d %6d %6d %s%s" %
                  (int(p["pid"]), ppid, STATES[state],
                   p["name"].string(), u32(p["nsyscalls"]),
                   u32(p["ninterrupts"]), u32(p["nfaults"]), where, mark))


class KTf(gdb.Command):
    """Decode a trap frame: ktf [EXPR] (default: tf, else curproc->tf)"""

    def __init__(self):
        super().__init__("ktf", gdb.COMMAND_USER)

    def invoke(self, arg, from_tty):
        if arg.strip():
            tf = gdb.parse_and_eval(arg).dereference()
        else:
            tf = current_tf()
        trapno, err = u32(tf["trapno"]), u32(tf["err"])
        cs, eflags = u32(tf["cs"]) & 0xFFFF, u32(tf["eflags"])
        ring = cs & 3
        print("trap frame at 0x%08x" % u32(tf.address))
        print("  vector  %d: %s" % (trapno, vector_name(trapno)))
        print("  error   0x%x" % err)
        print("  eip     0x%08x  cs 0x%04x (ring %d, from %s)" %
              (u32(tf["eip"]), cs, ring, "user" if ring == 3 else "kernel"))
        print("  eflags  0x%08x [%s]" % (eflags, eflags_names(eflags)))
        if ring == 3:
            print("  esp     0x%08x  ss 0x%04x" %
                  (u32(tf["esp"]), u32(tf["ss"]) & 0xFFFF))
        print("  eax 0x%08x ebx 0x%08x ecx 0x%08x edx 0x%08x" %
              tuple(u32(tf[r]) for r in ("eax", "ebx", "ecx", "edx")))
        print("  esi 0x%08x edi 0x%08x ebp 0x%08x" %
              tuple(u32(tf[r]) for r in ("esi", "edi", "ebp")))
        if trapno == T_SYSCALL and ring == 3:
            cur = gdb.parse_and_eval("curproc")
            mm = cur["mm"].dereference() if u32(cur) else None
            print("  system call %d: %s" %
                  (u32(tf["eax"]), syscall_line(tf, mm)))


class KStack(gdb.Command):
    """Show a process's kernel stack frames: kstack PID"""

    def __init__(self):
        super().__init__("kstack", gdb.COMMAND_USER)

    def invoke(self, arg, from_tty):
        if not arg.strip():
            raise gdb.GdbError("usage: kstack PID")
        p = find_proc(int(gdb.parse_and_eval(arg)))
        lo = u32(p["kstack"])
        hi = lo + KSTACK_PAGES * PGSIZE
        if u32(p.address) == u32(gdb.parse_and_eval("curproc")):
            print("pid %d is running: GDB's own backtrace" % int(p["pid"]))
            print("kernel stack 0x%08x-0x%08x" % (lo, hi))
            frame, n = gdb.newest_frame(), 0
            while frame is not None and n < 32:
                print("  #%-2d 0x%08x in %s" %
                      (n, frame.pc(), describe_pc(frame.pc())))
                frame, n = frame.older(), n + 1
        else:
            ctx = p["context"]
            if u32(ctx) == 0:
                raise gdb.GdbError("pid %d has no saved context" %
                                   int(p["pid"]))
            print("pid %d, switched out at its context 0x%08x" %
                  (int(p["pid"]), u32(ctx)))
            print("kernel stack 0x%08x-0x%08x" % (lo, hi))
            self.walk(u32(ctx["eip"]), u32(ctx["ebp"]), lo, hi)
        tf = u32(p["tf"])
        if tf:
            print("  user trap frame at 0x%08x: eip 0x%08x, vector %d" %
                  (tf, u32(p["tf"]["eip"]), u32(p["tf"]["trapno"])))

    @staticmethod
    def walk(pc, ebp, lo, hi):
        """Follows the saved-ebp chain (the kernel keeps frame pointers)."""
        n = 0
        while n < 32:
            print("  #%-2d 0x%08x in %s" % (n, pc, describe_pc(pc)))
            n += 1
            if not lo <= ebp < hi - 4:
                break
            pc, ebp = read_u32(ebp + 4), read_u32(ebp)
            if pc == 0:
                break


def describe_pc(pc):
    """'function + offset at file:line' for a kernel address."""
    sym = gdb.execute("info symbol 0x%x" % pc, to_string=True)
    name = "??" if sym.startswith("No symbol") else \
        sym.split(" in section")[0].strip()
    sal = gdb.find_pc_line(pc)
    if sal.symtab is None:
        return name
    path = sal.symtab.filename
    if path.startswith(ROOT + "/"):
        path = path[len(ROOT) + 1:]
    return "%s at %s:%d" % (name, path, sal.line)


class KVm(gdb.Command):
    """Show a process's user memory: kvm PID"""

    def __init__(self):
        super().__init__("kvm", gdb.COMMAND_USER)

    def invoke(self, arg, from_tty):
        if not arg.strip():
            raise gdb.GdbError("usage: kvm PID")
        p = find_proc(int(gdb.parse_and_eval(arg)))
        mm = p["mm"].dereference()
        print("pid %d (%s): heap 0x%08x-0x%08x, stack 0x%08x-0x%08x, "
              "%d pages" %
              (int(p["pid"]), p["name"].string(), u32(mm["heap_start"]),
               u32(mm["brk"]), u32(mm["stack_lo"]), u32(mm["stack_top"]),
               u32(mm["npages"])))
        if int(gdb.parse_and_eval("mm_model")) == 0:
            self.paging(mm)
        else:
            base, size = u32(mm["base"]), u32(mm["size"])
            print("segment: base 0x%08x (physical), bound 0x%08x "
                  "(%d KiB): user address u is physical base+u" %
                  (base, size, size // 1024))

    @staticmethod
    def paging(mm):
        """Prints the mapped user pages as runs of equal rights."""
        pgdir = u32(mm["pgdir"])
        print("page directory at 0x%08x (physical 0x%08x)" %
              (pgdir, pgdir - KERNBASE))
        runs = []
        for i in range(KERNBASE >> 22):
            pde = read_u32(pgdir + 4 * i)
            if not pde & PTE_P:
                continue
            pt = bytes(gdb.selected_inferior().read_memory(
                KERNBASE + (pde & ~0xFFF), PGSIZE))
            for j in range(1024):
                pte = int.from_bytes(pt[4 * j:4 * j + 4], "little")
                if not pte & PTE_P:
                    continue
                va = (i << 22) | (j << 12)
                rights = ("r" + ("w" if pte & PTE_W else "-") +
                          ("u" if pte & PTE_U else "-"))
                if runs and runs[-1][1] == va and runs[-1][2] == rights:
                    runs[-1][1] = va + PGSIZE
                    runs[-1][3] += 1
                else:
                    runs.append([va, va + PGSIZE, rights, 1, pte & ~0xFFF])
        for start, end, rights, n, pa in runs:
            print("  0x%08x-0x%08x %s %4d page%s (first frame 0x%08x)" %
                  (start, end, rights, n, "" if n == 1 else "s", pa))


class KSyscall(gdb.Command):
    """Stop at the next system call NAME (or number): ksyscall NAME"""

    def __init__(self):
        super().__init__("ksyscall", gdb.COMMAND_USER)

    def invoke(self, arg, from_tty):
        want = arg.strip()
        if not want:
            raise gdb.GdbError("usage: ksyscall NAME")
        nums = [n for n, (name, _) in SYSCALLS.items()
                if name == want.lstrip("_") or str(n) == want]
        if not nums:
            raise gdb.GdbError("no system call named %s in "
                               "tools/syscalls.tbl" % want)
        bp = gdb.Breakpoint("syscall_trap", internal=True, temporary=False)
        bp.condition = "tf->eax == %d" % nums[0]
        print("ksyscall: continuing to the next %s (number %d)" %
              (SYSCALLS[nums[0]][0], nums[0]))
        try:
            gdb.execute("continue")
        finally:
            bp.delete()


for command in (KPs, KTf, KStack, KVm, KSyscall):
    command()
