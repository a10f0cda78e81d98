"""
The C library's headers, compiled on their own as a program would include
them: each must compile alone (freestanding, as the Makefile builds, and
hosted, as a compiler driver might), with -Wall -Werror, and give the
types and macros POSIX says it defines.
"""

import os
import subprocess

import pytest

import kestrel

# Each header, and what a program may use after including only it.
HEADERS = {
    "fnmatch.h": "int f(const char *s) { return fnmatch(\"*.c\", s, "
                 "FNM_PATHNAME | FNM_PERIOD | FNM_NOESCAPE) == FNM_NOMATCH; }",
    "ftw.h": "struct FTW w; struct stat st; int a[] = {FTW_F, FTW_D, FTW_DNR, "
             "FTW_NS, FTW_DP, FTW_PHYS, FTW_DEPTH};",
    "glob.h": "glob_t g; size_t s; int a[] = {GLOB_ERR, GLOB_MARK, "
              "GLOB_NOSORT, GLOB_NOCHECK, GLOB_APPEND, GLOB_NOMATCH};",
    "search.h": "ENTRY e; ACTION a = FIND; VISIT v = leaf; size_t s; "
                "int f(void) { return hcreate(4); }",
    "pthread.h": "pthread_t t; pthread_mutex_t m = PTHREAD_MUTEX_INITIALIZER; "
                 "pthread_cond_t c = PTHREAD_COND_INITIALIZER; pthread_once_t "
                 "o = PTHREAD_ONCE_INIT; pthread_attr_t a; pthread_key_t k; "
                 "struct timespec ts; int f(void) { return "
                 "pthread_mutex_lock(&m); }",
    "threads.h": "thrd_t t; mtx_t m; cnd_t c; tss_t k; once_flag o = "
                 "ONCE_FLAG_INIT; int a[] = {thrd_success, mtx_plain};",
    "complex.h": "double _Complex z; float _Complex f; "
                  "int a[] = {sizeof(complex double)};",
    "fenv.h": "fenv_t e; fexcept_t x; int a[] = {FE_TONEAREST, FE_UPWARD, "
              "FE_DOWNWARD, FE_TOWARDZERO, FE_ALL_EXCEPT, FE_INEXACT}; "
              "int f(void) { return fegetround() + fesetround(FE_UPWARD); }",
    "tgmath.h": "double_t d; float_t f;",
    "utime.h": "struct utimbuf u; time_t t; int f(void) "
               "{ return utime(\"x\", &u); }",
    "byteswap.h": "unsigned f(unsigned x) { return bswap_32(x); }",
    "endian.h": "int a[] = {BYTE_ORDER == LITTLE_ENDIAN}; "
                "uint32_t f(uint32_t x) { return htobe32(x) + le32toh(x); }",
    "paths.h": "const char *a[] = {_PATH_BSHELL, _PATH_DEVNULL, _PATH_TMP};",
    "sys/cdefs.h": "__BEGIN_DECLS int f(int) __unused; __END_DECLS",
    "sys/errno.h": "int f(void) { return errno; }",
    "sys/poll.h": "struct pollfd p;",
    "sysexits.h": "int a[] = {EX_OK, EX_USAGE, EX_NOINPUT, EX_SOFTWARE};",
    "sys/queue.h": "struct n { int v; TAILQ_ENTRY(n) t; LIST_ENTRY(n) l; }; "
                   "TAILQ_HEAD(th, n); struct th h = TAILQ_HEAD_INITIALIZER(h);",
    "alloca.h": "void f(void) { char *p = alloca(8); p[0] = 0; }",
    "langinfo.h": "nl_item i = CODESET; char *f(void) { return nl_langinfo(D_FMT); }",
    "malloc.h": "size_t f(void *p) { return malloc_usable_size(p); }",
    "memory.h": "void *f(void *d) { return memset(d, 0, 1); }",
    "nl_types.h": "nl_catd c; nl_item i;",
    "poll.h": "struct pollfd p = {0, POLLIN, 0}; nfds_t n; "
              "int f(void) { return poll(&p, 1, 0); }",
    "sched.h": "int f(void) { return sched_yield(); }",
    "sys/file.h": "int f(void) { return flock(0, LOCK_EX | LOCK_NB); }",
    "sys/ioctl.h": "struct winsize w; int f(void) "
                   "{ return ioctl(0, TIOCGWINSZ, &w); }",
    "sys/mman.h": "void *p; size_t s; off_t o; int a[] = {PROT_READ, "
                  "MAP_PRIVATE, MAP_ANONYMOUS}; void *f(void) { return "
                  "mmap(0, 1, PROT_READ, MAP_ANON | MAP_PRIVATE, -1, 0); }",
    "sys/resource.h": "struct rlimit r; struct rusage u; rlim_t l = "
                      "RLIM_INFINITY; id_t i; int a[] = {RLIMIT_NOFILE, "
                      "RUSAGE_SELF, PRIO_PROCESS};",
    "sys/select.h": "fd_set s; struct timeval tv; int f(void) "
                    "{ FD_ZERO(&s); FD_SET(1, &s); return FD_ISSET(1, &s) "
                    "+ select(2, &s, 0, 0, &tv); }",
    "sys/times.h": "struct tms t; clock_t c;",
    "sys/uio.h": "struct iovec v; ssize_t s; size_t n;",
    "sys/utsname.h": "struct utsname u; int f(void) { return uname(&u); }",
    "syslog.h": "void f(void) { openlog(\"x\", LOG_PID, LOG_USER); "
                "syslog(LOG_ERR, \"%d\", 1); closelog(); }",
    "termios.h": "struct termios t; speed_t s = B9600; tcflag_t f = ICANON; "
                 "cc_t c; pid_t p; int a[] = {VMIN, TCSANOW, NCCS};",
    "uchar.h": "char16_t a; char32_t b; mbstate_t m; size_t s;",
    "wchar.h": "wchar_t w; wint_t i = WEOF; mbstate_t m; size_t s; FILE *f; "
               "va_list v; size_t g(void) { return wcslen(L\"x\"); }",
    "wctype.h": "wint_t i = WEOF; wctype_t t; wctrans_t r; "
                "int f(wint_t c) { return iswalpha(c) + towupper(c); }",
    "assert.h": "int f(int x) { assert(x); static_assert(1, \"\"); return x; }",
    "ctype.h": "int f(int c) { return isblank(c) + isgraph(c) + toupper(c); }",
    "err.h": "void f(void) { warnx(\"%d\", 1); }",
    "errno.h": "int f(void) { return errno + ENOTEMPTY + EDOM + EPIPE; }",
    "fcntl.h": "mode_t m; off_t o; pid_t p; int f(void) "
               "{ return open(\"x\", O_RDONLY | O_CLOEXEC); }",
    "fenv.h": "fenv_t e; fexcept_t x; int f(void) { return "
              "fesetround(FE_UPWARD) + fetestexcept(FE_ALL_EXCEPT) + "
              "feenableexcept(FE_DIVBYZERO) + FE_TOWARDZERO; }",
    "getopt.h": "struct option o = {\"a\", no_argument, 0, 'a'}; "
                "int f(int c, char **v) { return getopt(c, v, \"a\") + optind; }",
    "inttypes.h": "int64_t i; uintmax_t u; const char *s = PRId64 PRIuMAX "
                  "PRIxPTR SCNd32; imaxdiv_t d;",
    "libgen.h": "char *f(char *p) { return basename(dirname(p)); }",
    "limits.h": "int a[] = {PATH_MAX, SSIZE_MAX, INT_MAX, CHAR_BIT, "
                "OPEN_MAX, NAME_MAX, LINE_MAX, PIPE_BUF}; long l = LONG_MIN;",
    "locale.h": "char *f(void) { return setlocale(LC_ALL, \"\"); }",
    "math.h": "double d = M_PI; int f(double x) "
              "{ return isnan(x) + isinf(x) + signbit(x); }",
    "setjmp.h": "jmp_buf b;",
    "signal.h": "pid_t p; sig_atomic_t a; sigset_t s; "
                "int f(void) { return kill(1, SIGPIPE); }",
    "stdint.h": "int8_t a; uint64_t b; intptr_t c; uintmax_t d = UINTMAX_MAX; "
                "int32_t e = INT32_MIN; unsigned f = SIZE_MAX;",
    "stdio.h": "FILE *f; size_t s; ssize_t ss; off_t o; fpos_t p; va_list v; "
               "int a[] = {EOF, BUFSIZ, SEEK_SET, _IOLBF, FILENAME_MAX};",
    "stdlib.h": "size_t s; div_t d; ldiv_t l; int a[] = {EXIT_FAILURE, "
                "RAND_MAX}; void *p = NULL;",
    "string.h": "size_t f(const char *s) { return strlen(s) + strspn(s, s) + "
                "(strcasecmp(s, s) != 0); } void *p = NULL;",
    "strings.h": "int f(const char *s) { return strcasecmp(s, s) + ffs(4); }",
    "sys/param.h": "int a[] = {MAXPATHLEN, MIN(1, 2), MAX(1, 2)};",
    "sys/stat.h": "struct stat st; mode_t m; off_t o; dev_t d; ino_t i; "
                  "nlink_t n; uid_t u; gid_t g; blksize_t bs; blkcnt_t bc; "
                  "time_t t; int f(void) { return S_ISDIR(st.st_mode) + "
                  "S_ISREG(st.st_mode) + (int)st.st_mtime + S_IRUSR; }",
    "sys/time.h": "struct timeval tv; struct itimerval it; suseconds_t us;",
    "sys/types.h": "pid_t a; ssize_t b; off_t c; mode_t d; uid_t e; gid_t f; "
                   "time_t g; size_t h; dev_t i; ino_t j; clock_t k; id_t l; "
                   "u_char m; u_int n; u_long o; u_int32_t q; caddr_t r;",
    "sys/wait.h": "pid_t p; int f(int s) { return WIFEXITED(s) + "
                  "WEXITSTATUS(s) + WIFSIGNALED(s) + WTERMSIG(s); }",
    "time.h": "time_t t; clock_t c; size_t s; struct tm tm; "
              "struct timespec ts; long l = CLOCKS_PER_SEC; void *p = NULL;",
    "unistd.h": "size_t a; ssize_t b; uid_t c; gid_t d; off_t e; pid_t f; "
                "intptr_t g; void *p = NULL; int h[] = {SEEK_END, "
                "STDERR_FILENO}; int k(int n, char **v) "
                "{ return getopt(n, v, \"x\") + optind + opterr + optopt; }",
}


def compile_flags():
    """The user programs' compiler and flags, as the Makefile has them."""
    def var(name):
        return subprocess.run(["make", "-s", "print-" + name],
                              cwd=kestrel.ROOT, stdout=subprocess.PIPE,
                              text=True, check=True).stdout.split()
    flags = [f for f in var("UCFLAGS") if f not in ("-MMD", "-MP")]
    return var("CC"), flags


@pytest.mark.parametrize("hosted", [False, True], ids=["freestanding",
                                                      "hosted"])
def test_headers_alone(tmp_path, hosted):
    cc, flags = compile_flags()
    if hosted:
        flags = [f for f in flags if f != "-ffreestanding"]
    problems = []
    for header, body in sorted(HEADERS.items()):
        src = tmp_path / ("t_" + header.replace("/", "_") + ".c")
        src.write_text("#include <%s>\n%s\n" % (header, body))
        r = subprocess.run(cc + flags + ["-c", "-o", os.devnull, str(src)],
                           cwd=kestrel.ROOT, stdout=subprocess.PIPE,
                           stderr=subprocess.STDOUT, text=True)
        if r.returncode != 0:
            problems.append("<%s>:\n%s" % (header, r.stdout[-1500:]))
    if problems:
        kestrel.fail("%d of %d headers do not compile alone (%s):\n%s" %
                     (len(problems), len(HEADERS),
                      "hosted" if hosted else "freestanding",
                      "\n".join(problems)))
